package nl.botoc.graph.system.security;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.botoc.graph.export.GraphContentHash;
import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;
import nl.botoc.graph.system.writes.ServiceWrites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write: every GraphQL mutation needs a curator (a JWT with scope curator, or a curator API key); anonymous
 * callers get UNAUTHORIZED, readers FORBIDDEN, expired, forged or unknown credentials UNAUTHORIZED, each before the
 * database is asked anything and with the graph unchanged. A test-only mutation ({@code accessProbe}, added to the
 * schema here) stands in for curation's mutations; it writes through {@link ServiceWrites} and answers with the actor
 * the contract names (the authentication's name).
 */
@GraphApiTest
class AccessTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PROBE = "mutation Probe { accessProbe(note: \"hello\") }";

	@DynamicPropertySource
	static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
				() -> "file:" + TestTokens.publicKeyFile());
	}

	@Autowired
	GraphQlHttp http;

	@Autowired
	StatementCounter statements;

	@Autowired
	Driver driver;

	String before;

	@BeforeEach
	void rememberTheGraph() {
		this.driver.executableQuery("MATCH (n:AccessProbe) DETACH DELETE n").execute();
		this.before = GraphContentHash.of(this.driver, GraphContentHash.Scope.ALL);
		this.statements.reset();
	}

	@Test
	void refusesAMutationFromAnAnonymousCallerWithUnauthorizedBeforeAnyDatabaseWork() {
		var reply = post(PROBE, null, null);
		assertRefused(reply, 401, "UNAUTHORIZED");
		assertThat(reply.headers().get("www-authenticate")).anySatisfy((h) -> assertThat(h).startsWith("Bearer"));
	}

	@Test
	void refusesAMutationFromAReaderKeyWithForbidden() {
		assertRefused(post(PROBE, "X-API-Key", "test-reader-key"), 403, "FORBIDDEN");
	}

	@Test
	void refusesAMutationFromATokenWithoutTheCuratorScopeWithForbidden() {
		assertRefused(post(PROBE, "Authorization", "Bearer " + TestTokens.token("reader-1", "read")), 403, "FORBIDDEN");
	}

	@Test
	void refusesAnExpiredTokenWithUnauthorizedEvenWithTheCuratorScope() {
		var reply = post(PROBE, "Authorization", "Bearer " + TestTokens.expired("curator-1", "curator"));
		assertRefused(reply, 401, "UNAUTHORIZED");
		assertThat(reply.headers().get("www-authenticate")).anySatisfy((h) -> assertThat(h).contains("invalid_token"));
	}

	@Test
	void refusesATokenSignedByAnUntrustedKeyWithUnauthorized() {
		assertRefused(post(PROBE, "Authorization", "Bearer " + TestTokens.forged("curator-1", "curator")), 401,
				"UNAUTHORIZED");
		assertRefused(post(PROBE, "Authorization", "Bearer not-a-jwt"), 401, "UNAUTHORIZED");
	}

	@Test
	void refusesAnUnknownApiKeyWithUnauthorizedAlsoOnAReadButLetsAnonymousReadsThrough() {
		assertRefused(post(PROBE, "X-API-Key", "test-curator-key-guess"), 401, "UNAUTHORIZED");
		assertRefused(post("{ themes { id } }", "X-API-Key", "wrong"), 401, "UNAUTHORIZED");
		var read = post("{ themes { id } }", null, null);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.errors()).isEmpty();
		assertThat((java.util.List<?>) read.read("$.data.themes")).isNotEmpty();
	}

	@Test
	void refusesAMutationHiddenAmongSeveralOperationsWhenTheOperationToRunIsUnclear() {
		var reply = post("query Q { themes { id } } mutation M { accessProbe(note: \"x\") }", null, null);
		assertRefused(reply, 401, "UNAUTHORIZED");
	}

	@Test
	void refusesAnUnknownMutationFieldFromAnAnonymousCallerAsUnauthorizedNotAsAValidationError() {
		// The guard comes before validation: an anonymous caller learns nothing about the mutation schema.
		assertRefused(post("mutation { noSuchField }", null, null), 401, "UNAUTHORIZED");
		var curator = post("mutation { noSuchField }", "X-API-Key", "test-curator-key");
		assertThat(curator.errors()).isNotEmpty();
		assertThat(String.valueOf(curator.errors().get(0).get("extensions"))).contains("ValidationError");
	}

	@Test
	void runsAMutationForACuratorKeyWithTheKeysNameAsTheActor() {
		var reply = post(PROBE, "X-API-Key", "test-curator-key");
		assertThat(reply.errors()).isEmpty();
		assertThat((String) reply.read("$.data.accessProbe")).isEqualTo("test-curator");
		assertThat(actors()).containsExactly("test-curator");
	}

	@Test
	void runsAMutationForATokenWithTheCuratorScopeWithItsSubjectAsTheActor() {
		var reply = post(PROBE, "Authorization", "Bearer " + TestTokens.token("alice@example.org", "read curator"));
		assertThat(reply.errors()).isEmpty();
		assertThat((String) reply.read("$.data.accessProbe")).isEqualTo("alice@example.org");
		assertThat(actors()).containsExactly("alice@example.org");
	}

	@Test
	void letsTheReaderKeyAndAReaderTokenRead() {
		for (var credential : new String[][] { { "X-API-Key", "test-reader-key" },
				{ "Authorization", "Bearer " + TestTokens.token("reader-2", "read") } }) {
			var reply = post("{ themes { id } }", credential[0], credential[1]);
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.errors()).isEmpty();
		}
	}

	@Test
	void servesTheExportToCuratorsOnly() {
		var anonymous = get("/export", null, null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.body()).contains("UNAUTHORIZED");
		var reader = get("/export", "X-API-Key", "test-reader-key");
		assertThat(reader.status()).isEqualTo(403);
		assertThat(reader.body()).contains("FORBIDDEN");
		var curator = get("/export", "X-API-Key", "test-curator-key");
		assertThat(curator.status()).isEqualTo(200);
		assertThat(curator.contentType()).isEqualTo("application/zip");
		assertThat(curator.headers().get("x-dataset-version")).singleElement().asString().matches(".+-\\d+");
	}

	@Test
	void keepsThePagesAndHealthOpenWithoutACredential() {
		for (String path : new String[] { "/", "/graphiql?path=/graphql", "/graphql/schema", "/actuator/health",
				"/neo4j-browser/guide.html", "/graphql-examples" }) {
			if (path.equals("/") && AccessTests.class.getResource("/static/index.html") == null) {
				continue; // built by the npm step, skipped with -Dfrontend.skip=true
			}
			assertThat(get(path, null, null).status()).as(path).isEqualTo(200);
		}
		assertThat(get("/actuator/health", null, null).body()).contains("\"status\":\"UP\"")
			.doesNotContain("neo4j", "components", "details");
	}

	@Test
	void givesAnonymousAndCredentialedGraphQlAnswersTheSameSecurityHeaders() {
		// Anonymous GraphQL requests skip the security filter chain; its headers must not go with it.
		for (var reply : List.of(post("{ about { service } }", null, null),
				post("{ about { service } }", "X-API-Key", "test-reader-key"))) {
			assertThat(reply.errors()).isEmpty();
			assertThat(reply.headers().get("x-content-type-options")).containsExactly("nosniff");
			assertThat(reply.headers().get("x-frame-options")).containsExactly("DENY");
		}
	}

	@Test
	void setsNoSessionCookieSoABrowserCannotCarryACuratorCredentialToAnotherSite() {
		var reply = post(PROBE, "X-API-Key", "test-curator-key");
		assertThat(reply.errors()).isEmpty();
		assertThat(reply.headers()).doesNotContainKey("set-cookie");
		// A cross-site form post carries no header credential: it is anonymous, so refused.
		var form = this.http.send(HttpRequest.newBuilder(this.http.uri("/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString(body(PROBE)))
			.header("Content-Type", "application/json")
			.header("Origin", "https://evil.example")
			.header("Cookie", "JSESSIONID=stolen")
			.build());
		assertThat(form.status()).isIn(401, 403);
	}

	private void assertRefused(GraphQlHttp.Reply reply, int status, String code) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(reply.errors()).singleElement()
			.satisfies((error) -> assertThat(((Map<?, ?>) error.get("extensions")).get("code")).isEqualTo(code));
		assertThat(reply.body()).doesNotContain("\"data\"");
		assertThat(this.statements.count()).as("statements sent for a refused request").isZero();
		assertThat(GraphContentHash.of(this.driver, GraphContentHash.Scope.ALL)).isEqualTo(this.before);
		this.statements.reset();
	}

	private java.util.List<String> actors() {
		return this.driver.executableQuery("MATCH (p:AccessProbe) RETURN p.actor AS actor")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("actor").asString())
			.toList();
	}

	private GraphQlHttp.Reply post(String query, String header, String value) {
		var request = HttpRequest.newBuilder(this.http.uri("/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString(body(query)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json");
		if (header != null) {
			request.header(header, value);
		}
		return this.http.send(request.build());
	}

	private GraphQlHttp.Reply get(String path, String header, String value) {
		var request = HttpRequest.newBuilder(this.http.uri(path)).GET();
		if (header != null) {
			request.header(header, value);
		}
		return this.http.send(request.build());
	}

	private static String body(String query) {
		return JSON.writeValueAsString(Map.of("query", query));
	}

	/** The test-only mutation, added to whatever schema the service has (with or without a Mutation type). */
	@TestConfiguration(proxyBeanMethods = false)
	static class ProbeMutation {

		@Bean
		GraphQlSourceBuilderCustomizer accessProbeSchema() {
			return (builder) -> builder.configureTypeDefinitions((registry) -> {
				String field = "{ \"Test only: writes an AccessProbe node and answers with the actor.\""
						+ " accessProbe(note: String!): String! }";
				boolean exists = registry.getType("Mutation").isPresent();
				registry.merge(new SchemaParser().parse((exists ? "extend type Mutation " : "type Mutation ") + field));
			});
		}

		@Bean
		RuntimeWiringConfigurer accessProbeWiring(ServiceWrites writes) {
			return (wiring) -> wiring.type("Mutation", (type) -> type.dataFetcher("accessProbe", (env) -> {
				String actor = SecurityContextHolder.getContext().getAuthentication().getName();
				writes.writeWithoutResult("access probe", (tx) -> tx.run("CREATE (:AccessProbe {note: $note, actor: $actor})",
						Map.of("note", env.getArgument("note"), "actor", actor)).consume());
				return actor;
			}));
		}

	}

}
