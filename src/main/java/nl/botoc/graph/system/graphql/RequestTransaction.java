package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one read transaction of a GraphQL request. Opened by the first statement the request runs, so a request that
 * is refused before execution opens none; every later statement of the request runs in it, one after another (a
 * Bolt transaction is not shared between threads), so the request reads one consistent snapshot and a cluster
 * routes it to one reader. Its database timeout is what is left of the request's deadline, so the database stops a
 * statement the web layer has given up on; {@link #cancel} stops it at once when the request ends early.
 */
public final class RequestTransaction {

	/** Metadata key under which the request id is attached, so that the transaction can be found and terminated. */
	public static final String REQUEST_METADATA = "botocRequest";

	private static final Logger log = LoggerFactory.getLogger(RequestTransaction.class);

	private static final ThreadLocal<RequestTransaction> CURRENT = new ThreadLocal<>();

	private final Driver driver;

	private final String requestId;

	private final Instant deadline;

	private final boolean recordStatements;

	private final ReentrantLock lock = new ReentrantLock();

	private final List<String> statements = new ArrayList<>();

	private @Nullable Session session;

	private @Nullable Transaction transaction;

	private volatile boolean ended;

	RequestTransaction(Driver driver, String requestId, Instant deadline, boolean recordStatements) {
		this.driver = driver;
		this.requestId = requestId;
		this.deadline = deadline;
		this.recordStatements = recordStatements;
	}

	/** The request transaction bound to this thread while a data fetcher runs, if any. */
	static @Nullable RequestTransaction current() {
		return CURRENT.get();
	}

	/** Binds {@code transaction} to this thread (null unbinds) and returns what was bound before. */
	static @Nullable RequestTransaction bind(@Nullable RequestTransaction transaction) {
		RequestTransaction previous = CURRENT.get();
		if (transaction == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(transaction);
		}
		return previous;
	}

	/** Runs one statement in the request's transaction and maps every record. */
	public <T> List<T> run(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		this.lock.lock();
		try {
			if (this.ended) {
				throw new RequestEndedException();
			}
			Transaction tx = open();
			if (this.recordStatements) {
				this.statements.add(cypher.strip());
			}
			try {
				return tx.run(cypher, parameters).list(mapper::apply);
			}
			catch (RuntimeException ex) {
				// A failed statement leaves its Bolt transaction unusable (and a terminated one listed until it
				// is rolled back): end it now; a later statement of a request still running opens a new one.
				closeQuietly();
				throw ex;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Statements run so far (only recorded when the request asked for them). */
	List<String> statements() {
		this.lock.lock();
		try {
			return List.copyOf(this.statements);
		}
		finally {
			this.lock.unlock();
		}
	}

	String requestId() {
		return this.requestId;
	}

	/** Ends the transaction after the request has answered: nothing was written, so it is rolled back. */
	void finish() {
		this.ended = true;
		this.lock.lock();
		try {
			closeQuietly();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Ends the request's database work now (timeout, client gone): no further statement starts, and a running one
	 * is terminated by the database. Returns true when a statement was running and had to be terminated.
	 */
	boolean cancel(Terminator terminator) {
		this.ended = true;
		if (this.lock.tryLock()) {
			try {
				closeQuietly();
				return false;
			}
			finally {
				this.lock.unlock();
			}
		}
		// A statement is running on another thread; the driver's objects are not thread-safe, so ask the database.
		terminator.terminate(this.requestId);
		return true;
	}

	private Transaction open() {
		if (this.transaction == null) {
			Duration left = Duration.between(Instant.now(), this.deadline);
			if (left.isNegative() || left.isZero()) {
				throw new RequestEndedException();
			}
			this.session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
			try {
				this.transaction = this.session.beginTransaction(TransactionConfig.builder()
					.withTimeout(left)
					.withMetadata(Map.of(REQUEST_METADATA, this.requestId, "app", "botoc-graph"))
					.build());
			}
			catch (RuntimeException ex) {
				closeQuietly();
				throw ex;
			}
		}
		return this.transaction;
	}

	private void closeQuietly() {
		try {
			if (this.transaction != null) {
				this.transaction.close();
			}
		}
		catch (RuntimeException ex) {
			log.debug("Request {}: closing its read transaction failed", this.requestId, ex);
		}
		try {
			if (this.session != null) {
				this.session.close();
			}
		}
		catch (RuntimeException ex) {
			log.debug("Request {}: closing its session failed", this.requestId, ex);
		}
		this.transaction = null;
		this.session = null;
	}

	/** Terminates the database transaction of a request, found by its metadata. */
	@FunctionalInterface
	interface Terminator {

		void terminate(String requestId);

	}

	/** The request has ended (timed out, cancelled or answered): it starts no further database work. */
	public static final class RequestEndedException extends RuntimeException {

		RequestEndedException() {
			super("The request has ended; its database work was stopped", null, false, false);
		}

	}

}
