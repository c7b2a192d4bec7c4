package nl.botoc.graph.curation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import nl.botoc.graph.support.GraphQlHttp;

/** Sends GraphQL requests as a curator would: with the test configuration's curator API key. */
final class CuratorClient {

	static final String CURATOR_KEY = "test-curator-key";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GraphQlHttp http;

	private final int port;

	CuratorClient(int port) {
		this.port = port;
		this.http = new GraphQlHttp(port);
	}

	GraphQlHttp.Reply send(String document, Map<String, Object> variables) {
		GraphQlHttp.Reply reply = sendAsIs(document, variables);
		if (!reply.body().contains("\"data\"")) {
			throw new AssertionError("No data in the answer to " + document + ": " + reply.status() + " " + reply.body());
		}
		return reply;
	}

	GraphQlHttp.Reply sendAsIs(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.header("X-API-Key", CURATOR_KEY)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

	GraphQlHttp.Reply send(String document) {
		return send(document, Map.of());
	}

	/** One mutation field called with {@code $input}, selecting the common payload fields. */
	GraphQlHttp.Reply mutate(String field, String inputType, Map<String, Object> input, String selection) {
		return send("mutation($input: %s!) { %s(input: $input) { version replayed change { seq actor mutation } errors { code field message currentVersion } %s } }"
			.formatted(inputType, field, selection), Map.of("input", input));
	}

}
