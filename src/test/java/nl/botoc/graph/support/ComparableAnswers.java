package nl.botoc.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For tests that compare two ways of answering the same request byte for byte (the walk against field-by-field
 * completion, in-process reads against the driver): the queries to compare on, and an answer as comparable text.
 */
public final class ComparableAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ComparableAnswers() {
	}

	/** Every pinned query ({@code cypher-pins/}) and every GraphiQL example, in file-name order. */
	public static List<String> pinnedAndExampleQueries() {
		List<String> queries = new ArrayList<>();
		for (Path folder : List.of(Path.of("src/test/resources/cypher-pins"), Path.of("src/main/resources/graphql-examples"))) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".graphql")).sorted().toList()) {
					queries.add(Files.readString(file, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return queries;
	}

	/**
	 * The status, {@code data} and {@code errors} of the answer to {@code query} posted with {@code extensions}, as
	 * JSON text with the key order kept and the request id blanked (each request has its own).
	 */
	public static String answer(GraphQlHttp http, String query, Map<String, Object> variables,
			Map<String, Object> extensions) {
		GraphQlHttp.Reply reply = http.query(query, variables, extensions);
		JsonNode json = JSON.readTree(reply.body());
		Map<String, Object> kept = new LinkedHashMap<>();
		kept.put("status", reply.status());
		kept.put("data", json.get("data"));
		kept.put("errors", json.get("errors"));
		return JSON.writeValueAsString(kept).replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"…\"");
	}

}
