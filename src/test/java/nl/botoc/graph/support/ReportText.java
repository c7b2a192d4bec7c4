package nl.botoc.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * The report's plain text, for tests that check the seed against it. The text is not part of the repository
 * (it is someone else's work): it lives in {@code shared/source/} next to the project or one of its parent
 * folders, or wherever {@code -Dbotoc.report.text=…} points. Tests that need it are skipped, with a message
 * saying where it was looked for, when it is absent.
 */
public final class ReportText {

	/** The file name of the report's text under {@code shared/source/}. */
	public static final String FILE = "000_3b3c208253e55ed3.txt";

	private static final Pattern SOFT_HYPHEN = Pattern.compile("-\\s+(?=\\p{Ll})");

	private final List<String> lines;

	private ReportText(List<String> lines) {
		this.lines = lines;
	}

	/** The text, or a skipped test when it cannot be found. */
	public static ReportText orSkip() {
		Optional<Path> file = locate();
		Assumptions.assumeTrue(file.isPresent(), () -> "Skipped: the report's text " + FILE + " is not here (looked in "
				+ "shared/source/ next to " + Path.of("").toAbsolutePath() + " and its parents, and -Dbotoc.report.text); "
				+ "it does not belong in the repository, so the check against it runs only where it is present.");
		try {
			return new ReportText(Files.readAllLines(file.get(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Optional<Path> locate() {
		String configured = System.getProperty("botoc.report.text");
		if (configured != null && Files.isRegularFile(Path.of(configured))) {
			return Optional.of(Path.of(configured));
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/source").resolve(FILE);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** Number of lines. */
	public int size() {
		return this.lines.size();
	}

	/** Line {@code n} (1-based), as it is. */
	public String line(int n) {
		return this.lines.get(n - 1);
	}

	/**
	 * Lines {@code from} to {@code to} (1-based, inclusive) joined into one normalised string: see
	 * {@link #normalise(String)}.
	 */
	public String span(int from, int to) {
		return normalise(String.join("\n", this.lines.subList(from - 1, Math.min(to, this.lines.size()))));
	}

	/** The whole text, normalised. */
	public String all() {
		return span(1, this.lines.size());
	}

	/**
	 * Lower case, curly quotes made straight, a word broken over a line end ("infor-\nmatieknooppunt") joined, and
	 * runs of white space made one space: how the extraction prints a phrase should not decide whether it is there.
	 */
	public static String normalise(String text) {
		String straight = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00AD', '-');
		String joined = SOFT_HYPHEN.matcher(straight).replaceAll("");
		return joined.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether {@code phrase} occurs in the lines, as printed or with a line-end hyphen joined. "L450" or
	 * "L450-451" name the lines.
	 */
	public boolean printsOn(String lines, String phrase) {
		var matcher = Pattern.compile("L([0-9]+)(?:-([0-9]+))?").matcher(lines);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a line reference: " + lines);
		}
		int from = Integer.parseInt(matcher.group(1));
		int to = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : from;
		String wanted = normalise(phrase);
		String raw = String.join(" ", this.lines.subList(from - 1, Math.min(to, this.lines.size())));
		return span(from, to).contains(wanted)
				|| raw.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('\u2019', '\'').contains(wanted);
	}

}
