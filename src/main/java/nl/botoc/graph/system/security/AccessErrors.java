package nl.botoc.graph.system.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Refusals written by the security filters, in the shape of every other error of the API: a GraphQL-style
 * {@code errors} list whose entry has {@code extensions.code} ({@code UNAUTHORIZED} or {@code FORBIDDEN}), so a client
 * handles a refused token the same way whether it asked {@code /graphql} or {@code /export}.
 */
final class AccessErrors {

	static final String UNAUTHORIZED = "UNAUTHORIZED";

	static final String FORBIDDEN = "FORBIDDEN";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AccessErrors() {
	}

	static void write(HttpServletResponse response, HttpStatus status, String code, String message) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(status.value());
		if (status == HttpStatus.UNAUTHORIZED && !response.containsHeader("WWW-Authenticate")) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		Map<String, Object> error = Map.of("message", message, "extensions", Map.of("classification", code, "code", code));
		JSON.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
	}

}
