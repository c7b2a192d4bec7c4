package nl.botoc.graph.system.security;

import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.GraphTestConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production settings: {@code botoc.api.production=true} switches off introspection, GraphiQL and the schema page in
 * one setting; {@code botoc.access.reads-require-credential=true} makes reads need a reader or curator credential.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "botoc.seed.on-startup=false", "botoc.api.production=true",
				"botoc.access.reads-require-credential=true" })
@Import(GraphTestConfiguration.class)
class ProductionModeTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	GraphQlHttp http;

	@Test
	void refusesIntrospectionWhileOrdinaryQueriesStillWork() {
		var introspection = post("{ __schema { types { name } } }", "test-reader-key");
		assertThat(introspection.errors()).isNotEmpty();
		assertThat(introspection.body()).doesNotContain("\"types\"");
		var type = post("{ __type(name: \"Intervention\") { fields { name } } }", "test-reader-key");
		assertThat(type.errors()).isNotEmpty();
		var query = post("{ themes { id } }", "test-reader-key");
		assertThat(query.errors()).isEmpty();
		assertThat((java.util.List<?>) query.read("$.data.themes")).isNotEmpty();
	}

	@Test
	void servesNeitherGraphiqlNorTheSchemaPage() {
		assertThat(get("/graphiql", "test-reader-key").status()).isEqualTo(404);
		assertThat(get("/graphql/schema", "test-reader-key").status()).isEqualTo(404);
	}

	@Test
	void refusesAnonymousReadsWhenReadsRequireACredentialButKeepsHealthOpen() {
		var anonymous = post("{ themes { id } }", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.body()).contains("\"code\":\"UNAUTHORIZED\"").doesNotContain("theme:");
		assertThat(post("{ themes { id } }", "test-curator-key").status()).isEqualTo(200);
		assertThat(get("/actuator/health", null).status()).isEqualTo(200);
	}

	private GraphQlHttp.Reply post(String query, String key) {
		var request = HttpRequest.newBuilder(this.http.uri("/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
			.header("Content-Type", "application/json");
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return this.http.send(request.build());
	}

	private GraphQlHttp.Reply get(String path, String key) {
		var request = HttpRequest.newBuilder(this.http.uri(path)).GET();
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return this.http.send(request.build());
	}

}
