package nl.botoc.graph.search;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.factors.Factor;
import nl.botoc.graph.interventions.Intervention;
import nl.botoc.graph.interventions.Municipality;
import nl.botoc.graph.interventions.Theme;
import nl.botoc.graph.mechanisms.Mechanism;
import nl.botoc.graph.system.graphql.GraphReads;
import nl.botoc.graph.system.graphql.Paging;

/**
 * {@code search}: one ranked list over everything an analyst might type a word for. It uses the full-text index
 * {@code search_text} (cypher/migrations/V0002), whose Dutch analyzer stems Dutch words, so "ouders" also finds
 * "ouder".
 */
@Controller
class SearchController {

	private static final int DEFAULT_HITS = 10;

	private final GraphReads reads;

	private final Paging paging;

	SearchController(GraphReads reads, Paging paging) {
		this.reads = reads;
		this.paging = paging;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		int size = this.paging.size(first, DEFAULT_HITS);
		String query = LuceneText.escape(text);
		if (query == null || size == 0) {
			return List.of();
		}
		return this.reads.list("""
				CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $first}) YIELD node, score
				RETURN node, score
				ORDER BY score DESC
				LIMIT $first
				""", Map.of("query", query, "first", size),
				(r) -> new SearchHit(r.get("score").asDouble(), toRecord(r.get("node").asNode())));
	}

	private static Object toRecord(Node node) {
		if (node.hasLabel("Intervention")) {
			return Intervention.from(node);
		}
		if (node.hasLabel("Municipality")) {
			return Municipality.from(node);
		}
		if (node.hasLabel("Theme")) {
			return Theme.from(node);
		}
		if (node.hasLabel("Factor")) {
			return Factor.from(node);
		}
		if (node.hasLabel("Mechanism")) {
			return Mechanism.from(node);
		}
		throw new IllegalStateException("The search index returned a node of an unexpected kind: " + node.labels());
	}

}
