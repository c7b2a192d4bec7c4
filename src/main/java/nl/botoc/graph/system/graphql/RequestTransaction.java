package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import nl.botoc.graph.system.graphql.ReadTransport.ReadConnection;

/**
 * The one read transaction of a GraphQL request. Opened by the first statement the request runs, so a request that
 * is refused before execution opens none; every later statement of the request runs in it, one after another (a
 * Bolt transaction is not shared between threads), so the request reads one consistent snapshot and a cluster
 * routes it to one reader. Its database timeout is what is left of the request's deadline, so the database stops a
 * statement the web layer has given up on; {@link #cancel} stops it at once when the request ends early. Which
 * {@link ReadTransport} carries it (the driver, or in-process on the embedded database) changes none of this.
 */
public final class RequestTransaction {

	/** Metadata key under which the request id is attached, so that the transaction can be found and terminated. */
	public static final String REQUEST_METADATA = "botocRequest";

	private static final ThreadLocal<RequestTransaction> CURRENT = new ThreadLocal<>();

	private final ReadTransport transport;

	private final String requestId;

	private final Instant deadline;

	private final boolean recordStatements;

	private final ReentrantLock lock = new ReentrantLock();

	private final List<RanStatement> statements = new ArrayList<>();

	// Volatile: cancel() reads it without the lock to terminate a statement running on another thread.
	private volatile @Nullable ReadConnection connection;

	private volatile boolean ended;

	RequestTransaction(ReadTransport transport, String requestId, Instant deadline, boolean recordStatements) {
		this.transport = transport;
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
			ReadConnection tx = open();
			if (this.ended) {
				// Cancelled while the transaction was being opened: cancel() found nothing to terminate yet.
				throw new RequestEndedException();
			}
			if (this.recordStatements) {
				this.statements.add(new RanStatement(cypher.strip(), Collections.unmodifiableMap(new LinkedHashMap<>(parameters))));
			}
			try {
				return tx.run(cypher, parameters, mapper);
			}
			catch (RuntimeException ex) {
				// A failed statement leaves its transaction unusable (and a terminated one listed until it is
				// rolled back): end it now; a later statement of a request still running opens a new one.
				closeQuietly();
				throw ex;
			}
		}
		finally {
			// A request cancelled while this statement ran gets no finish(): whoever ran last closes.
			if (this.ended) {
				closeQuietly();
			}
			this.lock.unlock();
		}
	}

	/** A statement the request ran, with its parameters (which may hold nulls, hence no {@code Map.copyOf}). */
	record RanStatement(String cypher, Map<String, @Nullable Object> parameters) {
	}

	/** Statements run so far (only recorded when the request asked for them). */
	List<RanStatement> statements() {
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
	boolean cancel() {
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
		// A statement is running on another thread: only terminate() may be called from here.
		ReadConnection running = this.connection;
		if (running != null) {
			running.terminate();
		}
		return true;
	}

	private ReadConnection open() {
		ReadConnection open = this.connection;
		if (open == null) {
			Duration left = Duration.between(Instant.now(), this.deadline);
			if (left.isNegative() || left.isZero()) {
				throw new RequestEndedException();
			}
			open = this.transport.open(left, Map.of(REQUEST_METADATA, this.requestId, "app", "botoc-graph"));
			this.connection = open;
		}
		return open;
	}

	private void closeQuietly() {
		ReadConnection open = this.connection;
		this.connection = null;
		if (open != null) {
			open.close();
		}
	}

	/** The request has ended (timed out, cancelled or answered): it starts no further database work. */
	public static final class RequestEndedException extends RuntimeException {

		RequestEndedException() {
			super("The request has ended; its database work was stopped", null, false, false);
		}

	}

}
