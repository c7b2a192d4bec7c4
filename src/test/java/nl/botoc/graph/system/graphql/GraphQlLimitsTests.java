package nl.botoc.graph.system.graphql;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Every limit of {@link GraphQlLimits}, set low here so that small queries reach them, and CORS with one
 * allowed origin. A rejected query sends no statement to the database.
 */
@GraphApiTest
@TestPropertySource(properties = { "botoc.graphql.max-depth=4", "botoc.graphql.max-complexity=12",
		"botoc.graphql.max-tokens=120", "botoc.graphql.max-characters=2000", "botoc.graphql.max-page-size=3",
		"botoc.graphql.request-timeout=2s", "spring.graphql.cors.allowed-origins=https://analyst.example" })
class GraphQlLimitsTests {

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphReads reads;

	@Autowired
	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.statements.reset();
	}

	@AfterEach
	void heal() {
		this.statements.reset();
	}

	@Test
	void refusesAQueryDeeperThanTheMaximumWithoutTouchingTheDatabase() {
		var reply = this.http.query("{ municipalities { interventions { themes { theme { id } } } } }");
		assertThat((String) reply.read("$.errors[0].message")).contains("5 levels deep").contains("at most 4");
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("QUERY_TOO_DEEP");
		assertThat(reply.json().read("$", Map.class)).doesNotContainKey("data");
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void answersAQueryAtTheMaximumDepth() {
		var reply = this.http.query("{ municipalities { interventions { mainTheme { id } } } }");
		assertThat(reply.errors()).isEmpty();
	}

	@Test
	void countsAliasesTowardsTheComplexityLimit() {
		var reply = this.http.query("""
				{ a: themes { id } b: themes { id } c: themes { id } d: themes { id }
				  e: themes { id } f: themes { id } g: themes { id } }
				""");
		assertThat((String) reply.read("$.errors[0].message")).contains("14 fields").contains("at most 12");
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void stopsParsingAfterTheMaximumNumberOfTokens() {
		StringBuilder query = new StringBuilder("{ themes { ");
		for (int i = 0; i < 130; i++) {
			query.append("id ");
		}
		query.append("} }");
		var reply = this.http.query(query.toString());
		assertThat((String) reply.read("$.errors[0].message")).contains("120");
		assertThat((String) reply.read("$.errors[0].extensions.classification")).isEqualTo("InvalidSyntax");
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void refusesAPageLargerThanTheConfiguredMaximum() {
		var reply = this.http.query("{ factors(first: 4) { totalCount } }");
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("PAGE_SIZE_TOO_LARGE");
		assertThat((String) reply.read("$.errors[0].message")).contains("at most 3");
		assertThat(this.statements.count()).isZero();
		var search = this.http.query("{ search(text: \"ouders\", first: 4) { score } }");
		assertThat((String) search.read("$.errors[0].extensions.code")).isEqualTo("PAGE_SIZE_TOO_LARGE");
	}

	@Test
	void endsARequestThatRunsLongerThanTheTimeoutWithAnError() {
		this.statements.delayStatements(Duration.ofSeconds(4));
		long started = System.nanoTime();
		var reply = this.http.query("{ themes { id } }");
		long elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis();
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("REQUEST_TIMEOUT");
		assertThat(elapsed).isLessThan(3500);
	}

	@Test
	void aRequestThatTimesOutIsNotStoppedByInterruptingItsThread() throws InterruptedException {
		// In-process statements run on the request's thread: an interrupt would land inside the database.
		this.statements.delayStatements(Duration.ofSeconds(3));
		var reply = this.http.query("{ themes { id } }");
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("REQUEST_TIMEOUT");
		Thread.sleep(2000);
		assertThat(this.statements.interruptedDelays()).isZero();
	}

	@Test
	void stopsADatabaseTransactionThatRunsLongerThanTheTimeout() {
		long started = System.nanoTime();
		assertThatException().isThrownBy(() -> this.reads.list("""
				UNWIND range(1, 2000000000) AS x
				WITH x WHERE x % 7 = 8
				RETURN count(x) AS n
				""", Map.of(), (r) -> r.get("n").asLong()))
			.isInstanceOf(org.neo4j.driver.exceptions.Neo4jException.class)
			.satisfies((ex) -> assertThat(((org.neo4j.driver.exceptions.Neo4jException) ex).code())
				.contains("TransactionTimedOut"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void allowsCrossOriginRequestsFromTheConfiguredOriginOnly() {
		var allowed = this.http.send(HttpRequest.newBuilder(this.http.uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://analyst.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build());
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.headers().get("access-control-allow-origin")).containsExactly("https://analyst.example");
		var refused = this.http.send(HttpRequest.newBuilder(this.http.uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", "POST")
			.build());
		assertThat(refused.status()).isEqualTo(403);
	}

}
