package nl.botoc.graph.analysis;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Reports a claim the audit cannot compute with its own message (which claim, which metric or scope), ahead of
 * the application's general resolver, which would hide it behind a generic internal error. The message names seed
 * data only, never Cypher. Every other exception is left to the general resolver.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnalysisErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof ReportAuditException) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(ex.getMessage())
				.extensions(Map.of("code", "AUDIT_CANNOT_COMPUTE_CLAIM", "requestId", env.getExecutionId().toString()))
				.build();
		}
		return null;
	}

}
