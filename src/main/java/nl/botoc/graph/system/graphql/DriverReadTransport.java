package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.botoc.graph.system.Sessions;

/**
 * Reads through the Neo4j driver: a READ session (a cluster routes it to a reader) with one explicit transaction.
 * Its objects are not thread-safe, so {@link ReadConnection#terminate} asks the database instead: it finds the
 * transaction by its {@link RequestTransaction#REQUEST_METADATA} tag and terminates it from a session of its own.
 */
final class DriverReadTransport implements ReadTransport {

	private static final Logger log = LoggerFactory.getLogger(DriverReadTransport.class);

	private final Driver driver;

	DriverReadTransport(Driver driver) {
		this.driver = driver;
	}

	@Override
	public boolean inProcess() {
		return false;
	}

	@Override
	public ReadConnection open(Duration timeout, Map<String, Object> metadata) {
		Session session = this.driver.session(Sessions.reading(this.driver));
		try {
			Transaction tx = session
				.beginTransaction(TransactionConfig.builder().withTimeout(timeout).withMetadata(metadata).build());
			return new Connection(session, tx, String.valueOf(metadata.get(RequestTransaction.REQUEST_METADATA)));
		}
		catch (RuntimeException ex) {
			closeQuietly(session);
			throw ex;
		}
	}

	private final class Connection implements ReadConnection {

		private final Session session;

		private final Transaction tx;

		private final String requestId;

		Connection(Session session, Transaction tx, String requestId) {
			this.session = session;
			this.tx = tx;
			this.requestId = requestId;
		}

		@Override
		public <T> List<T> run(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
			return this.tx.run(cypher, parameters).list(mapper::apply);
		}

		@Override
		public void terminate() {
			RequestTransactions.terminate(DriverReadTransport.this.driver, this.requestId);
		}

		@Override
		public void close() {
			try {
				this.tx.close();
			}
			catch (RuntimeException ex) {
				log.debug("Request {}: closing its read transaction failed", this.requestId, ex);
			}
			closeQuietly(this.session);
		}

	}

	private static void closeQuietly(Session session) {
		try {
			session.close();
		}
		catch (RuntimeException ex) {
			log.debug("Closing a read session failed", ex);
		}
	}

}
