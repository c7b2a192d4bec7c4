package nl.botoc.graph.curation;

import org.jspecify.annotations.Nullable;

/**
 * Why a mutation was refused (schema type {@code CurationError}): a code a client can act on, the input field it is
 * about, and a message that never repeats the refused value.
 */
record CurationError(Code code, @Nullable String field, String message, @Nullable Long currentVersion) {

	/** The schema's {@code CurationErrorCode}. */
	enum Code {

		UNKNOWN_ID, ALREADY_EXISTS, INVALID_VALUE, EMPTY_NAME, TOO_LONG, MISSING_PROVENANCE, SECOND_MAIN_THEME,
		LINK_EXISTS, NO_SUCH_LINK, LAST_SOURCE, VERSION_CONFLICT, IDEMPOTENCY_KEY_REUSED, NO_CHANGE

	}

}
