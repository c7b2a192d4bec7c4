package nl.botoc.graph.system.writes;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Refuses, on the embedded database, every write that does not come from this service: the curated graph must not
 * change because someone clicked {@code :guide movie-graph} in the Browser or ran a {@code CREATE} in cypher-shell.
 * <p>
 * Transaction metadata cannot tell the service's transactions apart: any Bolt client can set the same metadata and
 * read the service's in {@code SHOW TRANSACTIONS}. So a transaction proves where it comes from in-process: inside
 * it, the service calls {@code botoc.writeChallenge()}, which binds a fresh random challenge to that very kernel
 * transaction and returns it to the caller only; the service then vouches for the challenge with a plain Java call
 * ({@link #vouch}), which no client outside this JVM can make. At commit, a transaction that changes data is let
 * through only when it was vouched for. A copied challenge is useless: it is bound to the transaction that asked
 * for it, and it is spent once vouched for. {@link ServiceWrites} is the only caller of {@link #vouch}.
 * <p>
 * Let through without proof: transactions that change only the schema (indexes, constraints: no research data; the
 * Neo4j-Migrations library applies ours over the driver, beyond our reach) and those that change only
 * Neo4j-Migrations' own bookkeeping nodes ({@code __Neo4jMigration}, {@code __Neo4jMigrationsLock}).
 */
public final class OutsideWriteGuard implements TransactionEventListener<Void> {

	/** The message a refused client sees (inside Neo4j's "transaction hook failed" error). */
	public static final String REFUSAL = "botoc-graph: this database is the curated BOTOC graph, and writes from "
			+ "outside the service are refused, so that the graph only holds what the curated seed says. Curation "
			+ "happens in the seed files (seed/*.csv, see seed/README.md), loaded by the service when it starts. "
			+ "For a scratch graph you may change freely, start the service with "
			+ "--botoc.embedded.allow-outside-writes=true.";

	private static final Set<String> BOOKKEEPING_LABELS = Set.of("__Neo4jMigration", "__Neo4jMigrationsLock");

	private static final Set<String> BOOKKEEPING_TYPES = Set.of("MIGRATED_TO", "REPEATED");

	/** Challenges nobody vouched for are forgotten after this long (a client may ask and never commit). */
	private static final long CHALLENGE_LIFETIME_NANOS = TimeUnit.MINUTES.toNanos(10);

	private final SecureRandom random = new SecureRandom();

	private final boolean allowOutsideWrites;

	/** Challenge handed out → the transaction it was handed to. */
	private final Map<String, Issued> issued = new ConcurrentHashMap<>();

	/** Transactions the service vouched for → when. */
	private final Map<Long, Long> vouched = new ConcurrentHashMap<>();

	OutsideWriteGuard(boolean allowOutsideWrites) {
		this.allowOutsideWrites = allowOutsideWrites;
	}

	/** Watches the default database of a freshly started DBMS and registers {@code botoc.writeChallenge()}. */
	public void install(DatabaseManagementService dbms) {
		var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		dbms.registerTransactionEventListener(api.databaseName(), this);
		var procedures = api.getDependencyResolver().resolveDependency(GlobalProcedures.class);
		try {
			procedures.registerComponent(OutsideWriteGuard.class, (context) -> this, true);
			procedures.registerProcedure(WriteGuardProcedures.class);
		}
		catch (ProcedureException ex) {
			throw new IllegalStateException("Cannot register the write guard's procedure", ex);
		}
	}

	public boolean allowsOutsideWrites() {
		return this.allowOutsideWrites;
	}

	/** A fresh challenge bound to this transaction (called by the procedure, inside the transaction). */
	String challenge(Transaction transaction) {
		long now = System.nanoTime();
		this.issued.values().removeIf((old) -> now - old.at() > CHALLENGE_LIFETIME_NANOS);
		this.vouched.values().removeIf((at) -> now - at > CHALLENGE_LIFETIME_NANOS);
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.issued.put(challenge, new Issued(sequenceNumber(transaction), now));
		return challenge;
	}

	/** The service vouches for the transaction that received this challenge; each challenge counts once. */
	void vouch(String challenge) {
		Issued issued = this.issued.remove(challenge);
		if (issued == null) {
			throw new IllegalStateException("Unknown or spent write challenge");
		}
		this.vouched.put(issued.transaction(), System.nanoTime());
	}

	@Override
	public Void beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
		boolean vouchedFor = this.vouched.remove(sequenceNumber(transaction)) != null;
		if (vouchedFor || this.allowOutsideWrites || !data.hasDataChanges() || onlyMigrationBookkeeping(data)) {
			return null;
		}
		throw new OutsideWriteRefusedException(REFUSAL);
	}

	@Override
	public void afterCommit(TransactionData data, Void state, GraphDatabaseService database) {
	}

	@Override
	public void afterRollback(TransactionData data, Void state, GraphDatabaseService database) {
	}

	private static long sequenceNumber(Transaction transaction) {
		return ((InternalTransaction) transaction).kernelTransaction().getTransactionSequenceNumber();
	}

	/** True when every node and relationship the transaction touches is Neo4j-Migrations' own. */
	private static boolean onlyMigrationBookkeeping(TransactionData data) {
		for (LabelEntry entry : data.assignedLabels()) {
			if (!BOOKKEEPING_LABELS.contains(entry.label().name())) {
				return false;
			}
		}
		for (LabelEntry entry : data.removedLabels()) {
			if (!BOOKKEEPING_LABELS.contains(entry.label().name())) {
				return false;
			}
		}
		for (Node node : data.createdNodes()) {
			if (!bookkeeping(node, data)) {
				return false;
			}
		}
		for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
			if (!bookkeeping(entry.entity(), data)) {
				return false;
			}
		}
		for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
			if (!bookkeeping(entry.entity(), data)) {
				return false;
			}
		}
		for (Relationship relationship : data.createdRelationships()) {
			if (!bookkeeping(relationship, data)) {
				return false;
			}
		}
		for (Relationship relationship : data.deletedRelationships()) {
			if (!BOOKKEEPING_TYPES.contains(relationship.getType().name())) {
				return false;
			}
		}
		for (PropertyEntry<Relationship> entry : data.assignedRelationshipProperties()) {
			if (!bookkeeping(entry.entity(), data)) {
				return false;
			}
		}
		for (PropertyEntry<Relationship> entry : data.removedRelationshipProperties()) {
			if (!bookkeeping(entry.entity(), data)) {
				return false;
			}
		}
		// A deleted node shows its labels among the removed labels, checked above; a label-less one has none.
		for (Node node : data.deletedNodes()) {
			boolean labelled = false;
			for (LabelEntry entry : data.removedLabels()) {
				labelled |= entry.node().equals(node);
			}
			if (!labelled) {
				return false;
			}
		}
		return true;
	}

	private static boolean bookkeeping(Node node, TransactionData data) {
		if (data.isDeleted(node)) {
			return true; // judged by its removed labels
		}
		boolean any = false;
		for (Label label : node.getLabels()) {
			if (!BOOKKEEPING_LABELS.contains(label.name())) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private static boolean bookkeeping(Relationship relationship, TransactionData data) {
		return BOOKKEEPING_TYPES.contains(relationship.getType().name())
				&& bookkeeping(relationship.getStartNode(), data) && bookkeeping(relationship.getEndNode(), data);
	}

	private record Issued(long transaction, long at) {
	}

	/** Thrown at commit to veto an outside write; Neo4j rolls the transaction back and shows the message. */
	static final class OutsideWriteRefusedException extends RuntimeException {

		OutsideWriteRefusedException(String message) {
			super(message);
		}

	}

}
