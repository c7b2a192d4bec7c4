package nl.botoc.graph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * A SHA-256 over every node (labels, properties) and every relationship (ends, type, properties) of the graph: equal
 * hashes, equal graphs. Used to show that a refused request changed nothing.
 */
public final class GraphContentHash {

	private GraphContentHash() {
	}

	/** The hash of the whole graph, read with {@code driver}. */
	public static String of(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead((tx) -> of(tx, List.of()));
		}
	}

	/** The hash of the graph as {@code runner} sees it, leaving out nodes with any of {@code skipLabels}. */
	public static String of(SimpleQueryRunner runner, List<String> skipLabels) {
		List<String> lines = new ArrayList<>();
		runner.run("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip)
				RETURN labels(n) AS labels, properties(n) AS properties""", Map.of("skip", skipLabels))
			.list()
			.forEach((r) -> lines.add(r.get("labels").asList().stream().map(String::valueOf).sorted().toList() + " "
					+ new TreeMap<>(r.get("properties").asMap())));
		runner.run("""
				MATCH (a)-[r]->(b)
				RETURN labels(a) + [coalesce(a.id, a.code)] + ' ' + type(r) + ' ' + labels(b) + [coalesce(b.id, b.code)] AS link,
				       properties(r) AS properties""").list()
			.forEach((r) -> lines.add(r.get("link").asList() + " " + new TreeMap<>(r.get("properties").asMap())));
		lines.sort(null);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			lines.forEach((line) -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
