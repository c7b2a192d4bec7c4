package nl.botoc.graph.system.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ResultNodesInfo;
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
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import nl.botoc.graph.system.GraphReadiness;

/**
 * Wires {@link GraphQlLimits} into graphql-java. Parser limits stop a huge document while it is read; depth and
 * complexity are checked after validation and before the first data fetcher, so a rejected query never reaches
 * the database; the request timeout ends the request with an error and cancels the execution, while
 * {@link GraphReads} gives each database transaction the same timeout. {@link RequestBounds} adds the checks on
 * variables, fragment fan-out and the size of the answer.
 * <p>
 * Introspection (GraphiQL's schema query nests {@code ofType} about ten levels deep) is exempt from depth and
 * complexity; graphql-java's own introspection limits guard it.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimitsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphQlLimitsConfiguration.class);

	/**
	 * Where requests execute: as bounded as Reactor's boundedElastic (10 threads per core, 100,000 queued), but a
	 * request that times out is not stopped by interrupting its thread (boundedElastic cancels its task with an
	 * interrupt). Statements run in-process on the embedded database, where an interrupt would land in Cypher, the
	 * page cache or Lucene; the request's transaction is terminated by the database instead
	 * ({@link RequestTransactions}), and graphql-java is told to stop fetching.
	 */
	private static final Scheduler EXECUTION = executionScheduler();

	private static Scheduler executionScheduler() {
		int threads = 10 * Runtime.getRuntime().availableProcessors();
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(100_000), (task) -> {
					Thread thread = new Thread(task, "graphql-exec-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		// An Executor (not an ExecutorService): Reactor then has no Future to cancel, so nothing interrupts.
		Executor executor = pool::execute;
		return Schedulers.fromExecutor(executor);
	}

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
				return limitError("QUERY_TOO_DEEP", "Query is " + depth + " levels deep; at most " + maxDepth
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
				return limitError("QUERY_TOO_COMPLEX", "Query selects " + complexity + " fields (aliases and fragments"
						+ " counted); at most " + maxComplexity + " are allowed (botoc.graphql.max-complexity)");
			}
		};
	}

	/** Refuses a fragment fan-out before graphql-java validates (and so expands) it. */
	@Bean
	GraphQlSourceBuilderCustomizer expandedSizeGuard(RequestBounds bounds) {
		return (builder) -> builder.configureGraphQl(
				(graphQl) -> graphQl.preparsedDocumentProvider(new ExpandedSizeGuard(bounds.maxExpandedFields())));
	}

	/**
	 * Applied to every request: its variables are checked against {@link RequestBounds} before anything is parsed,
	 * parser limits stop a huge document while it is read, graphql-java stops building an answer past
	 * {@code max-result-nodes}, and an answer that grew past {@code max-result-nodes} or {@code max-result-size} is
	 * replaced by one error (never half an answer). The request timeout ends the request with an error and cancels
	 * the execution. A query the parser cannot read, even one that trips graphql-java itself (such as
	 * a Unicode escape beyond U+10FFFF), is an {@code InvalidSyntax} error.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebGraphQlInterceptor limitsInterceptor(GraphQlLimits limits, RequestBounds bounds, GraphReadiness readiness) {
		ParserOptions parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters()));
		InputBounds inputs = new InputBounds(bounds);
		return (WebGraphQlRequest request, WebGraphQlInterceptor.Chain chain) -> {
			try {
				inputs.checkVariables(request.getVariables());
			}
			catch (BadArgumentException ex) {
				return Mono.just(errorResponse(request, "BAD_REQUEST", ex.code(), ex.getMessage()));
			}
			if (!readiness.isReady()) {
				return Mono.just(errorResponse(request, "INTERNAL_ERROR", "DATABASE_UNAVAILABLE",
						"The graph database is not available yet; try again later (request " + request.getId() + ")"));
			}
			AtomicReference<ExecutionInput> started = new AtomicReference<>();
			request.configureExecutionInput((input, builder) -> {
				ExecutionInput limited = builder
					.graphQLContext((context) -> context.put(ParserOptions.class, parserOptions)
						.put(ResultNodesInfo.MAX_RESULT_NODES, bounds.maxResultNodes()))
					.build();
				started.set(limited);
				return limited;
			});
			// Executed off the servlet thread, so that the timeout can answer while a data fetcher still blocks.
			return Mono.defer(() -> chain.next(request))
				.subscribeOn(EXECUTION)
				.timeout(limits.requestTimeout())
				.map((response) -> capped(request, response, started.get(), bounds))
				.onErrorResume(TimeoutException.class, (ex) -> {
					ExecutionInput input = started.get();
					if (input != null) {
						input.cancel();
					}
					log.warn("GraphQL request {} timed out after {}", request.getId(), limits.requestTimeout());
					return Mono.just(errorResponse(request, "REQUEST_TIMEOUT", "REQUEST_TIMEOUT", "The request took longer than "
							+ limits.requestTimeout() + " (botoc.graphql.request-timeout)"));
				})
				.onErrorResume(GraphQlLimitsConfiguration::fromTheParser, (ex) -> {
					log.info("GraphQL request {}: the parser gave up on the document ({})", request.getId(),
							ex.getClass().getSimpleName());
					return Mono.just(errorResponse(request, "InvalidSyntax", "INVALID_SYNTAX",
							"The query document could not be parsed (an invalid escape or character)"));
				});
		};
	}

	/** The answer, unless it grew past the result caps: then one {@code RESULT_TOO_LARGE} error instead. */
	private static WebGraphQlResponse capped(WebGraphQlRequest request, WebGraphQlResponse response, ExecutionInput input,
			RequestBounds bounds) {
		ResultNodesInfo nodes = (input != null) ? input.getGraphQLContext().get(ResultNodesInfo.RESULT_NODES_INFO) : null;
		if (nodes != null && nodes.isMaxResultNodesExceeded()) {
			log.warn("GraphQL request {} stopped at {} result nodes (max-result-nodes)", request.getId(),
					nodes.getResultNodesCount());
			return errorResponse(request, "BAD_REQUEST", "RESULT_TOO_LARGE", "The answer would hold more than "
					+ bounds.maxResultNodes() + " fields (botoc.graphql.max-result-nodes); ask for less");
		}
		long max = bounds.maxResultSize().toBytes();
		if (response.getExecutionResult().isDataPresent() && JsonSize.exceeds(response.getExecutionResult().getData(), max)) {
			log.warn("GraphQL request {}: answer larger than {} bytes (max-result-size)", request.getId(), max);
			return errorResponse(request, "BAD_REQUEST", "RESULT_TOO_LARGE", "The answer would be larger than "
					+ bounds.maxResultSize() + " (botoc.graphql.max-result-size); ask for less");
		}
		Object cost = (input != null) ? input.getGraphQLContext().get(RequestCostInstrumentation.COST) : null;
		if (cost == null) {
			return response;
		}
		// What the request was estimated to cost, so that a client can see how close it is to the limit.
		Map<Object, Object> extensions = new java.util.LinkedHashMap<>(
				(response.getExtensions() != null) ? response.getExtensions() : Map.of());
		extensions.put("cost", Map.of("estimated", cost, "limit", bounds.maxCost()));
		return response.transform((builder) -> builder.extensions(extensions));
	}

	private static boolean fromTheParser(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof graphql.parser.exceptions.ParseCancelledException
					|| t instanceof graphql.parser.InvalidSyntaxException) {
				return true;
			}
			for (StackTraceElement frame : t.getStackTrace()) {
				if (frame.getClassName().startsWith("graphql.parser.")) {
					return true;
				}
			}
		}
		return false;
	}

	/** A response with one error and no data. */
	static WebGraphQlResponse errorResponse(WebGraphQlRequest request, String classification, String code, String message) {
		var error = GraphqlErrorBuilder.newError()
			.message(message)
			.extensions(Map.of("classification", classification, "code", code, "requestId", request.getId()))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	/** A refusal before execution, with a code like every other error of the API. */
	private static AbortExecutionException limitError(String code, String message) {
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("code", code))
			.build()));
	}

	private static boolean onlyIntrospection(InstrumentationExecuteOperationParameters parameters) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

}
