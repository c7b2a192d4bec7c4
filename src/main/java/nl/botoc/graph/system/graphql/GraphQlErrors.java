package nl.botoc.graph.system.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns exceptions from data fetchers into GraphQL errors a client can act on, each with a {@code code} and the
 * {@code requestId} under which the server logged it: bad arguments ({@code BAD_REQUEST}), an unreachable
 * database ({@code DATABASE_UNAVAILABLE}), a statement stopped by its transaction timeout
 * ({@code REQUEST_TIMEOUT}), anything else ({@code INTERNAL_ERROR}). Messages never carry stack traces, Cypher or
 * driver text; those go to the log only.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		String requestId = env.getExecutionId().toString();
		if (ex instanceof BadArgumentException bad) {
			return error(env, ErrorType.BAD_REQUEST, bad.code(), bad.getMessage(), requestId);
		}
		if (ex instanceof RequestTransaction.RequestEndedException) {
			// The request timed out or was abandoned; the interceptor logged it once, so no line per field here.
			return error(env, ErrorType.INTERNAL_ERROR, "REQUEST_TIMEOUT",
					"The request ended before this field was read (request " + requestId + ")", requestId);
		}
		if (isDatabaseUnavailable(ex)) {
			log.error("Request {}: database unavailable at {}", requestId, env.getExecutionStepInfo().getPath(), ex);
			return error(env, ErrorType.INTERNAL_ERROR, "DATABASE_UNAVAILABLE",
					"The graph database is not available; try again later (request " + requestId + ")", requestId);
		}
		if (isTimeout(ex)) {
			log.warn("Request {}: database transaction timed out or was terminated at {}", requestId,
					env.getExecutionStepInfo().getPath());
			return error(env, ErrorType.INTERNAL_ERROR, "REQUEST_TIMEOUT",
					"The database took longer than the request timeout (request " + requestId + ")", requestId);
		}
		log.error("Request {}: internal error at {}", requestId, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "INTERNAL_ERROR",
				"Internal error; quote request " + requestId + " when reporting it", requestId);
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String code, String message,
			String requestId) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("code", code, "requestId", requestId))
			.build();
	}

	private static boolean isDatabaseUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTimeout(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().contains("TransactionTimedOut") || neo4j.code().contains("Terminated"))) {
				return true;
			}
		}
		return false;
	}

}
