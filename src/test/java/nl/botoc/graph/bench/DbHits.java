package nl.botoc.graph.bench;

import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ProfiledPlan;

/** Database hits by {@code PROFILE}: what a statement costs the database, whatever the machine's load. */
final class DbHits {

	private DbHits() {
	}

	/** Runs {@code cypher} under {@code PROFILE} (its rows are discarded) and returns the plan. */
	static ProfiledPlan profile(TransactionContext tx, String cypher, Map<String, Object> parameters) {
		return tx.run("PROFILE " + cypher, parameters).consume().profile();
	}

	/** The hits of a plan and of all its children. */
	static long total(ProfiledPlan plan) {
		long total = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			total += total(child);
		}
		return total;
	}

}
