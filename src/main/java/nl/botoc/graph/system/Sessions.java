package nl.botoc.graph.system;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The settings of every driver session the service opens. All of them share one bookmark manager, the driver's own
 * ({@link Driver#executableQueryBookmarkManager()}), so a transaction that starts after a write of this instance
 * (a curation mutation, a seed load) runs on a cluster member that has applied that write: read-your-writes after
 * curation (docs/SCALING.md). On the embedded database or a single server a bookmark is satisfied at once.
 * <p>
 * The one exception is the termination of a request's transaction ({@code SHOW TRANSACTIONS}), which must not wait
 * for anything.
 */
public final class Sessions {

	private Sessions() {
	}

	/** A session that only reads (a cluster routes its transactions to a reader; {@code executeRead} does anyway). */
	public static SessionConfig reading(Driver driver) {
		return config(driver, AccessMode.READ);
	}

	/** A session that writes (to the leader of a cluster). */
	public static SessionConfig writing(Driver driver) {
		return config(driver, AccessMode.WRITE);
	}

	private static SessionConfig config(Driver driver, AccessMode mode) {
		return SessionConfig.builder()
			.withDefaultAccessMode(mode)
			.withBookmarkManager(driver.executableQueryBookmarkManager())
			.build();
	}

}
