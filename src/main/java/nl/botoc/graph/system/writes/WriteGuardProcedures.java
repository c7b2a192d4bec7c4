package nl.botoc.graph.system.writes;

import java.util.stream.Stream;

import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Procedure;

/**
 * The procedure through which a transaction of the service asks the {@link OutsideWriteGuard} for its challenge.
 * Anyone may call it; only code inside this JVM can vouch for the challenge it returns.
 */
public class WriteGuardProcedures {

	@Context
	public Transaction transaction;

	@Context
	public OutsideWriteGuard guard;

	@Procedure(name = "botoc.writeChallenge", mode = Mode.READ)
	@Description("botoc-graph's write guard: a challenge bound to this transaction. Writes count as the service's "
			+ "only when the service itself vouches for it, in-process; calling this from a client gains nothing.")
	public Stream<Challenge> writeChallenge() {
		return Stream.of(new Challenge(this.guard.challenge(this.transaction)));
	}

	/** The procedure's single column. */
	public static class Challenge {

		public String challenge;

		public Challenge(String challenge) {
			this.challenge = challenge;
		}

	}

}
