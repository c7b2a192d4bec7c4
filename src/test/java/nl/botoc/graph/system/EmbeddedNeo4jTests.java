package nl.botoc.graph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.botoc.graph.support.SeedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database is reachable the way a researcher reaches it: a second driver over Bolt, and the Browser. */
@SeedGraphTest
class EmbeddedNeo4jTests {

	@Autowired
	EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts ports;

	@LocalServerPort
	int serverPort;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void boltPortAcceptsAnIndependentDriverConnection() {
		try (var driver = GraphDatabase.driver(this.ports.boltUri(), AuthTokens.none());
				var session = driver.session()) {
			driver.verifyConnectivity();
			var answer = session.run("RETURN 40 + 2 AS answer").single().get("answer").asInt();
			assertThat(answer).isEqualTo(42);
		}
	}

	@Test
	void connectorsListenOnLoopbackOnly() {
		assertThat(this.ports.host()).isEqualTo("127.0.0.1");
		assertThat(this.ports.boltPort()).isPositive();
		assertThat(this.ports.httpPort()).isPositive();
	}

	@Test
	void browserUrlServesTheNeo4jBrowserPage() throws Exception {
		var response = get(this.ports.browserUri());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<title>Neo4j Browser</title>");
	}

	@Test
	void healthReportsUpWithoutInternalsToAnAnonymousCaller() throws Exception {
		var response = get(URI.create("http://localhost:" + this.serverPort + "/actuator/health"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("neo4j", "edition", "components", "2026");
	}

	@Test
	void graphqlSchemaIsPrinted() throws Exception {
		var response = get(URI.create("http://localhost:" + this.serverPort + "/graphql/schema"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("type Query");
	}

	@Test
	void graphiqlIsServed() throws Exception {
		var response = get(URI.create("http://localhost:" + this.serverPort + "/graphiql?path=/graphql"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).containsIgnoringCase("graphiql");
	}

	private HttpResponse<String> get(URI uri) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
