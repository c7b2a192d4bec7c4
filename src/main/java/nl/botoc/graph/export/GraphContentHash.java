package nl.botoc.graph.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import nl.botoc.graph.system.Sessions;

/**
 * A hash of what the graph holds, independent of element ids and of the order things were written in: every node
 * (labels, properties) and every relationship (type, properties, its two ends' labels and keys) as sorted lines. Two
 * graphs with the same hash hold the same content. Two scopes: {@link Scope#ALL} (everything except the schema
 * migrations' bookkeeping: what a backup must restore, history included) and {@link Scope#SEED} (the seed's labels
 * and types without curation bookkeeping: what an export in the seed format carries).
 */
public final class GraphContentHash {

	/** What is hashed. */
	public enum Scope {

		/** Every node and relationship but Neo4j-Migrations' own. */
		ALL,
		/** The nodes of the seed's labels and the relationships between them, without {@code curatedSeq}/{@code version}. */
		SEED

	}

	/** The seed's node labels (Factor's kind labels come with it). */
	static final List<String> SEED_LABELS = List.of("Source", "Municipality", "Theme", "Factor", "Mechanism",
			"Intervention", "ExploratoryElement", "Claim");

	/** Properties a curated change adds that the seed format does not carry. */
	static final Set<String> CURATION_PROPERTIES = Set.of("curatedSeq", "version");

	private static final String NODES = """
			MATCH (n)
			WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
			  AND ($all OR any(label IN labels(n) WHERE label IN $seedLabels))
			RETURN labels(n) AS labels, properties(n) AS properties
			""";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			WHERE NOT any(label IN labels(a) + labels(b) WHERE label STARTS WITH '__Neo4jMigration')
			  AND ($all OR (any(label IN labels(a) WHERE label IN $seedLabels)
			               AND any(label IN labels(b) WHERE label IN $seedLabels)))
			RETURN type(r) AS type, properties(r) AS properties,
			       labels(a) AS startLabels, coalesce(a.id, a.code, a.seq, a.key) AS startKey, properties(a) AS start,
			       labels(b) AS endLabels, coalesce(b.id, b.code, b.seq, b.key) AS endKey, properties(b) AS end
			""";

	private GraphContentHash() {
	}

	/** The hash of the graph the driver reads, in one read transaction. */
	public static String of(Driver driver, Scope scope) {
		try (var session = driver.session(Sessions.reading(driver))) {
			return session.executeRead((tx) -> of(tx, scope));
		}
	}

	/** The hash of the graph as a transaction of the caller's sees it (also one that wrote and has not committed). */
	public static String of(TransactionContext tx, Scope scope) {
		List<String> lines = lines(tx, scope);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String line : lines) {
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/** The sorted lines the hash is taken over (for a test's message when two graphs differ). */
	public static List<String> lines(Driver driver, Scope scope) {
		try (var session = driver.session(Sessions.reading(driver))) {
			return session.executeRead((tx) -> lines(tx, scope));
		}
	}

	static List<String> lines(TransactionContext tx, Scope scope) {
		boolean all = scope == Scope.ALL;
		Map<String, Object> parameters = Map.of("all", all, "seedLabels", SEED_LABELS);
		List<String> lines = new ArrayList<>();
		for (Record r : tx.run(NODES, parameters).list()) {
			lines.add("node " + sortedLabels(r.get("labels")) + " " + properties(r.get("properties"), all));
		}
		for (Record r : tx.run(RELATIONSHIPS, parameters).list()) {
			lines.add("rel " + end(r, "start", all) + " -[" + r.get("type").asString() + " "
					+ properties(r.get("properties"), all) + "]-> " + end(r, "end", all));
		}
		lines.sort(null);
		return lines;
	}

	/** An end by its key, or by all its properties where it has none (a node of curation bookkeeping). */
	private static String end(Record r, String which, boolean all) {
		Value key = r.get(which + "Key");
		String identity = key.isNull() ? properties(r.get(which), all).toString() : key.toString();
		return sortedLabels(r.get(which + "Labels")) + identity;
	}

	private static List<String> sortedLabels(Value labels) {
		return labels.asList(Value::asString).stream().sorted().toList();
	}

	private static Map<String, String> properties(Value properties, boolean all) {
		Map<String, String> sorted = new TreeMap<>();
		properties.asMap(Value::toString).forEach((k, v) -> {
			if (all || !CURATION_PROPERTIES.contains(k)) {
				sorted.put(k, v);
			}
		});
		return sorted;
	}

}
