package nl.botoc.graph.system.graphql;

import java.util.List;
import java.util.Map;

import nl.botoc.graph.search.LuceneText;

/**
 * Checks one input value (the variables of a request as sent, or an argument as coerced) against
 * {@link RequestBounds}: string length, text that no index or parser should see (NUL, unpaired surrogates), list
 * length, nesting depth, the number of sort keys and full-text input. Throws {@link BadArgumentException} with a
 * message that names where the value is, never the value itself (which may be megabytes).
 */
final class InputBounds {

	private final RequestBounds bounds;

	InputBounds(RequestBounds bounds) {
		this.bounds = bounds;
	}

	/** Checks the variables of a request before anything is parsed or executed. */
	void checkVariables(Map<String, Object> variables) {
		if (variables != null) {
			variables.forEach((name, value) -> check("$" + name, name, value, 1));
		}
	}

	/** Checks one coerced argument of a field. */
	void checkArgument(String where, String name, Object value) {
		check(where, name, value, 1);
	}

	private void check(String where, String name, Object value, int depth) {
		if (depth > this.bounds.maxInputDepth()) {
			throw new BadArgumentException("INPUT_TOO_DEEP", where + " is nested more than "
					+ this.bounds.maxInputDepth() + " levels deep (botoc.graphql.max-input-depth)");
		}
		if (value instanceof String text) {
			checkString(where, name, text);
		}
		else if (value instanceof List<?> list) {
			int max = "orderBy".equals(name) ? this.bounds.maxOrderKeys() : this.bounds.maxListLength();
			if (list.size() > max) {
				String setting = "orderBy".equals(name) ? "max-order-keys" : "max-list-length";
				throw new BadArgumentException("orderBy".equals(name) ? "TOO_MANY_SORT_KEYS" : "LIST_TOO_LONG",
						where + " has " + list.size() + " entries; at most " + max + " are allowed (botoc.graphql."
								+ setting + ")");
			}
			for (int i = 0; i < list.size(); i++) {
				check(where + "[" + i + "]", name, list.get(i), depth + 1);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			if (map.size() > this.bounds.maxListLength()) {
				throw new BadArgumentException("LIST_TOO_LONG", where + " has " + map.size()
						+ " keys; at most " + this.bounds.maxListLength() + " are allowed (botoc.graphql.max-list-length)");
			}
			map.forEach((key, entry) -> {
				String keyName = String.valueOf(key);
				checkString(where + " (a key)", keyName, keyName);
				check(where + "." + abbreviated(keyName), keyName, entry, depth + 1);
			});
		}
	}

	private void checkString(String where, String name, String text) {
		if (text.length() > this.bounds.maxStringLength()) {
			throw new BadArgumentException("STRING_TOO_LONG", where + " is " + text.length()
					+ " characters long; at most " + this.bounds.maxStringLength()
					+ " are allowed (botoc.graphql.max-string-length)");
		}
		LuceneText.requirePlainText(where, text);
		if ("text".equals(name)) {
			LuceneText.validated(text, this.bounds.maxSearchLength(), this.bounds.maxSearchTerms());
		}
	}

	private static String abbreviated(String key) {
		return (key.length() <= 40) ? key : key.substring(0, 40) + "…";
	}

}
