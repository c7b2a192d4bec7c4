package nl.botoc.graph.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the analysis questions through the real HTTP endpoint against the small hand-built graph of
 * {@code fixtures/analysis-fixture.cypher}, which replaces whatever the context's database held. The property
 * gives these tests a context (and so a throw-away database) of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "botoc.test.database=analysis-fixture", "botoc.seed.on-startup=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AnalysisFixtureTestSupport {

	private static final String WIPE = """
			MATCH (n)
			WHERE n:Municipality OR n:Intervention OR n:Theme OR n:Factor OR n:Mechanism OR n:Source OR n:Claim
			   OR n:SeedVersion OR n:ExploratoryElement
			DETACH DELETE n""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	HttpSyncGraphQlClient graphQl;

	@BeforeAll
	void loadFixture() throws IOException {
		String script;
		try (var in = new ClassPathResource("fixtures/analysis-fixture.cypher").getInputStream()) {
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> statements = Arrays.stream(script.split("(?m)^;\\s*$")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run(WIPE).consume();
				statements.forEach(statement -> tx.run(statement).consume());
			});
		}
		this.graphQl = HttpSyncGraphQlClient.create(RestClient.create("http://localhost:" + this.port + "/graphql"));
	}

	/** Runs a document and returns the value at {@code path}, asserting the response has no errors. */
	<T> T query(String path, String document, Map<String, Object> variables) {
		ClientGraphQlResponse response = execute(document, variables);
		assertThat(response.getErrors()).as("errors of %s", path).isEmpty();
		return response.field(path).getValue();
	}

	ClientGraphQlResponse execute(String document, Map<String, Object> variables) {
		return this.graphQl.document(document).variables(variables).executeSync();
	}

	void write(String cypher) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher).consume());
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	static Object at(Object root, String path) {
		Object current = root;
		for (String key : path.split("\\.")) {
			current = map(current).get(key);
		}
		return current;
	}

	static List<Object> pluck(Object items, String path) {
		return list(items).stream().map(item -> at(item, path)).toList();
	}

}
