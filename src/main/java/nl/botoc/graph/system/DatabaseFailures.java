package nl.botoc.graph.system;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that is not there (unreachable, starting, shutting down, gone mid-statement) from every other
 * failure, whichever layer wrapped it: the driver, Spring's translation, Neo4j-Migrations. The API answers the first
 * kind with {@code DATABASE_UNAVAILABLE}; start-up waits for the database instead of failing.
 */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/** Whether this failure, or any of its causes, says the database is not available. */
	public static boolean isUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof TransientDataAccessResourceException || t instanceof java.net.ConnectException) {
				return true;
			}
			if (t instanceof TransientException transient_ && !isTimeoutCode(transient_.code())) {
				return true;
			}
			if (t instanceof Neo4jException neo4j && neo4j.code() != null && unavailableCode(neo4j.code())) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/** Whether this failure is a statement stopped by its transaction timeout or terminated. */
	public static boolean isTimeout(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && isTimeoutCode(neo4j.code())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTimeoutCode(String code) {
		return code != null && (code.contains("TransactionTimedOut") || code.contains("Terminated"));
	}

	private static boolean unavailableCode(String code) {
		return code.contains("DatabaseUnavailable") || code.contains("DatabaseNotFound")
				|| code.contains("DatabaseShutdown") || code.contains("Database.Unavailable")
				|| code.startsWith("Neo.TransientError.General");
	}

}
