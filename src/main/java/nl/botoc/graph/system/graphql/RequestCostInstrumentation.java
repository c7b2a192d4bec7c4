package nl.botoc.graph.system.graphql;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Runs after validation and before the first data fetcher: checks every argument ({@link InputBounds}),
 * estimates the cost ({@link QueryCost}) against {@code botoc.graphql.max-cost}, and lets a costly request run only
 * with a bulkhead slot ({@link CostlyRequests}). A refused request never reaches the database. The estimate is kept
 * in the GraphQL context under {@link #COST} for the log and for tests.
 */
@Component
class RequestCostInstrumentation extends SimplePerformantInstrumentation {

	private static final Logger log = LoggerFactory.getLogger(RequestCostInstrumentation.class);

	/** GraphQL context key of the estimated cost (a {@code Long}). */
	static final String COST = "botoc.estimatedCost";

	/** Error code of a refused costly request; the HTTP layer answers it with 503 and {@code Retry-After}. */
	static final String SERVICE_BUSY = "SERVICE_BUSY";

	private final QueryCost cost;

	private final CostlyRequests costly;

	private final RequestBounds bounds;

	RequestCostInstrumentation(ListBounds listBounds, CostlyRequests costly, RequestBounds bounds) {
		this.cost = new QueryCost(listBounds, new InputBounds(bounds));
		this.costly = costly;
		this.bounds = bounds;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		if (onlyIntrospection(context)) {
			return SimpleInstrumentationContext.noOp();
		}
		long estimate;
		try {
			estimate = this.cost.estimate(context.getGraphQLSchema(), context.getDocument(),
					context.getOperationDefinition().getName(), context.getCoercedVariables());
		}
		catch (BadArgumentException ex) {
			throw abort(ErrorType.BAD_REQUEST, ex.code(), ex.getMessage(), Map.of());
		}
		context.getGraphQLContext().put(COST, estimate);
		if (estimate > this.bounds.maxCost()) {
			throw abort(ErrorType.BAD_REQUEST, "QUERY_TOO_COSTLY",
					"Query may return about " + display(estimate) + " objects (lists counted with `first` or their"
							+ " largest size in the graph, aliases and fragments included); at most "
							+ this.bounds.maxCost() + " are allowed (botoc.graphql.max-cost). Ask for fewer items"
							+ " (`first`), fewer nested lists or fewer aliases.",
					Map.of("estimatedCost", estimate, "maxCost", this.bounds.maxCost()));
		}
		if (!this.costly.isCostly(estimate)) {
			CostlyRequests.Cheap cheap = this.costly.enterCheap();
			return SimpleInstrumentationContext.whenCompleted((result, failure) -> cheap.release());
		}
		CostlyRequests.Slot slot = this.costly.tryEnter();
		if (slot == null) {
			log.info("Costly request (estimated cost {}) refused: all {} slots busy", estimate,
					this.bounds.maxConcurrentCostly());
			throw abort(ErrorClassification.errorClassification(SERVICE_BUSY), SERVICE_BUSY,
					"The service is busy with other costly requests (estimated cost of this one: " + estimate
							+ "); retry after " + this.bounds.retryAfter().toSeconds() + " s, or ask for less",
					Map.of("estimatedCost", estimate, "retryAfterSeconds", this.bounds.retryAfter().toSeconds()));
		}
		long wait = this.costly.admit(estimate);
		if (wait > 0) {
			slot.release();
			long retryAfter = Math.max(wait, this.bounds.retryAfter().toSeconds());
			log.info("Costly request (estimated cost {}) refused: the budget of costly work is spent for {} s", estimate,
					wait);
			throw abort(ErrorClassification.errorClassification(SERVICE_BUSY), SERVICE_BUSY,
					"The service is busy and has spent its budget for costly requests (estimated cost of this one: " + estimate
							+ ", botoc.graphql.costly-cost-per-second " + this.bounds.costlyCostPerSecond()
							+ "); retry after " + retryAfter + " s, or ask for less",
					Map.of("estimatedCost", estimate, "retryAfterSeconds", retryAfter));
		}
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> slot.release());
	}

	private static String display(long estimate) {
		return (estimate == Long.MAX_VALUE) ? "more than " + Long.MAX_VALUE : Long.toString(estimate);
	}

	private static AbortExecutionException abort(ErrorClassification classification, String code, String message,
			Map<String, Object> extra) {
		Map<String, Object> extensions = new java.util.LinkedHashMap<>(extra);
		extensions.put("code", code);
		GraphQLError error = GraphqlErrorBuilder.newError().errorType(classification).message(message)
			.extensions(extensions).build();
		return new AbortExecutionException(List.of(error));
	}

	private static boolean onlyIntrospection(ExecutionContext context) {
		return context.getOperationDefinition()
			.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

}
