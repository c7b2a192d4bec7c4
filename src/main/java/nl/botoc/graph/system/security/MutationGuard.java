package nl.botoc.graph.system.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Every GraphQL {@code mutation} needs the authority {@code CURATOR}, whatever its fields: the guard looks at the
 * operation before graphql-java validates or runs it, so an anonymous caller gets {@code UNAUTHORIZED} and a reader
 * {@code FORBIDDEN} without the database being asked anything (not even to say that a field does not exist).
 * <p>
 * A document that does not contain the word {@code mutation} cannot hold a mutation (keywords cannot be escaped), so
 * reads are not parsed twice. Where the operation to run is ambiguous (several operations, no or an unknown
 * {@code operationName}), any mutation in the document counts; graphql-java refuses such a request anyway.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MutationGuard implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(MutationGuard.class);

	private static final ParserOptions PARSER = ParserOptions.getDefaultOperationParserOptions()
		.transform((options) -> options.maxTokens(20_000).captureSourceLocation(false).captureLineComments(false));

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!isMutation(request.getDocument(), request.getOperationName())) {
			return chain.next(request);
		}
		Authentication caller = (Authentication) request.getAttributes().get(Authorities.CALLER_ATTRIBUTE);
		if (Authorities.has(caller, Authorities.CURATOR)) {
			return chain.next(request);
		}
		boolean anonymous = !Authorities.isAuthenticated(caller);
		log.info("GraphQL request {}: mutation refused ({})", request.getId(),
				anonymous ? "no credential" : "caller " + caller.getName() + " is no curator");
		return Mono.just(anonymous
				? refusal(request, ErrorType.UNAUTHORIZED, AccessErrors.UNAUTHORIZED,
						"Mutations need a curator credential: Authorization: Bearer <token with scope curator> or"
								+ " X-API-Key: <curator key>")
				: refusal(request, ErrorType.FORBIDDEN, AccessErrors.FORBIDDEN,
						"Mutations need the curator role; this credential may only read"));
	}

	/** Whether the operation this request runs is (or, when that is ambiguous, may be) a mutation. */
	static boolean isMutation(String document, String operationName) {
		if (document == null || !document.contains("mutation")) {
			return false;
		}
		Document parsed;
		try {
			parsed = new Parser().parseDocument(
					ParserEnvironment.newParserEnvironment().document(document).parserOptions(PARSER).build());
		}
		catch (RuntimeException ex) {
			// graphql-java reports the syntax error; nothing runs.
			return false;
		}
		List<OperationDefinition> operations = new ArrayList<>();
		parsed.getDefinitions().forEach((d) -> {
			if (d instanceof OperationDefinition operation) {
				operations.add(operation);
			}
		});
		List<OperationDefinition> selected = operations.stream()
			.filter((o) -> operationName != null && operationName.equals(o.getName()))
			.toList();
		if (selected.isEmpty() && operations.size() == 1 && (operationName == null || operationName.isEmpty())) {
			selected = operations;
		}
		if (selected.isEmpty()) {
			selected = operations;
		}
		return selected.stream().anyMatch((o) -> o.getOperation() != OperationDefinition.Operation.QUERY);
	}

	private static WebGraphQlResponse refusal(WebGraphQlRequest request, ErrorType type, String code, String message) {
		var error = GraphqlErrorBuilder.newError()
			.errorType(type)
			.message(message)
			.extensions(Map.of("classification", type.name(), "code", code, "requestId", request.getId()))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		WebGraphQlResponse response = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		if (type == ErrorType.UNAUTHORIZED) {
			response.getResponseHeaders().set("WWW-Authenticate", "Bearer");
		}
		return response;
	}

}
