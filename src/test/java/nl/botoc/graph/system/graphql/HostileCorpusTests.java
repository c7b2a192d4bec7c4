package nl.botoc.graph.system.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;

import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.SeedGraphTest;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile corpus of {@code src/test/resources/hostile/} and the cases generated from the schema, against the
 * real seed with the shipped limits. Every case: a clear 4xx or a GraphQL error with a code (or, where the limits
 * allow it, a normal answer) within {@link #BOUND}; no stack trace, Cypher or driver text; no statement for a
 * refused request; and the graph's content hash unchanged at the end.
 */
@SeedGraphTest
class HostileCorpusTests {

	/** Longest any case may take, refused or answered, on this shared 2-core machine. */
	static final Duration BOUND = Duration.ofSeconds(10);

	private static final int MAX_DEPTH = 12;

	/** Corpus cases marked so may be answered (within the bounds); all others must be refused. */
	private static final String MAY_ANSWER = "(may answer) ";

	private static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at nl.", "MATCH (", "Neo.ClientError",
			"org.neo4j", "Caused by");

	@Autowired
	GraphQlHttp http;

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Driver driver;

	private String hashBefore;

	private final List<String> refusedCodes = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.statements.reset();
		this.hashBefore = contentHash();
	}

	@AfterEach
	void graphIsUnchanged() {
		this.statements.reset();
		assertThat(contentHash()).as("content hash of the graph").isEqualTo(this.hashBefore);
	}

	@Test
	void everyDocumentOfTheCorpusIsRefusedOrAnsweredSafely() {
		Map<String, String> cases = documents();
		assertThat(cases).hasSizeGreaterThan(15);
		cases.forEach((name, document) -> {
			var reply = timed(name, () -> this.http.query(document));
			assertSafe(name, reply, !name.startsWith(MAY_ANSWER));
		});
		assertThat(this.refusedCodes).contains("QUERY_TOO_COSTLY", "QUERY_TOO_LARGE", "INVALID_SYNTAX",
				"SEARCH_TEXT_TOO_LONG", "TOO_MANY_SORT_KEYS", "LIST_TOO_LONG");
	}

	@Test
	void everyCycleOfRelationshipFieldsRepeatedToTheMaximumDepthIsRefusedOrAnsweredSafely() {
		List<String> cycles = cycleQueries(this.graphQlSource.schema());
		assertThat(cycles).as("pairs of fields that lead back").hasSizeGreaterThan(10);
		int refused = 0;
		for (String query : cycles) {
			var reply = timed(query, () -> this.http.query(query));
			if (assertSafe(query, reply, false)) {
				refused++;
			}
		}
		// the ones that start at a single node with small degrees may be allowed; each one was answered safely
		assertThat(refused).as("cycles refused by the cost limit").isPositive();
	}

	@Test
	void aliasFloodsOfEveryListOfQueryAreRefusedOrAnsweredSafely() {
		GraphQLSchema schema = this.graphQlSource.schema();
		for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
			if (!(GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList) && !connection(field)) {
				continue;
			}
			StringBuilder query = new StringBuilder("{ ");
			for (int i = 0; i < 240; i++) {
				query.append('a').append(i).append(": ").append(field.getName()).append(requiredArguments(field)).append(" { __typename } ");
			}
			String document = query.append('}').toString();
			assertSafe(field.getName(), timed(field.getName(), () -> this.http.query(document)), false);
		}
	}

	@Test
	void injectionStringsInEveryStringArgumentAndFilterChangeNothingAndLeakNothing() {
		List<String> strings = lines("hostile/strings.txt");
		List<Target> targets = stringTargets(this.graphQlSource.schema());
		assertThat(targets).as("string arguments and filters").hasSizeGreaterThan(10);
		for (Target target : targets) {
			for (String text : strings) {
				var reply = timed(target.query, () -> this.http.query(target.query, Map.of("v", text)));
				// an error may quote the value it refuses; only what the service adds must not leak
				String quoted = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
				var withoutEcho = new GraphQlHttp.Reply(reply.status(), reply.contentType(),
						reply.body().replace(quoted.substring(1, quoted.length() - 1), "…"), reply.headers());
				assertSafe(target.query + " with " + text, withoutEcho, false);
			}
		}
	}

	@Test
	void hugeAndDeeplyNestedVariablesAreRefusedBeforeAnyDatabaseWork() {
		List<Object> deep = new ArrayList<>();
		Object nested = deep;
		for (int i = 0; i < 60; i++) {
			List<Object> inner = new ArrayList<>();
			((List<Object>) nested).add(inner);
			nested = inner;
		}
		List<String> statuses = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			statuses.add("AS_PLANNED");
		}
		List<Map<String, String>> orderBy = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			orderBy.add(Map.of("field", "NAME"));
		}
		Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
		cases.put("10 MB search text", Map.of("t", "ouders ".repeat(1_500_000)));
		cases.put("100 kB search text", Map.of("t", "ouders ".repeat(15_000)));
		cases.put("nesting 60 deep", Map.of("t", "ouders", "x", deep));
		cases.put("5000 statuses", Map.of("t", "ouders", "s", statuses));
		cases.put("1000 sort keys", Map.of("t", "ouders", "o", orderBy));
		String query = "query($t: String!, $s: [InterventionStatus!], $o: [InterventionOrder!]) { search(text: $t) { score }"
				+ " interventions(where: {status: $s}, orderBy: $o) { totalCount } }";
		cases.forEach((name, variables) -> {
			var reply = timed(name, () -> this.http.query(query, variables));
			assertThat(assertSafe(name, reply, true)).as(name + " is refused").isTrue();
		});
	}

	@Test
	void badCursorsAreRefusedWithoutBeingEchoed() {
		List<String> cursors = new ArrayList<>();
		lines("hostile/cursors.txt").forEach((text) -> cursors
			.add(Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8))));
		cursors.add("not base64 at all!");
		cursors.add("Ym90b2M6djE6" + "MTIz".repeat(20_000));
		for (String cursor : cursors) {
			var reply = timed(cursor, () -> this.http.query("query($c: String) { interventions(after: $c) { totalCount } }",
					Map.of("c", cursor)));
			assertThat(assertSafe(cursor, reply, true)).isTrue();
			assertThat(reply.body()).doesNotContain(cursor);
		}
	}

	@Test
	void badBodiesContentTypesNulBytesAndEscapesGet4xx() {
		for (String line : lines("hostile/bodies.txt")) {
			String[] parts = line.split("\t", 2);
			String body = (parts.length > 1) ? parts[1].replace("\\0", "\u0000") : "";
			var reply = timed(line, () -> this.http.send("POST", "/graphql", body, parts[0], "application/graphql-response+json"));
			assertThat(reply.status()).as(line).isBetween(400, 499);
			assertThat(assertSafe(line, reply, true)).isTrue();
		}
	}

	@Test
	void aCheapRequestAnswersPromptlyBesideTheCostliestAllowedRequest() throws Exception {
		String costliest = costliestAllowedRequest();
		CompletableFuture<GraphQlHttp.Reply> costly = CompletableFuture.supplyAsync(() -> this.http.query(costliest));
		Thread.sleep(100);
		long started = System.nanoTime();
		var cheap = this.http.query("{ about { service } theme(id: \"theme:gedrag-identiteit\") { labelEn } }");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(cheap.errors()).isEmpty();
		var answer = costly.get();
		if (answer.errors().isEmpty()) {
			// capped by max-complexity before max-cost; still far beyond the bulkhead's costly threshold (10000)
			assertThat(((Number) answer.read("$.extensions.cost.estimated")).longValue()).isGreaterThan(5 * 10_000);
		}
		else {
			// on a saturated machine the costliest allowed request may run into the request timeout
			assertThat((String) answer.read("$.errors[0].extensions.code")).as(answer.body()).isEqualTo("REQUEST_TIMEOUT");
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!openTransactions().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(openTransactions()).isEmpty();
	}

	/**
	 * An abandoned request terminates its transaction (RequestTransactions): the costliest allowed request, left by
	 * its client after 300 ms, leaves no transaction behind, and a cheap request still answers.
	 */
	@Test
	void theTransactionOfAnAbandonedCostlyRequestIsGoneAtOnce() throws Exception {
		String costliest = costliestAllowedRequest();
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(this.http.uri("/graphql"))
			.timeout(Duration.ofMillis(300))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + costliest.replace("\"", "\\\"") + "\"}"))
			.build();
		try {
			client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.net.http.HttpTimeoutException expected) {
			// the client left
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (!openTransactions().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(openTransactions()).isEmpty();
		var cheap = this.http.query("{ about { service } }");
		assertThat(cheap.errors()).isEmpty();
	}

	/** Aliases of a list-heavy query, as many as the cost and complexity limits allow. */
	private String costliestAllowedRequest() {
		String alias = "interventions(first: 100) { nodes { code name municipality { name } themes { theme { labelEn } }"
				+ " factors { factor { nameEn } } mechanisms { localName } } }";
		var one = this.http.query("{ " + alias + " }");
		long cost = ((Number) one.read("$.extensions.cost.estimated")).longValue();
		long limit = ((Number) one.read("$.extensions.cost.limit")).longValue();
		StringBuilder query = new StringBuilder("{ ");
		// as many as the cost limit allows, and the complexity limit (500 fields, 14 per alias)
		for (long i = 0; i < Math.min(limit / cost, 500 / 14); i++) {
			query.append('a').append(i).append(": ").append(alias).append(' ');
		}
		return query.append('}').toString();
	}

	private List<String> openTransactions() {
		return this.driver.executableQuery("""
				SHOW TRANSACTIONS YIELD currentQuery, status
				WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
				RETURN currentQuery + ' (' + status + ')' AS tx
				""").execute().records().stream().map((r) -> r.get("tx").asString()).toList();
	}

	/**
	 * Asserts what holds for every case and tells whether the request was refused. Refused: a 4xx, or errors with a
	 * code and no data; refused before execution (no error has a path): then no statement may have been sent.
	 */
	private boolean assertSafe(String name, GraphQlHttp.Reply reply, boolean mustBeRefused) {
		String label = abbreviated(name);
		// 503 only as the bulkhead's clear, retryable refusal (another costly request holds the slot)
		boolean busy = reply.status() == 503 && reply.body().contains("\"SERVICE_BUSY\"");
		assertThat(reply.status() < 500 || busy).as(label + ": status " + reply.status()).isTrue();
		assertThat(reply.body()).as(label).doesNotContain(LEAKS);
		assertThat(reply.body().length()).as(label).isLessThan(5_000_000);
		boolean refused = busy || reply.status() >= 400 || (!reply.errors().isEmpty() && noData(reply));
		if (refused) {
			assertThat(reply.errors()).as(label).isNotEmpty().allSatisfy((error) -> {
				Map<?, ?> extensions = (Map<?, ?>) error.get("extensions");
				assertThat(extensions).as(label).isNotNull();
				assertThat(extensions.get("code") != null || extensions.get("classification") != null).as(label).isTrue();
				Object code = (extensions.get("code") != null) ? extensions.get("code") : extensions.get("classification");
				this.refusedCodes.add(String.valueOf(code));
				assertThat(String.valueOf(code)).as(label).isNotIn("INTERNAL_ERROR", "DATABASE_UNAVAILABLE", "REQUEST_TIMEOUT");
			});
			boolean beforeExecution = reply.errors().stream().noneMatch((error) -> error.containsKey("path"));
			if (beforeExecution) {
				assertThat(this.statements.count()).as(label + ": statements of a refused request").isZero();
			}
		}
		else {
			assertThat(mustBeRefused).as(label + " should have been refused: " + abbreviated(reply.body())).isFalse();
			assertThat(reply.errors()).as(label).allSatisfy((error) -> assertThat(
					String.valueOf(((Map<?, ?>) error.getOrDefault("extensions", Map.of())).get("code")))
				.isNotIn("INTERNAL_ERROR", "DATABASE_UNAVAILABLE", "REQUEST_TIMEOUT"));
		}
		this.statements.reset();
		return refused;
	}

	private static boolean noData(GraphQlHttp.Reply reply) {
		Map<?, ?> all = reply.json().read("$", Map.class);
		return !all.containsKey("data") || all.get("data") == null;
	}

	private static GraphQlHttp.Reply timed(String name, java.util.function.Supplier<GraphQlHttp.Reply> call) {
		long started = System.nanoTime();
		var reply = call.get();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as(abbreviated(name)).isLessThan(BOUND);
		return reply;
	}

	private static String abbreviated(String text) {
		return (text.length() <= 200) ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
	}

	// --- the corpus files

	private static Map<String, String> documents() {
		Map<String, String> cases = new LinkedHashMap<>();
		String name = null;
		for (String line : read("hostile/documents.graphql").split("\n")) {
			if (line.startsWith("# case: ")) {
				name = line.substring(8);
			}
			else if (!line.isBlank() && name != null) {
				cases.put(name, expand(line));
			}
		}
		return cases;
	}

	/** Expands {@code ${aliases:N:selection:}}, {@code ${repeat:N:text:}} and {@code ${fanout:LEVELS:SPREADS:}}. */
	static String expand(String line) {
		Matcher m = Pattern.compile("\\$\\{(aliases|repeat|fanout):(\\d+):(.*?):}").matcher(line);
		if (!m.find()) {
			return line;
		}
		int n = Integer.parseInt(m.group(2));
		StringBuilder out = new StringBuilder();
		switch (m.group(1)) {
			case "aliases" -> {
				for (int i = 0; i < n; i++) {
					out.append('a').append(i).append(": ").append(m.group(3)).append(' ');
				}
			}
			case "repeat" -> out.append(m.group(3).repeat(n));
			default -> {
				int spreads = Integer.parseInt(m.group(3));
				for (int level = 1; level <= n; level++) {
					out.append("fragment F").append(level).append(" on Query { ");
					for (int i = 0; i < spreads; i++) {
						out.append("...F").append(level - 1).append(' ');
					}
					out.append("} ");
				}
			}
		}
		return line.substring(0, m.start()) + out + line.substring(m.end());
	}

	private static List<String> lines(String path) {
		return read(path).lines().filter((line) -> !line.isEmpty()).toList();
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// --- cases generated from the schema

	/**
	 * For every field {@code A.f} leading to a type {@code B} with a field {@code B.g} leading back to {@code A}: the
	 * shortest way from {@code Query} to {@code A}, then {@code f { g { f { g … } } } }} to the maximum depth.
	 */
	static List<String> cycleQueries(GraphQLSchema schema) {
		Map<String, String> paths = rootPaths(schema);
		List<String> queries = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (!(type instanceof GraphQLFieldsContainer from) || type.getName().startsWith("__")
					|| type == schema.getQueryType() || !paths.containsKey(type.getName())) {
				continue;
			}
			for (GraphQLFieldDefinition there : from.getFieldDefinitions()) {
				if (!(GraphQLTypeUtil.unwrapAll(there.getType()) instanceof GraphQLFieldsContainer to)) {
					continue;
				}
				for (GraphQLFieldDefinition back : to.getFieldDefinitions()) {
					if (GraphQLTypeUtil.unwrapAll(back.getType()).getName().equals(from.getName())) {
						queries.add(cycle(paths.get(from.getName()), there, back));
					}
				}
			}
		}
		return queries;
	}

	private static String cycle(String rootPath, GraphQLFieldDefinition there, GraphQLFieldDefinition back) {
		int depth = (int) rootPath.chars().filter((c) -> c == '{').count() - 1;
		StringBuilder open = new StringBuilder(rootPath);
		int levels = 0;
		boolean forth = true;
		while (depth + levels < MAX_DEPTH - 1) {
			GraphQLFieldDefinition step = forth ? there : back;
			open.append(step.getName()).append(requiredArguments(step)).append(" { ");
			levels++;
			forth = !forth;
		}
		open.append("__typename");
		return open + " }".repeat(levels) + " }".repeat(depth + 1);
	}

	/** For each type reachable from Query, the opening of the shortest selection that reaches it. */
	private static Map<String, String> rootPaths(GraphQLSchema schema) {
		Map<String, String> paths = new HashMap<>();
		Queue<GraphQLFieldsContainer> queue = new ArrayDeque<>();
		paths.put(schema.getQueryType().getName(), "{ ");
		queue.add(schema.getQueryType());
		while (!queue.isEmpty()) {
			GraphQLFieldsContainer type = queue.remove();
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				if (field.getName().startsWith("__") || requiredArguments(field) == null) {
					continue;
				}
				if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer next
						&& !paths.containsKey(next.getName())) {
					paths.put(next.getName(), paths.get(type.getName()) + field.getName() + requiredArguments(field) + " { ");
					queue.add(next);
				}
			}
		}
		return paths;
	}

	/** Values for the required arguments of a field, as GraphQL text. */
	static String requiredArguments(GraphQLFieldDefinition field) {
		List<String> arguments = new ArrayList<>();
		for (GraphQLArgument argument : field.getArguments()) {
			if (argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue()) {
				arguments.add(argument.getName() + ": " + sample(argument.getType()));
			}
		}
		return arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")";
	}

	private static String sample(GraphQLInputType type) {
		GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
		if (named instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		return switch (((GraphQLNamedType) named).getName()) {
			case "Int" -> "1";
			case "Float" -> "1.0";
			case "Boolean" -> "true";
			default -> "\"x\"";
		};
	}

	private record Target(String query) {
	}

	/** Every String or ID argument of a Query field, and every String or ID field of an input object argument. */
	private static List<Target> stringTargets(GraphQLSchema schema) {
		List<Target> targets = new ArrayList<>();
		for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
			if (field.getName().startsWith("__")) {
				continue;
			}
			String selection = (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLCompositeType) ? " { __typename }" : "";
			for (GraphQLArgument argument : field.getArguments()) {
				GraphQLType named = GraphQLTypeUtil.unwrapAll(argument.getType());
				String others = otherRequired(field, argument.getName());
				if (named instanceof GraphQLScalarType scalar && isText(scalar)) {
					targets.add(new Target("query($v: " + GraphQLTypeUtil.simplePrint(argument.getType()) + ") { "
							+ field.getName() + "(" + argument.getName() + ": $v" + others + ")" + selection + " }"));
				}
				else if (named instanceof GraphQLInputObjectType input && !(GraphQLTypeUtil.unwrapNonNull(argument.getType()) instanceof GraphQLList)) {
					for (GraphQLInputObjectField inner : input.getFieldDefinitions()) {
						if (GraphQLTypeUtil.unwrapAll(inner.getType()) instanceof GraphQLScalarType scalar && isText(scalar)
								&& !(GraphQLTypeUtil.unwrapNonNull(inner.getType()) instanceof GraphQLList)) {
							targets.add(new Target("query($v: " + GraphQLTypeUtil.simplePrint(inner.getType()) + ") { "
									+ field.getName() + "(" + argument.getName() + ": {" + inner.getName() + ": $v}" + others + ")"
									+ selection + " }"));
						}
					}
				}
			}
		}
		return targets;
	}

	private static String otherRequired(GraphQLFieldDefinition field, String except) {
		StringBuilder others = new StringBuilder();
		for (GraphQLArgument argument : field.getArguments()) {
			if (!argument.getName().equals(except) && argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue()) {
				others.append(", ").append(argument.getName()).append(": ").append(sample(argument.getType()));
			}
		}
		return others.toString();
	}

	private static boolean isText(GraphQLScalarType scalar) {
		return scalar.getName().equals("String") || scalar.getName().equals("ID");
	}

	private static boolean connection(GraphQLFieldDefinition field) {
		return GraphQLTypeUtil.unwrapAll(field.getType()).getName().endsWith("Connection");
	}

	// --- the graph's content

	private String contentHash() {
		List<String> lines = new ArrayList<>();
		this.driver.executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties")
			.execute()
			.records()
			.forEach((r) -> lines.add(r.get("labels").asList().stream().sorted().toList() + " "
					+ new java.util.TreeMap<>(r.get("properties").asMap())));
		this.driver.executableQuery("""
				MATCH (a)-[r]->(b)
				RETURN elementId(a) + ' ' + type(r) + ' ' + elementId(b) AS link, properties(r) AS properties
				""").execute().records().forEach((r) -> lines.add(r.get("link").asString() + " "
					+ new java.util.TreeMap<>(r.get("properties").asMap())));
		lines.sort(null);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			lines.forEach((line) -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
