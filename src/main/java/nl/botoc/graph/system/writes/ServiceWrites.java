package nl.botoc.graph.system.writes;

import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.botoc.graph.system.Sessions;

/**
 * The one way this service writes to the graph: a managed write transaction over the driver which, on the embedded
 * database, first proves to the {@link OutsideWriteGuard} that it is the service's own (see there why metadata is
 * not enough). The seed loader writes through it; so must every later writer (curation through the API).
 * On an external database there is no guard and this is a plain write transaction.
 */
@Component
public class ServiceWrites {

	private static final String CHALLENGE = "CALL botoc.writeChallenge() YIELD challenge RETURN challenge";

	private final Driver driver;

	private final OutsideWriteGuard guard;

	ServiceWrites(Driver driver, ObjectProvider<OutsideWriteGuard> guard) {
		this.driver = driver;
		this.guard = guard.getIfAvailable();
	}

	/**
	 * Runs {@code work} in one write transaction (retried by the driver on transient errors, each attempt proving
	 * itself again) and returns what it returns.
	 * @param purpose what the write is for, recorded in the transaction's metadata (visible in SHOW TRANSACTIONS)
	 */
	public <T> T write(String purpose, TransactionCallback<T> work) {
		var config = TransactionConfig.builder().withMetadata(Map.of("app", "botoc-graph", "purpose", purpose)).build();
		try (Session session = this.driver.session(Sessions.writing(this.driver))) {
			return session.executeWrite((tx) -> {
				prove(tx);
				return work.execute(tx);
			}, config);
		}
	}

	/** {@link #write(String, TransactionCallback)} for work without a result. */
	public void writeWithoutResult(String purpose, Consumer<TransactionContext> work) {
		write(purpose, (tx) -> {
			work.accept(tx);
			return null;
		});
	}

	private void prove(TransactionContext tx) {
		if (this.guard != null) {
			this.guard.vouch(tx.run(CHALLENGE).single().get("challenge").asString());
		}
	}

}
