package nl.botoc.graph.interventions;

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

/**
 * Interventions: the lookup by code and the {@code interventions} connection. Each is one statement: the anchor
 * below, then the projection of whatever the query selects (nested fields included; see {@link InterventionModel}).
 */
@Controller
class InterventionController {

	private final ProjectedReads reads;

	private final Paging paging;

	InterventionController(ProjectedReads reads, Paging paging) {
		this.reads = reads;
		this.paging = paging;
	}

	@QueryMapping
	Map<String, Object> intervention(@Argument String code, DataFetchingEnvironment env) {
		return this.reads.one(env, "Intervention", "MATCH (n:Intervention {code: $code})", Map.of("code", code));
	}

	@QueryMapping
	Map<String, Object> interventions(@Argument InterventionWhere where, @Argument List<InterventionOrder> orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		Paging.Page page = this.paging.page(first, after);
		Map<String, Object> parameters = new HashMap<>();
		String anchor = anchor((where != null) ? where : InterventionWhere.NONE, parameters) + "\nWITH n\nORDER BY "
				+ orderBy(orderBy);
		return this.reads.connection(env, "Intervention", anchor, parameters, page);
	}

	/**
	 * The MATCH and WHERE of a filtered list, from fixed fragments: it starts from the most selective index the
	 * filters allow (full-text hits, the municipality, the factor or mechanism, the theme), so a question about one
	 * municipality never scans all interventions. Only the filters that are set appear, as parameters.
	 * <p>
	 * The anchor's index is a hint ({@code USING INDEX}), and the other filters are checked per anchored intervention
	 * in a {@code CALL} subquery: left to itself the planner sometimes scanned the whole municipality index and
	 * filtered it, or joined the anchor with a scan of the status index (it inlines a plain {@code WITH}), both of
	 * which grow with the data (IndexAnchoredGrowthTests caught each at 10×). The filters look at the intervention's
	 * own properties and few links (a list comprehension from {@code n}), so they cost the same at any size. Without
	 * an anchor the status and approach indexes are the planner's to use.
	 */
	private static String anchor(InterventionWhere where, Map<String, Object> parameters) {
		List<String> conditions = new ArrayList<>();
		String match;
		// Variables of an index-anchored MATCH that the filters read; null without such an anchor.
		String anchored = null;
		String text = LuceneText.validated(where.text());
		boolean mainOnly = Boolean.TRUE.equals(where.mainThemeOnly());
		if (text != null) {
			parameters.put("text", text);
			match = """
					CALL db.index.fulltext.queryNodes('search_text', $text) YIELD node
					WITH node AS n""";
			conditions.add("n:Intervention");
		}
		else if (where.municipality() != null) {
			match = "MATCH (anchor:Municipality {id: $municipality})-[:RUNS]->(n:Intervention)\nUSING INDEX anchor:Municipality(id)";
			anchored = "n";
		}
		else if (where.factor() != null) {
			match = "MATCH (n:Intervention)-[:TARGETS]->(anchor:Factor {id: $factor})\nUSING INDEX anchor:Factor(id)";
			anchored = "n";
		}
		else if (where.mechanism() != null) {
			match = "MATCH (n:Intervention)-[:USES]->(anchor:Mechanism {id: $mechanism})\nUSING INDEX anchor:Mechanism(id)";
			anchored = "n";
		}
		else if (where.theme() != null) {
			match = "MATCH (n:Intervention)-[touch:TOUCHES]->(anchor:Theme {id: $theme})\nUSING INDEX anchor:Theme(id)";
			anchored = "n, touch";
			if (mainOnly) {
				conditions.add("touch.main");
			}
		}
		else {
			match = "MATCH (n:Intervention)";
		}
		if (where.municipality() != null) {
			parameters.put("municipality", where.municipality());
			if (text != null) {
				conditions.add("$municipality IN [(m:Municipality)-[:RUNS]->(n) | m.id]");
			}
		}
		if (where.factor() != null) {
			parameters.put("factor", where.factor());
			if (!match.contains("$factor")) {
				conditions.add("$factor IN [(n)-[:TARGETS]->(f:Factor) | f.id]");
			}
		}
		if (where.mechanism() != null) {
			parameters.put("mechanism", where.mechanism());
			if (!match.contains("$mechanism")) {
				conditions.add("$mechanism IN [(n)-[:USES]->(x:Mechanism) | x.id]");
			}
		}
		if (where.theme() != null) {
			parameters.put("theme", where.theme());
			if (!match.contains("$theme")) {
				conditions.add(mainOnly ? "$theme IN [(n)-[touch:TOUCHES]->(t:Theme) WHERE touch.main | t.id]"
						: "$theme IN [(n)-[:TOUCHES]->(t:Theme) | t.id]");
			}
		}
		if (where.status() != null) {
			parameters.put("statuses", where.status());
			conditions.add("n.status IN $statuses");
		}
		if (where.approach() != null) {
			parameters.put("approach", where.approach());
			conditions.add("n.approach = $approach");
		}
		if (where.recognised() != null) {
			parameters.put("recognised", where.recognised());
			conditions.add("n.recognised = $recognised");
		}
		if (where.grounded() != null) {
			parameters.put("grounded", where.grounded());
			conditions.add("n.grounded = $grounded");
		}
		if (where.planned() != null) {
			parameters.put("planned", where.planned());
			conditions.add("(n.status <> 'ADDED_LATER') = $planned");
		}
		if (conditions.isEmpty()) {
			return match;
		}
		String filters = String.join("\n    AND ", conditions);
		if (anchored != null) {
			// A subquery per anchored row: the planner cannot answer its filters from another index.
			return match + "\nCALL (" + anchored + ") {\n  WITH " + anchored + "\n  WHERE " + filters
					+ "\n  RETURN true AS kept\n}";
		}
		return match + "\nWHERE " + filters;
	}

	/** ORDER BY cannot take parameters; it is assembled from fixed fragments chosen by enum values only. */
	private static String orderBy(List<InterventionOrder> orderBy) {
		List<String> keys = new ArrayList<>();
		for (InterventionOrder order : (orderBy != null) ? orderBy : List.<InterventionOrder>of()) {
			String direction = "DESC".equals(order.direction()) ? " DESC" : "";
			switch (order.field()) {
				case "CODE" -> {
					for (String key : InterventionModel.codeOrderKeys("n")) {
						keys.add(key + direction);
					}
				}
				case "NAME" -> keys.add("toLower(n.name)" + direction);
				// Read from n: as an OPTIONAL MATCH the planner may start it from the municipalities, which grow with
				// the data.
				case "MUNICIPALITY" -> keys.add("head([(m:Municipality)-[:RUNS]->(n) | m.name])" + direction);
				default -> throw new IllegalArgumentException("Unknown order field " + order.field());
			}
		}
		keys.add(InterventionModel.codeOrder("n"));
		return String.join(", ", keys);
	}

}
