package nl.botoc.graph.system.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way the API reads the graph: every statement runs in its own read-only transaction (so a cluster can
 * route it to a follower) whose timeout is the request timeout, so a slow statement is stopped by the database
 * and not only abandoned by the web layer.
 */
@Component
public class GraphReads {

	private final Neo4jClient client;

	private final TransactionTemplate readOnly;

	GraphReads(Neo4jClient client, PlatformTransactionManager transactionManager, GraphQlLimits limits) {
		this.client = client;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		long seconds = Math.max(1, (limits.requestTimeout().toMillis() + 999) / 1000);
		this.readOnly.setTimeout((int) Math.min(Integer.MAX_VALUE, seconds));
	}

	/** Runs one statement and maps every record. */
	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return this.readOnly.execute((status) -> List.copyOf(this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, record) -> mapper.apply(record))
			.all()
			.stream()
			.map(this::<T>cast)
			.toList()));
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

	@SuppressWarnings("unchecked")
	private <T> T cast(Object value) {
		return (T) value;
	}

}
