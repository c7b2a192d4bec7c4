package nl.botoc.graph.system.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.ServletException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code POST /graphql} with the checks that must come before GraphQL sees a request: the content type must be
 * JSON (else 415), the body at most {@code botoc.graphql.max-body-size} (else 413) and a JSON object whose
 * {@code query} is a string, {@code variables} and {@code extensions} objects and {@code operationName} a string
 * (else 400, never 500: {@code null}, not JSON, NUL bytes, bad escapes). A costly request refused by the bulkhead
 * is answered with 503 and {@code Retry-After}. Replaces Boot's default handler of the same name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpEndpoint {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, RequestBounds bounds) {
		return new BoundedHandler(webGraphQlHandler, bounds);
	}

	/** Boot's route answers other content types with an empty 415; this one says why, as every error does. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlUnsupportedMediaType(@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route(RequestPredicates.POST(path).and((request) -> !isJson(request)),
				(request) -> BoundedHandler.refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
						"POST a JSON body with Content-Type: application/json"));
	}

	static boolean isJson(ServerRequest request) {
		MediaType type;
		try {
			type = request.headers().contentType().orElse(null);
		}
		catch (RuntimeException ex) {
			return false;
		}
		return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| type.getSubtype().equals("graphql-response+json"));
	}

	static final class BoundedHandler extends GraphQlHttpHandler {

		private final RequestBounds bounds;

		BoundedHandler(WebGraphQlHandler handler, RequestBounds bounds) {
			super(handler);
			this.bounds = bounds;
		}

		@Override
		public ServerResponse handleRequest(ServerRequest request) throws ServletException {
			if (!isJson(request)) {
				return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
						"POST a JSON body with Content-Type: application/json");
			}
			long max = this.bounds.maxBodySize().toBytes();
			long declared = request.servletRequest().getContentLengthLong();
			if (declared > max) {
				return tooLarge();
			}
			byte[] body;
			try (InputStream in = request.servletRequest().getInputStream()) {
				body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			}
			catch (IOException ex) {
				return refuse(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "The request body could not be read");
			}
			if (body.length > max) {
				return tooLarge();
			}
			String problem = problemOf(body);
			if (problem != null) {
				return refuse(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", problem);
			}
			return super.handleRequest(ServerRequest.from(request).body(body).build());
		}

		@Override
		protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
			CompletableFuture<ServerResponse> future = responseMono.map((response) -> {
				long retryAfter = busyFor(response);
				if (retryAfter > 0) {
					return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
						.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
						.contentType(MediaType.APPLICATION_JSON)
						.body(response.toMap());
				}
				HttpStatus refused = accessRefusal(response);
				if (refused != null) {
					// A mutation refused by the access guard (system/security): 401 or 403, as for the export.
					return ServerResponse.status(refused)
						.headers((headers) -> headers.putAll(response.getResponseHeaders()))
						.contentType(MediaType.APPLICATION_JSON)
						.body(response.toMap());
				}
				return super.prepareResponse(request, Mono.just(response));
			}).toFuture();
			return ServerResponse.async(future);
		}

		private ServerResponse tooLarge() {
			return refuse(HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE", "The request body is larger than "
					+ this.bounds.maxBodySize() + " (botoc.graphql.max-body-size)");
		}

		/** Seconds a refused costly request should wait (the error's {@code retryAfterSeconds}), or 0 if not refused. */
		private long busyFor(WebGraphQlResponse response) {
			return response.getErrors()
				.stream()
				.filter((error) -> RequestCostInstrumentation.SERVICE_BUSY.equals(error.getExtensions().get("code")))
				.mapToLong((error) -> (error.getExtensions().get("retryAfterSeconds") instanceof Number n)
						? Math.max(1, n.longValue()) : Math.max(1, this.bounds.retryAfter().toSeconds()))
				.max()
				.orElse(0);
		}

		private static HttpStatus accessRefusal(WebGraphQlResponse response) {
			if (response.getExecutionResult().isDataPresent() || response.getErrors().size() != 1) {
				return null;
			}
			Object code = response.getErrors().get(0).getExtensions().get("code");
			return "UNAUTHORIZED".equals(code) ? HttpStatus.UNAUTHORIZED
					: "FORBIDDEN".equals(code) ? HttpStatus.FORBIDDEN : null;
		}

		/** What is wrong with the body as a GraphQL-over-HTTP request, or null. */
		private static String problemOf(byte[] body) {
			JsonNode json;
			try {
				json = JSON.readTree(body);
			}
			catch (JacksonException ex) {
				return "The request body is not valid JSON (bad escape, control character or syntax)";
			}
			if (json == null || !json.isObject()) {
				return "The request body must be a JSON object with a `query`";
			}
			JsonNode query = json.get("query");
			if (query == null || !query.isString()) {
				return "The request body has no `query` string";
			}
			for (String name : List.of("variables", "extensions")) {
				JsonNode value = json.get(name);
				if (value != null && !value.isNull() && !value.isObject()) {
					return "`" + name + "` must be a JSON object";
				}
			}
			JsonNode operation = json.get("operationName");
			if (operation != null && !operation.isNull() && !operation.isString()) {
				return "`operationName` must be a string";
			}
			return null;
		}

		static ServerResponse refuse(HttpStatus status, String code, String message) {
			Map<String, Object> error = Map.of("message", message, "extensions",
					Map.of("classification", "BAD_REQUEST", "code", code));
			return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("errors", List.of(error)));
		}

	}

}
