package nl.botoc.graph.curation;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import graphql.schema.GraphQLFieldDefinition;
import nl.botoc.graph.export.GraphContentHash;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.SeedGraphTest;
import nl.botoc.graph.support.StatementCounter;
import nl.botoc.graph.system.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every curation mutation of the schema, read at test time (so mutations added later are covered too), refused for
 * every caller that is not a curator: anonymous and bad credentials with UNAUTHORIZED (401), readers with FORBIDDEN
 * (403); each before any database work and with the graph's content hash unchanged. On the real seed.
 */
@SeedGraphTest
class CurationRolesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
				() -> "file:" + TestTokens.publicKeyFile());
	}

	@Autowired
	GraphQlHttp http;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	StatementCounter statements;

	@Autowired
	Driver driver;

	/** Who calls, how, and what they must get. */
	private record Caller(String name, String header, String value, int status, String code) {
	}

	private static List<Caller> callers() {
		return List.of(new Caller("anonymous", null, null, 401, "UNAUTHORIZED"),
				new Caller("reader key", "X-API-Key", "test-reader-key", 403, "FORBIDDEN"),
				new Caller("reader token", "Authorization", "Bearer " + TestTokens.token("reader-1", "read"), 403,
						"FORBIDDEN"),
				new Caller("expired curator token", "Authorization",
						"Bearer " + TestTokens.expired("curator-1", "curator"), 401, "UNAUTHORIZED"),
				new Caller("forged curator token", "Authorization",
						"Bearer " + TestTokens.forged("curator-1", "curator"), 401, "UNAUTHORIZED"),
				new Caller("unknown key", "X-API-Key", "not-a-key", 401, "UNAUTHORIZED"));
	}

	@Test
	void everyMutationIsRefusedForEveryCallerThatIsNotACuratorAndChangesNothing() {
		List<GraphQLFieldDefinition> mutations = this.graphQlSource.schema().getMutationType().getFieldDefinitions();
		assertThat(mutations).as("the curation mutations").hasSizeGreaterThanOrEqualTo(15);
		String before = GraphContentHash.of(this.driver, GraphContentHash.Scope.ALL);
		this.statements.reset();
		for (GraphQLFieldDefinition mutation : mutations) {
			// The access guard comes before validation: the arguments do not matter, the operation type does.
			String document = "mutation { " + mutation.getName() + " { __typename } }";
			for (Caller caller : callers()) {
				GraphQlHttp.Reply reply = post(document, caller);
				String what = mutation.getName() + " by " + caller.name();
				assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(caller.status());
				assertThat(reply.errors()).as(what).singleElement()
					.satisfies((error) -> assertThat(((Map<?, ?>) error.get("extensions")).get("code"))
						.isEqualTo(caller.code()));
				assertThat(reply.body()).as(what).doesNotContain("\"data\"");
			}
		}
		assertThat(this.statements.count()).as("statements sent for refused mutations").isZero();
		assertThat(GraphContentHash.of(this.driver, GraphContentHash.Scope.ALL)).isEqualTo(before);
	}

	private GraphQlHttp.Reply post(String query, Caller caller) {
		var request = HttpRequest.newBuilder(this.http.uri("/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
			.header("Content-Type", "application/json");
		if (caller.header() != null) {
			request.header(caller.header(), caller.value());
		}
		return this.http.send(request.build());
	}

}
