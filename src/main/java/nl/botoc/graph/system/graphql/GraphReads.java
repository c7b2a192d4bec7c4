package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

import org.springframework.stereotype.Component;

import nl.botoc.graph.system.Sessions;

/**
 * The one way the API reads the graph. Inside a GraphQL request every statement runs in the request's single
 * {@link RequestTransaction} (one snapshot, stopped when the request ends); outside one (start-up checks, tests) in
 * a read transaction of its own with the request timeout. Reads are read-only, so a cluster can route them to a
 * follower.
 */
@Component
public class GraphReads {

	private final Driver driver;

	private final Duration timeout;

	GraphReads(Driver driver, GraphQlLimits limits) {
		this.driver = driver;
		this.timeout = limits.requestTimeout();
	}

	/** Runs one statement and maps every record. */
	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		RequestTransaction request = RequestTransaction.current();
		return list(request, cypher, parameters, mapper);
	}

	/** Runs one statement in {@code request} (or in a transaction of its own when null) and maps every record. */
	public <T> List<T> list(RequestTransaction request, String cypher, Map<String, Object> parameters,
			Function<Record, T> mapper) {
		if (request != null) {
			return request.run(cypher, parameters, mapper);
		}
		try (Session session = this.driver.session(Sessions.reading(this.driver))) {
			return session.executeRead((tx) -> List.copyOf(tx.run(cypher, parameters).list(mapper::apply)),
					TransactionConfig.builder().withTimeout(this.timeout).build());
		}
	}

	/** Runs one statement that returns at most one record. */
	public <T> Optional<T> one(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		List<T> all = list(cypher, parameters, mapper);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
	}

	/**
	 * Runs one statement that answers a batch of keys, and groups the mapped records (key and value) by key, in
	 * record order. Keys without records are absent.
	 */
	public <K, V> Map<K, List<V>> grouped(String cypher, Map<String, Object> parameters,
			Function<Record, Map.Entry<K, V>> mapper) {
		Map<K, List<V>> grouped = new LinkedHashMap<>();
		for (Map.Entry<K, V> row : list(cypher, parameters, mapper)) {
			grouped.computeIfAbsent(row.getKey(), (k) -> new ArrayList<>()).add(row.getValue());
		}
		return grouped;
	}

}
