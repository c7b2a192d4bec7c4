package nl.botoc.graph.system.graphql;

/**
 * An argument GraphQL's own validation cannot judge (a page size above the maximum, a cursor that is not one
 * of ours). Reported to the client as a {@code BAD_REQUEST} error with {@code code} in its extensions.
 */
public class BadArgumentException extends RuntimeException {

	private final String code;

	public BadArgumentException(String code, String message) {
		super(message);
		this.code = code;
	}

	/** Machine-readable reason, e.g. {@code PAGE_SIZE_TOO_LARGE}. */
	public String code() {
		return this.code;
	}

}
