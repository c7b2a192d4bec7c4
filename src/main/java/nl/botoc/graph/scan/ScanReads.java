package nl.botoc.graph.scan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

import nl.botoc.graph.system.graphql.GraphReads;

/**
 * Where a scan reads the graph: the request's read transaction ({@link GraphReads}, the query {@code scanPortfolio}),
 * or the write transaction of the curation import, so that what it proposes matches the graph it writes to.
 */
@FunctionalInterface
public interface ScanReads {

	/** Runs one statement and maps every record. */
	<T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper);

	/** Reads through the request's transaction (or one of its own outside a request). */
	static ScanReads of(GraphReads reads) {
		return reads::list;
	}

	/** Reads inside {@code tx}, seeing what it has written so far. */
	static ScanReads in(SimpleQueryRunner tx) {
		return new ScanReads() {
			@Override
			public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
				return tx.run(cypher, parameters).list(mapper::apply);
			}
		};
	}

}
