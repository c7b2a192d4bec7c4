package nl.botoc.graph.system;

/**
 * Work that needs the database once, at start-up (schema migrations, the seed). Each tries while the context
 * starts; when the database is not there yet it waits instead of stopping the start-up, and {@link GraphReadiness}
 * retries it, in order, until it is done.
 */
public interface StartupWork {

	/** Whether the work is done. */
	boolean done();

	/** Tries the work again; throws when the database is still not there. */
	void retry();

}
