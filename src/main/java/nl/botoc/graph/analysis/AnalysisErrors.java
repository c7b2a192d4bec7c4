package nl.botoc.graph.analysis;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the analysis package's own exceptions into GraphQL errors with a code and a message an analyst can act on.
 * Every other exception is left to the application's general error handling.
 */
@Component
class AnalysisErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidAnalysisArgumentException) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(ex.getMessage())
				.extensions(Map.of("code", "INVALID_ARGUMENT"))
				.build();
		}
		if (ex instanceof ReportAuditException) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(ex.getMessage())
				.extensions(Map.of("code", "AUDIT_CANNOT_COMPUTE_CLAIM"))
				.build();
		}
		return null;
	}

}
