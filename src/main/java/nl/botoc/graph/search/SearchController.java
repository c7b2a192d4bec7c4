package nl.botoc.graph.search;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.system.graphql.Paging;
import nl.botoc.graph.system.projection.ProjectedReads;

/**
 * {@code search}: one ranked list over everything an analyst might type a word for. It uses the full-text index
 * {@code search_text} (cypher/migrations/V0002), whose Dutch analyzer stems Dutch words, so "ouders" also finds
 * "ouder". One statement: the index query, then the projection of each hit ({@link SearchModel}).
 */
@Controller
class SearchController {

	private static final int DEFAULT_HITS = 10;

	private final ProjectedReads reads;

	private final Paging paging;

	SearchController(ProjectedReads reads, Paging paging) {
		this.reads = reads;
		this.paging = paging;
	}

	@QueryMapping
	List<Map<String, Object>> search(@Argument String text, @Argument Integer first, DataFetchingEnvironment env) {
		int size = this.paging.size(first, DEFAULT_HITS);
		String query = LuceneText.escape(text);
		if (query == null || size == 0) {
			return List.of();
		}
		return this.reads.list(env, "SearchHit", """
				CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $first}) YIELD node, score
				WITH node AS n, score
				ORDER BY score DESC
				LIMIT $first""", Map.of("query", query, "first", size));
	}

}
