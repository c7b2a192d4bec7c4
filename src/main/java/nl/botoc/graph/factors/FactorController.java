package nl.botoc.graph.factors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.search.LuceneText;
import nl.botoc.graph.system.graphql.Paging;
import nl.botoc.graph.system.projection.ProjectedReads;

/** Factors: the lookup and the {@code factors} connection, each one statement (see {@link FactorModel}). */
@Controller
class FactorController {

	private final ProjectedReads reads;

	private final Paging paging;

	FactorController(ProjectedReads reads, Paging paging) {
		this.reads = reads;
		this.paging = paging;
	}

	@QueryMapping
	Map<String, Object> factor(@Argument String id, DataFetchingEnvironment env) {
		return this.reads.one(env, "Factor", "MATCH (n:Factor {id: $id})", Map.of("id", id));
	}

	@QueryMapping
	Map<String, Object> factors(@Argument FactorWhere where, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		Paging.Page page = this.paging.page(first, after);
		FactorWhere filter = (where != null) ? where : FactorWhere.NONE;
		Map<String, Object> parameters = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		String text = LuceneText.escape(filter.text());
		String match = "MATCH (n:Factor)";
		if (text != null) {
			parameters.put("text", text);
			match = """
					CALL db.index.fulltext.queryNodes('search_text', $text) YIELD node
					WITH node AS n WHERE n:Factor""";
		}
		condition(conditions, parameters, "kind", filter.kind(), "n.kind = $kind");
		condition(conditions, parameters, "evidence", filter.evidence(), "n.evidence = $evidence");
		condition(conditions, parameters, "category", filter.category(), "n.category = $category");
		condition(conditions, parameters, "modifiable", filter.modifiable(), "coalesce(n.modifiable, true) = $modifiable");
		condition(conditions, parameters, "studiedInNl", filter.studiedInNl(), "n.studiedInNl = $studiedInNl");
		String filters = conditions.isEmpty() ? ""
				: ((text != null) ? "\n  AND " : "\nWHERE ") + String.join("\n  AND ", conditions);
		String anchor = match + filters + "\nWITH n ORDER BY " + FactorModel.factorOrder("n");
		return this.reads.connection(env, "Factor", anchor, parameters, page);
	}

	/** Adds a fixed condition with its parameter when the filter value is set. */
	private static void condition(List<String> conditions, Map<String, Object> parameters, String name, Object value,
			String cypher) {
		if (value != null) {
			parameters.put(name, value);
			conditions.add(cypher);
		}
	}

}
