package nl.botoc.graph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Every node and relationship of the graph with all labels and properties, as sorted lines: two snapshots are
 * equal exactly when the graphs are (element ids aside).
 */
record GraphSnapshot(List<String> nodes, List<String> relationships) {

	private static final String NODES = """
			MATCH (n)
			RETURN labels(n) AS labels, properties(n) AS properties
			""";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			RETURN type(r) AS type, properties(r) AS properties,
			       [label IN labels(a) | label] + [coalesce(a.id, a.code)] AS start,
			       [label IN labels(b) | label] + [coalesce(b.id, b.code)] AS end
			""";

	static GraphSnapshot of(Driver driver) {
		List<String> nodes = new ArrayList<>();
		driver.executableQuery(NODES).execute().records().forEach((r) -> nodes.add(
				r.get("labels").asList(Value::asString).stream().sorted().toList() + " " + sorted(r.get("properties"))));
		List<String> relationships = new ArrayList<>();
		driver.executableQuery(RELATIONSHIPS)
			.execute()
			.records()
			.forEach((r) -> relationships.add(r.get("start").asList(Value::asString) + " -[" + r.get("type").asString()
					+ " " + sorted(r.get("properties")) + "]-> " + r.get("end").asList(Value::asString)));
		return new GraphSnapshot(nodes.stream().sorted().toList(), relationships.stream().sorted().toList());
	}

	private static Map<String, Object> sorted(Value properties) {
		return new TreeMap<>(properties.asMap());
	}

}
