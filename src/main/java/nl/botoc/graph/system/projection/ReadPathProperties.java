package nl.botoc.graph.system.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the read path ({@code botoc.read.*}).
 *
 * @param defaultListSize items a list field that grows with the data returns when the query gives no {@code first}
 * (default 100)
 * @param maxListSize largest {@code first} such a list field accepts (default 1000)
 * @param exposeCypher whether a request may ask for the Cypher it ran, with the request extension
 * {@code {"botoc": {"cypher": true}}}; the statements then come back in the response extension {@code cypher}
 * (default false: statements are internals; switch it on for development and benchmarks)
 * @param projectedCompletion whether projected answers are completed in one walk ({@link ProjectedCompletion},
 * default true) rather than field by field by graphql-java; the answers are the same, so false is for comparing the
 * two in a benchmark
 * @param embeddedInProcess whether, on the embedded database, requests read in-process through Neo4j's embedded API
 * (default true) rather than through the driver over loopback Bolt; the answers are the same (with
 * {@code expose-cypher}, the request extension {@code {"botoc": {"overBolt": true}}} takes the driver for one
 * request, to race the two). An external database is always read through the driver.
 */
@ConfigurationProperties("botoc.read")
public record ReadPathProperties(@DefaultValue("100") int defaultListSize, @DefaultValue("1000") int maxListSize,
		@DefaultValue("false") boolean exposeCypher, @DefaultValue("true") boolean projectedCompletion,
		@DefaultValue("true") boolean embeddedInProcess) {
}
