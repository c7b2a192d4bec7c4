package nl.botoc.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running service over real HTTP, as a front-end would: POST JSON to /graphql. Returns the status,
 * the content type and the body as a JsonPath document.
 */
public class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	public GraphQlHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Runs a query with variables, accepting {@code application/graphql-response+json}. */
	public Reply query(String query, Map<String, Object> variables) {
		return query(query, variables, Map.of());
	}

	/** Runs a query with variables and request extensions (such as {@code {"botoc": {"cypher": true}}}). */
	public Reply query(String query, Map<String, Object> variables, Map<String, Object> extensions) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		if (!extensions.isEmpty()) {
			body.put("extensions", extensions);
		}
		return send("POST", "/graphql", JSON.writeValueAsString(body), "application/json",
				"application/graphql-response+json");
	}

	/** Runs a query without variables. */
	public Reply query(String query) {
		return query(query, Map.of());
	}

	/** Sends any request, for the protocol tests. */
	public Reply send(String method, String path, String body, String contentType, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		return send(request.build());
	}

	/** Sends a prepared request. */
	public Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create(this.base + path);
	}

	/** An HTTP response. */
	public record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {

		public DocumentContext json() {
			return JsonPath.parse(this.body);
		}

		public <T> T read(String path) {
			return json().read(path);
		}

		/** The {@code errors} of a GraphQL response; empty when there are none. */
		public List<Map<String, Object>> errors() {
			List<Map<String, Object>> errors = JsonPath
				.using(Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS))
				.parse(this.body)
				.read("$.errors");
			return (errors != null) ? errors : List.of();
		}

	}

}
