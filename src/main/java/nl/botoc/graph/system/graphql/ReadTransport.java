package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

/**
 * How a request's read transaction reaches the database. {@link DriverReadTransport} goes through the Neo4j driver
 * (any Neo4j: a server, a cluster through {@code neo4j://}, Aura, or the embedded one over loopback Bolt);
 * {@link EmbeddedReadTransport} runs in-process on the embedded database, without encoding every value into Bolt
 * and back. Both run the same statements and hand the mappers the same driver {@link Record}s, so nothing above
 * this interface knows which one ran.
 */
public interface ReadTransport {

	/**
	 * Opens a read-only transaction that the database ends after {@code timeout}, tagged with {@code metadata}
	 * (visible in {@code SHOW TRANSACTIONS}).
	 */
	ReadConnection open(Duration timeout, Map<String, Object> metadata);

	/** Whether statements run in this JVM (the embedded database) rather than through the driver. */
	boolean inProcess();

	/** One open read transaction. Used by one thread at a time, except {@link #terminate}. */
	interface ReadConnection {

		/** Runs one statement and maps every record. */
		<T> List<T> run(String cypher, Map<String, Object> parameters, Function<Record, T> mapper);

		/**
		 * Stops the statement running on another thread now; safe to call from any thread. Best effort: the
		 * transaction's timeout is the backstop.
		 */
		void terminate();

		/** Ends the transaction (nothing was written: rolled back). */
		void close();

	}

}
