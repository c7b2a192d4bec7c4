package nl.botoc.graph.search;

import java.util.Locale;

/**
 * Makes user text safe for the full-text index: Lucene's query parser would read {@code +}, {@code -},
 * {@code "}, {@code *}, {@code AND} … as operators (or fail on them), so analysts' text is searched as words.
 * The result is passed to Cypher as a parameter, never spliced into a statement.
 */
public final class LuceneText {

	private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

	private LuceneText() {
	}

	/**
	 * Escapes every Lucene special character and lower-cases the text, so that AND/OR/NOT are words, not
	 * operators. Returns null for null or blank text (no text condition).
	 */
	public static String escape(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
