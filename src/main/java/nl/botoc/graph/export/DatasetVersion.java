package nl.botoc.graph.export;

import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.botoc.graph.seed.SeedLoader;
import nl.botoc.graph.system.Sessions;
import nl.botoc.graph.system.StartupWork;

/**
 * The citable version of the dataset: the hash of the seed the graph was loaded from plus the curation sequence
 * number ({@code max(Change.seq)}, 0 before the first curated change), e.g. {@code 3f2a9c41d0b7-12}. A policy note
 * quotes it to say exactly which state of the graph it cites; {@code about.datasetVersion}, every GraphQL response
 * ({@code extensions.datasetVersion}) and every export's manifest carry it.
 * <p>
 * Kept in memory, so answering it costs no database round trip: read once the seed is in place (start-up work, also
 * when an external database comes back), then, on the embedded database, kept current by a transaction listener
 * that sees each commit's new {@code Change.seq} and {@code SeedVersion.hash}; on an external database (whose
 * other service instances may write too) it is read again every {@code botoc.dataset-version.refresh}.
 */
@Component
@Order(2)
public class DatasetVersion implements StartupWork {

	private static final Logger log = LoggerFactory.getLogger(DatasetVersion.class);

	private static final String READ = """
			OPTIONAL MATCH (v:SeedVersion {id: 'seed'})
			CALL () { MATCH (c:Change) RETURN max(c.seq) AS seq }
			RETURN v.hash AS seedHash, coalesce(seq, 0) AS curationSeq
			""";

	private static final Label CHANGE = Label.label("Change");

	private static final Label SEED_VERSION = Label.label("SeedVersion");

	/**
	 * A version of the dataset.
	 * @param id what to cite: the first 12 hex digits of the seed hash, a dash, the curation sequence number
	 * @param seedHash SHA-256 of the seed files the graph was loaded from (null before any seed)
	 * @param curationSeq the sequence number of the last curated change, 0 when none
	 */
	public record Value(String id, String seedHash, long curationSeq) {

		static Value of(String seedHash, long curationSeq) {
			String prefix = (seedHash != null) ? seedHash.substring(0, Math.min(12, seedHash.length())) : "noseed";
			return new Value(prefix + "-" + curationSeq, seedHash, curationSeq);
		}

	}

	private final Driver driver;

	private final AtomicReference<Value> current = new AtomicReference<>(Value.of(null, 0));

	private volatile boolean read;

	private final boolean embedded;

	/** Takes the seed loader so that the first read comes after the start-up load. */
	DatasetVersion(Driver driver, ObjectProvider<DatabaseManagementService> embedded, SeedLoader seedLoader) {
		this.driver = driver;
		DatabaseManagementService dbms = embedded.getIfAvailable();
		this.embedded = dbms != null;
		if (dbms != null) {
			dbms.registerTransactionEventListener("neo4j", new CommitListener());
		}
		try {
			if (seedLoader.done()) {
				retry();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Dataset version not read yet (database not available); reading it once it is");
		}
	}

	/** The current version (no database access). */
	public Value current() {
		return this.current.get();
	}

	/** Reads the version from the graph. */
	public Value refresh() {
		try (var session = this.driver.session(Sessions.reading(this.driver))) {
			Record r = session.executeRead((tx) -> tx.run(READ).single());
			Value value = Value.of(r.get("seedHash").asString(null), r.get("curationSeq").asLong(0));
			this.current.set(value);
			return value;
		}
	}

	@Override
	public boolean done() {
		return this.read;
	}

	@Override
	public void retry() {
		refresh();
		this.read = true;
	}

	/** On an external database, other writers (another instance) are only seen by reading again. */
	@Scheduled(initialDelayString = "${botoc.dataset-version.refresh:10s}",
			fixedDelayString = "${botoc.dataset-version.refresh:10s}")
	void refreshExternal() {
		if (this.embedded || !this.read) {
			return;
		}
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.debug("Dataset version not refreshed: {}", ex.getClass().getSimpleName());
		}
	}

	/** Applies what a commit changed: a higher {@code Change.seq}, a new {@code SeedVersion.hash}. */
	void committed(String seedHash, long seq) {
		this.current.updateAndGet((old) -> Value.of((seedHash != null) ? seedHash : old.seedHash(),
				Math.max(old.curationSeq(), seq)));
	}

	/** What a transaction wrote that changes the version; collected before the commit, applied after it. */
	private record Written(String seedHash, long seq, boolean changesDeleted) {
	}

	private final class CommitListener extends TransactionEventListenerAdapter<Written> {

		@Override
		public Written beforeCommit(TransactionData data, org.neo4j.graphdb.Transaction transaction,
				GraphDatabaseService database) {
			String hash = null;
			long seq = -1;
			for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
				Node node = entry.entity();
				if ("seq".equals(entry.key()) && node.hasLabel(CHANGE) && entry.value() instanceof Number n) {
					seq = Math.max(seq, n.longValue());
				}
				else if ("hash".equals(entry.key()) && node.hasLabel(SEED_VERSION)) {
					hash = String.valueOf(entry.value());
				}
			}
			boolean deleted = false;
			for (var label : data.removedLabels()) {
				deleted |= label.label().equals(CHANGE);
			}
			return (hash != null || seq >= 0 || deleted) ? new Written(hash, seq, deleted) : null;
		}

		@Override
		public void afterCommit(TransactionData data, Written written, GraphDatabaseService database) {
			if (written == null) {
				return;
			}
			if (written.changesDeleted()) {
				// History removed (a restore into a wiped graph, a test): read it again rather than guess.
				Thread.ofVirtual().start(() -> {
					try {
						refresh();
					}
					catch (RuntimeException ex) {
						log.debug("Dataset version not refreshed: {}", ex.getClass().getSimpleName());
					}
				});
				return;
			}
			committed(written.seedHash(), written.seq());
		}

	}

}
