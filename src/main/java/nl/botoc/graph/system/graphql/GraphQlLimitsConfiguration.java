package nl.botoc.graph.system.graphql;

import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Wires {@link GraphQlLimits} into graphql-java. Parser limits stop a huge document while it is read; depth and
 * complexity are checked after validation and before the first data fetcher, so a rejected query never reaches
 * the database; the request timeout ends the request with an error and cancels the execution, while
 * {@link GraphReads} gives each database transaction the same timeout.
 * <p>
 * Introspection (GraphiQL's schema query nests {@code ofType} about ten levels deep) is exempt from depth and
 * complexity; graphql-java's own introspection limits guard it.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimitsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphQlLimitsConfiguration.class);

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(GraphQlLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return onlyIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return new AbortExecutionException("Query is " + depth + " levels deep; at most " + maxDepth
						+ " are allowed (botoc.graphql.max-depth)");
			}
		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(GraphQlLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return onlyIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return new AbortExecutionException("Query selects " + complexity + " fields (aliases and fragments"
						+ " counted); at most " + maxComplexity + " are allowed (botoc.graphql.max-complexity)");
			}
		};
	}

	/** Parser limits and the request timeout, applied to every request before it is parsed. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebGraphQlInterceptor limitsInterceptor(GraphQlLimits limits) {
		ParserOptions parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters()));
		return (WebGraphQlRequest request, WebGraphQlInterceptor.Chain chain) -> {
			AtomicReference<ExecutionInput> started = new AtomicReference<>();
			request.configureExecutionInput((input, builder) -> {
				ExecutionInput limited = builder
					.graphQLContext((context) -> context.put(ParserOptions.class, parserOptions))
					.build();
				started.set(limited);
				return limited;
			});
			// Executed off the servlet thread, so that the timeout can answer while a data fetcher still blocks.
			return chain.next(request)
				.subscribeOn(Schedulers.boundedElastic())
				.timeout(limits.requestTimeout())
				.onErrorResume(TimeoutException.class, (ex) -> {
					ExecutionInput input = started.get();
					if (input != null) {
						input.cancel();
					}
					log.warn("GraphQL request {} timed out after {}", request.getId(), limits.requestTimeout());
					return Mono.just(timedOut(request, limits));
				});
		};
	}

	private static WebGraphQlResponse timedOut(WebGraphQlRequest request, GraphQlLimits limits) {
		var error = GraphqlErrorBuilder.newError()
			.message("The request took longer than " + limits.requestTimeout() + " (botoc.graphql.request-timeout)")
			.extensions(Map.of("classification", "REQUEST_TIMEOUT", "code", "REQUEST_TIMEOUT", "requestId",
					request.getId()))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private static boolean onlyIntrospection(InstrumentationExecuteOperationParameters parameters) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

}
