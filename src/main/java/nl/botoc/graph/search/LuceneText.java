package nl.botoc.graph.search;

import java.util.Locale;

import nl.botoc.graph.system.graphql.BadArgumentException;

/**
 * Makes user text safe for the full-text index: Lucene's query parser would read {@code +}, {@code -},
 * {@code "}, {@code *}, {@code AND} … as operators (or fail on them), so analysts' text is searched as words.
 * The result is passed to Cypher as a parameter, never spliced into a statement.
 * <p>
 * Full-text input is bounded as well: Lucene's parser has no timeout (a 10 MB text kept threads busy until the
 * process was killed) and a long text becomes more clauses than Lucene allows ({@code TooManyClauses}), so text
 * past the bounds is a clear {@code BAD_REQUEST} before the index sees it. The configured bounds
 * ({@code botoc.graphql.max-search-length}, {@code max-search-terms}) are checked for every {@code text}
 * argument before a request runs; {@link #validated(String)} checks the hard ceilings as a last line.
 */
public final class LuceneText {

	private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

	/** Longest text any configuration may allow: far below what makes Lucene's parser slow. */
	public static final int MAX_LENGTH = 1000;

	/** Most words any configuration may allow: far below Lucene's 1024 clauses, even after stemming. */
	public static final int MAX_TERMS = 64;

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

	/**
	 * {@link #escape(String) Escapes} text after checking it against the hard ceilings ({@value #MAX_LENGTH}
	 * characters, {@value #MAX_TERMS} words, no NUL or broken UTF-16).
	 * @throws BadArgumentException {@code SEARCH_TEXT_TOO_LONG}, {@code TOO_MANY_SEARCH_TERMS} or
	 * {@code INVALID_TEXT}
	 */
	public static String validated(String text) {
		return validated(text, MAX_LENGTH, MAX_TERMS);
	}

	/** {@link #validated(String)} with configured bounds (never above the ceilings). */
	public static String validated(String text, int maxLength, int maxTerms) {
		if (text == null) {
			return null;
		}
		int length = Math.min(maxLength, MAX_LENGTH);
		int terms = Math.min(maxTerms, MAX_TERMS);
		if (text.length() > length) {
			throw new BadArgumentException("SEARCH_TEXT_TOO_LONG", "Search text is " + text.length()
					+ " characters long; at most " + length + " are allowed (botoc.graphql.max-search-length)");
		}
		requirePlainText("Search text", text);
		int count = terms(text);
		if (count > terms) {
			throw new BadArgumentException("TOO_MANY_SEARCH_TERMS", "Search text has " + count + " words; at most "
					+ terms + " are allowed (botoc.graphql.max-search-terms)");
		}
		return escape(text);
	}

	/**
	 * Refuses text with NUL characters or unpaired UTF-16 surrogates (what a broken escape leaves), which
	 * no name in the graph contains and which some parsers choke on.
	 * @throws BadArgumentException {@code INVALID_TEXT}, naming {@code where} but not the text
	 */
	public static void requirePlainText(String where, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean broken = c == '\u0000'
					|| (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))))
					|| Character.isLowSurrogate(c);
			if (broken) {
				throw new BadArgumentException("INVALID_TEXT",
						where + " contains a NUL character or broken UTF-16 (at position " + i + ")");
			}
		}
	}

	/** Words as the index sees them: runs of letters and digits. */
	static int terms(String text) {
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
			if (wordChar && !inWord) {
				count++;
			}
			inWord = wordChar;
		}
		return count;
	}

}
