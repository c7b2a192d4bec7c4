package nl.botoc.graph.system.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one GraphQL request from monopolising the service or the database. Every query is checked
 * against the first four before any data is fetched, so a rejected query never reaches Neo4j.
 *
 * @param maxDepth deepest nesting of fields a query may select (default 12; following a relationship costs two
 * levels, the link and the node at its end, so 12 allows five hops)
 * @param maxComplexity most fields a query may select, each alias and each repetition counted (default 500)
 * @param maxTokens most lexical tokens the parser reads before giving up (default 5000); stops huge documents
 * before they are parsed in full
 * @param maxCharacters most characters of a query document (default 50000)
 * @param maxPageSize largest {@code first} of a connection or search (default 100)
 * @param requestTimeout longest a request may run (default 10s); also the timeout of every database
 * transaction the request opens (rounded up to whole seconds)
 */
@ConfigurationProperties("botoc.graphql")
public record GraphQlLimits(@DefaultValue("12") int maxDepth, @DefaultValue("500") int maxComplexity,
		@DefaultValue("5000") int maxTokens, @DefaultValue("50000") int maxCharacters,
		@DefaultValue("100") int maxPageSize, @DefaultValue("10s") Duration requestTimeout) {

	/** Page size when a query gives no {@code first}. */
	public static final int DEFAULT_PAGE_SIZE = 20;

}
