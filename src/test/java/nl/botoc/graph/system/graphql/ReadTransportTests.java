package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.ComparableAnswers;
import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading the embedded database in-process ({@link EmbeddedReadTransport}, what requests use here) gives what
 * reading it through the driver gives ({@link DriverReadTransport}, what an external database gets): the same
 * answer byte for byte for every pinned and example query, the same values for every kind Cypher returns, the same
 * failures with the same status codes, and no writes.
 */
@GraphApiTest
class ReadTransportTests {

	@Autowired
	GraphQlHttp http;

	@Autowired
	ReadTransport transport;

	@Autowired
	Driver driver;

	@Autowired
	StatementCounter statements;

	static List<String> queries() {
		return ComparableAnswers.pinnedAndExampleQueries();
	}

	@ParameterizedTest
	@MethodSource("queries")
	void aRequestGetsTheAnswerItGetsThroughTheDriver(String query) {
		this.statements.reset();
		String inProcess = answer(query, false);
		assertThat(this.statements.inProcessCount()).as("statements run in-process")
			.isEqualTo(this.statements.count())
			.isPositive();
		this.statements.reset();
		String overBolt = answer(query, true);
		assertThat(this.statements.inProcessCount()).as("statements run in-process with overBolt").isZero();
		assertThat(inProcess).isEqualTo(overBolt);
	}

	@Test
	void everyKindOfValueArrivesAsTheDriverDecodesIt() {
		String id = "zz-transport-" + UUID.randomUUID();
		try (var session = this.driver.session()) {
			session.run("""
					CREATE (a:TransportProbe {id: $id, tags: ['x', 'y'], counts: [1, 2], score: 1.5, ok: true,
					        day: date('2024-02-29'), at: datetime('2024-02-29T10:11:12.123456789+01:00')})
					       -[:PROBES {w: 2, since: localdatetime('2024-01-01T00:00')}]->(:TransportProbe {id: $id + '-b'})""",
					Map.of("id", id))
				.consume();
		}
		String cypher = """
				MATCH (a:TransportProbe {id: $id})-[r:PROBES]->(b)
				RETURN a, r, b.id AS bid, properties(a) AS props, [a.tags, a.counts, null, 'z'] AS nested,
				       {n: 1, f: 2.5, s: 'ü', none: null, list: [{k: 1}]} AS map, a.day AS day, a.at AS at,
				       duration('P1Y2M3DT4H5M6.007S') AS dur, point({x: 1.0, y: 2.0}) AS pt,
				       point({latitude: 52.1, longitude: 5.1, height: 3.0}) AS geo, null AS nothing, 42 AS n""";
		try {
			Record inProcess = one(this.transport, cypher, Map.of("id", id));
			Record overBolt = one(new DriverReadTransport(this.driver), cypher, Map.of("id", id));
			assertThat(inProcess.keys()).isEqualTo(overBolt.keys());
			for (String key : overBolt.keys()) {
				assertThat(comparable(inProcess.get(key))).as(key).isEqualTo(comparable(overBolt.get(key)));
			}
		}
		finally {
			try (var session = this.driver.session()) {
				session.run("MATCH (p:TransportProbe) WHERE p.id STARTS WITH $id DETACH DELETE p", Map.of("id", id))
					.consume();
			}
		}
	}

	@Test
	void aFailureHasTheStatusCodeTheDriverReports() {
		String broken = "MATCH (n) RETURN n.id AS id ORDER BY";
		String inProcess = failure(this.transport, broken);
		String overBolt = failure(new DriverReadTransport(this.driver), broken);
		assertThat(inProcess).isEqualTo(overBolt).startsWith("Neo.ClientError.Statement.");
	}

	@Test
	void aRequestsTransactionCannotWrite() {
		String id = "zz-write-" + UUID.randomUUID();
		for (ReadTransport each : List.of(this.transport, new DriverReadTransport(this.driver))) {
			assertThatThrownBy(() -> one(each, "CREATE (n:TransportProbe {id: $id}) RETURN n.id AS id", Map.of("id", id)))
				.isInstanceOf(ClientException.class);
		}
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (n:TransportProbe {id: $id}) RETURN count(n) AS c", Map.of("id", id))
				.single()
				.get("c")
				.asLong()).isZero();
		}
	}

	@Test
	void terminatingAClosedTransactionStopsNoOther() {
		ReadTransport.ReadConnection closed = this.transport.open(Duration.ofSeconds(30), Map.of());
		closed.close();
		// The kernel reuses transaction objects: the next one may be the same, and must not be stopped.
		ReadTransport.ReadConnection next = this.transport.open(Duration.ofSeconds(30), Map.of());
		try {
			closed.terminate();
			assertThat(next.run("RETURN 1 AS one", Map.of(), (r) -> r.get("one").asInt())).containsExactly(1);
		}
		finally {
			next.close();
		}
	}

	/** Node and relationship values compared by what the driver exposes, everything else by its Java value. */
	private static Object comparable(Value value) {
		Object object = value.asObject();
		if (object instanceof Node node) {
			return List.of(node.elementId(), node.labels(), node.asMap());
		}
		if (object instanceof Relationship rel) {
			return List.of(rel.elementId(), rel.type(), rel.startNodeElementId(), rel.endNodeElementId(), rel.asMap());
		}
		return List.of(value.type().name(), String.valueOf(object));
	}

	private static Record one(ReadTransport transport, String cypher, Map<String, Object> parameters) {
		ReadTransport.ReadConnection connection = transport.open(Duration.ofSeconds(30),
				Map.of(RequestTransaction.REQUEST_METADATA, "test-" + UUID.randomUUID()));
		try {
			List<Record> records = connection.run(cypher, parameters, (r) -> r);
			assertThat(records).hasSize(1);
			return records.get(0);
		}
		finally {
			connection.close();
		}
	}

	private static String failure(ReadTransport transport, String cypher) {
		try {
			one(transport, cypher, Map.of());
		}
		catch (Neo4jException ex) {
			return ex.code();
		}
		throw new AssertionError("no failure for " + cypher);
	}

	private String answer(String query, boolean overBolt) {
		return ComparableAnswers.answer(this.http, query, Map.of(),
				overBolt ? Map.of("botoc", Map.of("overBolt", true)) : Map.of());
	}

}
