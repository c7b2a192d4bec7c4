package nl.botoc.graph.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words of a text as the full-text index sees them: Lucene's Dutch analyzer (the one the {@code search_text} index
 * uses) drops stop words and stems, so "jongeren" and "jongere" are one word. Used to explain a match (the words two
 * texts share) and to build the full-text query from the words of the input, never from its operators.
 */
final class DutchWords {

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*[\\p{L}\\p{N}]|[\\p{L}]");

	private static final Analyzer ANALYZER = new DutchAnalyzer();

	private DutchWords() {
	}

	/** Stem → the first surface form of the text that has it, for every word the analyzer keeps (length ≥ 3). */
	static Map<String, String> stems(String text) {
		Map<String, String> stems = new LinkedHashMap<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String surface = m.group().toLowerCase(Locale.ROOT);
			for (String stem : analyse(surface)) {
				if (stem.length() >= 3) {
					stems.putIfAbsent(stem, surface);
				}
			}
		}
		return stems;
	}

	/** The distinct surface words of the text the analyzer keeps, at most {@code max}, in order. */
	static List<String> queryWords(String text, int max) {
		List<String> words = new ArrayList<>();
		for (String surface : stems(text).values()) {
			String plain = surface.replaceAll("[^\\p{L}\\p{N}]", " ").strip();
			for (String part : plain.split("\\s+")) {
				if (part.length() >= 3 && !words.contains(part) && !analyse(part).isEmpty()) {
					words.add(part);
				}
			}
			if (words.size() >= max) {
				return words.subList(0, max);
			}
		}
		return words;
	}

	private static List<String> analyse(String text) {
		List<String> out = new ArrayList<>(2);
		try (TokenStream stream = ANALYZER.tokenStream("t", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

}
