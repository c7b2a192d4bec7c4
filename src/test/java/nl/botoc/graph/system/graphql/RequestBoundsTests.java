package nl.botoc.graph.system.graphql;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bound of {@link RequestBounds}, set low so that small queries on the fixture graph reach them: the cost
 * estimate (lists multiplied by {@code first} or the graph's own degrees), the bulkhead, the result caps, inputs,
 * cursors and bodies. A refused request sends no statement to the database.
 */
@GraphApiTest
@TestPropertySource(properties = { "botoc.graphql.max-cost=200", "botoc.graphql.costly-cost=100",
		"botoc.graphql.max-concurrent-costly=1", "botoc.graphql.costly-wait=0s", "botoc.graphql.retry-after=3s", "botoc.graphql.max-result-nodes=40",
		"botoc.graphql.max-result-size=700B", "botoc.graphql.max-body-size=4KB", "botoc.graphql.max-string-length=60",
		"botoc.graphql.max-list-length=5", "botoc.graphql.max-input-depth=4", "botoc.graphql.max-search-length=30",
		"botoc.graphql.max-search-terms=4", "botoc.graphql.max-expanded-fields=300" })
class RequestBoundsTests {

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphQlHttp http;

	@Autowired
	ListBounds listBounds;

	@Autowired
	CostlyRequests costly;

	@BeforeEach
	void setUp() {
		this.statements.reset();
	}

	@AfterEach
	void heal() {
		this.statements.reset();
	}

	@Test
	void costMultipliesEachListByFirstOrByTheLargestDegreeInTheGraph() {
		long themesPerIntervention = this.listBounds.bound("Intervention", "themes", List.of());
		long interventions = this.listBounds.bound("Query", "interventions", List.of());
		assertThat(themesPerIntervention).isGreaterThan(1);
		var reply = this.http.query("{ interventions(first: 3) { nodes { code themes { theme { id } } } } }");
		assertThat(reply.errors()).isEmpty();
		long items = Math.min(3, interventions);
		// interventions, then per node: the node, its code; per theme link: the link, its theme, the theme's id
		long expected = 1 + items + items + 3 * items * themesPerIntervention;
		assertThat(((Number) reply.read("$.extensions.cost.estimated")).longValue()).isEqualTo(expected);
		assertThat(((Number) reply.read("$.extensions.cost.limit")).longValue()).isEqualTo(200);
	}

	@Test
	void costCountsEveryAliasAndEveryFragmentSpread() {
		long themes = this.listBounds.bound("Query", "themes", List.of());
		var once = this.http.query("{ themes { id } }");
		var aliased = this.http.query("{ a: themes { id } b: themes { id } c: themes { ...T } } fragment T on Theme { id labelEn }");
		long single = ((Number) once.read("$.extensions.cost.estimated")).longValue();
		assertThat(single).isEqualTo(themes + themes);
		assertThat(((Number) aliased.read("$.extensions.cost.estimated")).longValue()).isEqualTo(single * 2 + themes * 3);
	}

	@Test
	void refusesAQueryEstimatedAboveTheLimitNamingCostAndLimitBeforeAnyDatabaseWork() {
		var reply = this.http.query("{ municipalities { interventions { themes { theme { interventions { intervention { code } } } } } } }");
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("QUERY_TOO_COSTLY");
		long estimate = ((Number) reply.read("$.errors[0].extensions.estimatedCost")).longValue();
		assertThat(estimate).isGreaterThan(200);
		assertThat((String) reply.read("$.errors[0].message")).contains(Long.toString(estimate))
			.contains("at most 200")
			.contains("botoc.graphql.max-cost");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aCostThatWouldOverflowSaturatesInsteadOfWrappingBelowTheLimit() {
		String huge = "first: 2147483647";
		var reply = this.http.query("{ interventions(" + huge + ") { nodes { municipality { interventions(" + huge
				+ ") { themes { theme { interventions(" + huge + ") { theme { factors(" + huge + ") { factor { id } } } } } } } } } } }");
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("QUERY_TOO_COSTLY");
		assertThat(((Number) reply.read("$.errors[0].extensions.estimatedCost")).longValue()).isPositive();
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void refusesACostlyRequestWhileAnotherHoldsTheOnlySlotWith503AndRetryAfter() throws Exception {
		// Aliases of a list that matches nothing: a high estimate, a tiny answer. Enough of them to be costly.
		String alias = "interventions(where: {municipality: \"mun:nowhere\"}, first: 50) { nodes { code themes { theme { id } } } }";
		long one = ((Number) this.http.query("{ " + alias + " }").read("$.extensions.cost.estimated")).longValue();
		assertThat(one).isBetween(1L, 100L);
		StringBuilder costlyQuery = new StringBuilder("{ ");
		for (int i = 0; i < (100 + one - 1) / one; i++) {
			costlyQuery.append("a").append(i).append(": ").append(alias).append(' ');
		}
		String costly = costlyQuery.append('}').toString();
		var alone = this.http.query(costly);
		assertThat(alone.errors()).isEmpty();
		assertThat(((Number) alone.read("$.extensions.cost.estimated")).longValue()).isBetween(100L, 200L);
		this.statements.delayStatements(Duration.ofMillis(1500));
		CompletableFuture<GraphQlHttp.Reply> first = CompletableFuture.supplyAsync(() -> this.http.query(costly));
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.costly.inUse() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.costly.inUse()).isEqualTo(1);
		long started = System.nanoTime();
		var refused = this.http.query(costly);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.headers().get("retry-after")).containsExactly("3");
		assertThat((String) refused.read("$.errors[0].extensions.code")).isEqualTo("SERVICE_BUSY");
		assertThat((String) refused.read("$.errors[0].message")).contains("retry");
		var cheap = this.http.query("{ theme(id: \"theme:gedrag-identiteit\") { id } }");
		assertThat(cheap.errors()).isEmpty();
		assertThat(first.get().errors()).isEmpty();
		this.statements.reset();
		assertThat(this.http.query(costly).errors()).as("the slot is free again").isEmpty();
		assertThat(this.costly.inUse()).isZero();
	}

	@Test
	void replacesAnAnswerWithMoreResultNodesThanAllowedByOneError() {
		var reply = this.http.query("""
				{ a: interventions(first: 20) { nodes { code name descriptionEn } }
				  b: interventions(first: 20) { nodes { code name descriptionEn } }
				  c: interventions(first: 20) { nodes { code name descriptionEn } } }
				""");
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("RESULT_TOO_LARGE");
		assertThat((String) reply.read("$.errors[0].message")).contains("40");
		assertThat(reply.json().read("$", Map.class)).doesNotContainKey("data");
	}

	@Test
	void replacesAnAnswerLargerThanTheByteCapByOneError() {
		var reply = this.http.query("{ interventions(first: 10) { nodes { code name descriptionEn descriptionNl } } }");
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("RESULT_TOO_LARGE");
		assertThat((String) reply.read("$.errors[0].message")).contains("max-result-size");
	}

	@Test
	void refusesVariablesPastEveryBoundEvenWhenTheQueryDoesNotUseThem() {
		assertInputRefused(Map.of("unused", "x".repeat(61)), "STRING_TOO_LONG");
		assertInputRefused(Map.of("unused", List.of(1, 2, 3, 4, 5, 6)), "LIST_TOO_LONG");
		assertInputRefused(Map.of("unused", Map.of("a", Map.of("b", Map.of("c", Map.of("d", 1))))), "INPUT_TOO_DEEP");
		assertInputRefused(Map.of("unused", "nul\u0000byte"), "INVALID_TEXT");
		var surrogate = this.http.send("POST", "/graphql",
				"{\"query\": \"{ themes { id } }\", \"variables\": {\"unused\": \"broken \\ud800 surrogate\"}}",
				"application/json", "application/graphql-response+json");
		assertThat((String) surrogate.read("$.errors[0].extensions.code")).isEqualTo("INVALID_TEXT");
	}

	@Test
	void refusesTooManySortKeysAndTooLongFilterListsBeforeAnyDatabaseWork() {
		List<Map<String, String>> orderBy = new ArrayList<>();
		for (String field : List.of("NAME", "CODE", "MUNICIPALITY", "NAME")) {
			orderBy.add(Map.of("field", field));
		}
		var sorted = this.http.query("query($o: [InterventionOrder!]) { interventions(orderBy: $o) { totalCount } }",
				Map.of("o", orderBy));
		assertThat((String) sorted.read("$.errors[0].extensions.code")).isEqualTo("TOO_MANY_SORT_KEYS");
		var filtered = this.http.query("""
				{ interventions(where: {status: [AS_PLANNED, ADAPTED, NOT_CARRIED_OUT, ADDED_LATER, AS_PLANNED, ADAPTED]}) { totalCount } }
				""");
		assertThat((String) filtered.read("$.errors[0].extensions.code")).isEqualTo("LIST_TOO_LONG");
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void refusesFullTextPastItsLengthOrTermBoundWithAClearError() {
		var tooLong = this.http.query("query($t: String!) { search(text: $t) { score } }", Map.of("t", "ouders".repeat(6)));
		assertThat((String) tooLong.read("$.errors[0].extensions.code")).isEqualTo("SEARCH_TEXT_TOO_LONG");
		var tooMany = this.http.query("{ interventions(where: {text: \"a b c d e\"}) { totalCount } }");
		assertThat((String) tooMany.read("$.errors[0].extensions.code")).isEqualTo("TOO_MANY_SEARCH_TERMS");
		assertThat((String) tooMany.read("$.errors[0].message")).contains("at most 4");
		assertThat(this.statements.count()).isZero();
		var fine = this.http.query("{ search(text: \"ouders AND -*\") { score } }");
		assertThat(fine.errors()).isEmpty();
	}

	@Test
	void refusesEveryCursorThatIsNotStrictlyOneOfOursWithoutEchoingIt() {
		for (String text : List.of("botoc:v1:2147483646", "botoc:v1:2147483647", "botoc:v1:+5", "botoc:v1:-1",
				"botoc:v1:05", "botoc:v1:\u0665", "botoc:v1:", "botoc:v2:5", "botoc:v1:5 ")) {
			String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			var reply = this.http.query("query($c: String) { interventions(after: $c) { totalCount } }", Map.of("c", cursor));
			assertThat((String) reply.read("$.errors[0].extensions.code")).as(text).isEqualTo("INVALID_CURSOR");
			assertThat(reply.body()).doesNotContain(cursor);
		}
		var notBase64 = this.http.query("{ interventions(after: \"%%%\") { totalCount } }");
		assertThat((String) notBase64.read("$.errors[0].extensions.code")).isEqualTo("INVALID_CURSOR");
		var good = this.http.query("{ interventions(first: 2) { pageInfo { endCursor } } }");
		String end = good.read("$.data.interventions.pageInfo.endCursor");
		var next = this.http.query("query($c: String) { interventions(first: 2, after: $c) { nodes { code } } }", Map.of("c", end));
		assertThat(next.errors()).isEmpty();
	}

	@Test
	void answersMalformedBodiesWith400AndNever500() {
		for (String body : List.of("null", "not json", "[1]", "\"query\"", "{\"query\": 5}", "{\"variables\": {}}",
				"{\"query\": \"{ __typename }\", \"variables\": \"x\"}", "{\"query\": \"{ __typename }\", \"operationName\": 3}",
				"{\"query\": \"{ __typename \u0000 }\"}", "{\"query\": \"{ __typename }\\x\"}", "{\"query\": \"{ __typename }\"",
				"")) {
			var reply = this.http.send("POST", "/graphql", body, "application/json", "application/graphql-response+json");
			assertThat(reply.status()).as(body).isEqualTo(400);
			assertThat(reply.body()).as(body).doesNotContain("Exception", "at org.", "at nl.");
		}
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void answersAWrongOrMissingContentTypeWith415() {
		for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded", "application/xml" }) {
			var reply = this.http.send("POST", "/graphql", "{\"query\": \"{ __typename }\"}", type, "application/json");
			assertThat(reply.status()).as(type).isEqualTo(415);
			assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
		}
		var none = this.http.send(HttpRequest.newBuilder(this.http.uri("/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}"))
			.build());
		assertThat(none.status()).isEqualTo(415);
	}

	@Test
	void answersABodyLargerThanTheLimitWith413() {
		var reply = this.http.send("POST", "/graphql", "{\"query\": \"{ __typename }\", \"x\": \"" + "y".repeat(5000) + "\"}",
				"application/json", "application/json");
		assertThat(reply.status()).isEqualTo(413);
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("BODY_TOO_LARGE");
	}

	@Test
	void refusesAFragmentFanOutBeforeValidationExpandsIt() {
		StringBuilder query = new StringBuilder("{ ...F12 }\nfragment F0 on Query { themes { id } }\n");
		for (int level = 1; level <= 12; level++) {
			query.append("fragment F").append(level).append(" on Query { ");
			for (int i = 0; i < 8; i++) {
				query.append("...F").append(level - 1).append(' ');
			}
			query.append("}\n");
		}
		String document = query.toString();
		long started = System.nanoTime();
		var reply = this.http.query(document);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("QUERY_TOO_LARGE");
		assertThat(this.statements.count()).isZero();
	}

	private void assertInputRefused(Map<String, Object> variables, String code) {
		var reply = this.http.query("{ __typename themes { id } }", variables);
		assertThat((String) reply.read("$.errors[0].extensions.code")).as(code).isEqualTo(code);
		assertThat(reply.body()).doesNotContain("xxxxxxxxxx");
		assertThat(this.statements.count()).isZero();
	}

}
