package nl.botoc.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.neo4j.driver.Driver;

import org.springframework.core.io.ClassPathResource;

import nl.botoc.graph.system.SchemaMigrations;

/**
 * Loads {@code fixtures/small-graph.cypher} into the test database, and clones whatever graph is there (fixture or
 * real seed) to make a larger graph of the same shape.
 */
public class GraphFixture {

	private final Driver driver;

	/** Needs the migrations to have run: the fixture relies on the constraints and the full-text index. */
	public GraphFixture(Driver driver, SchemaMigrations migrations) {
		this.driver = driver;
	}

	/** Replaces whatever is in the database with the small fixture. */
	public void load() {
		run("MATCH (n) DETACH DELETE n", Map.of());
		String text;
		try {
			text = new ClassPathResource("fixtures/small-graph.cypher").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Arrays.stream(text.split(";\\s*(\\n|$)"))
			.map((statement) -> statement.lines().filter((line) -> !line.startsWith("//")).reduce("", (a, b) -> a + "\n" + b))
			.filter((statement) -> !statement.isBlank())
			.forEach((statement) -> run(statement, Map.of()));
		run("CALL db.awaitIndexes(60)", Map.of());
	}

	/**
	 * Adds {@code copies} copies of every node except sources (ids and codes suffixed with {@code ~k}) and of every
	 * relationship between them, so that the graph holds {@code copies + 1} times the fixture.
	 */
	public void cloneTimes(int copies) {
		run("""
				MATCH (n) WHERE NOT n:Source AND NOT n:SeedVersion AND n.cloneOf IS NULL
				UNWIND range(1, $copies) AS k
				CREATE (c)
				SET c = properties(n), c.cloneOf = elementId(n), c.cloneNo = k
				SET c.id = CASE WHEN n.id IS NOT NULL THEN n.id + '~' + k END,
				    c.code = CASE WHEN n.code IS NOT NULL THEN n.code + '~' + k END
				SET c:$(labels(n))
				""", Map.of("copies", copies));
		run("""
				MATCH (a)-[r]->(b) WHERE NOT a:Source AND a.cloneOf IS NULL
				MATCH (ca) WHERE ca.cloneOf = elementId(a)
				OPTIONAL MATCH (cb) WHERE cb.cloneOf = elementId(b) AND cb.cloneNo = ca.cloneNo
				WITH r, ca, coalesce(cb, b) AS target
				CREATE (ca)-[copy:$(type(r))]->(target)
				SET copy = properties(r)
				""", Map.of());
		run("CALL db.awaitIndexes(60)", Map.of());
	}

	/** Removes the clones again. */
	public void removeClones() {
		run("MATCH (n) WHERE n.cloneOf IS NOT NULL DETACH DELETE n", Map.of());
	}

	/** Number of nodes with this label. */
	public long count(String label) {
		try (var session = this.driver.session()) {
			return session.run("MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS c", Map.of("label", label))
				.single()
				.get("c")
				.asLong();
		}
	}

	private void run(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			session.run(cypher, parameters).consume();
		}
	}

}
