package nl.botoc.graph.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.botoc.graph.system.graphql.BadArgumentException;

/**
 * The bounds of a portfolio, checked before the scan reads anything: a scan's work grows with the rows and the
 * length of their text (one full-text query per row), so both are capped, and the errors say which row is wrong.
 */
final class PortfolioBounds {

	static final int MAX_ROWS = 50;

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_OWNER = 200;

	static final int MAX_THEMES = 12;

	private static final Set<String> APPROACHES = Set.of("PREVENTIVE", "REPRESSIVE");

	private static final Set<String> STATUSES = Set.of("AS_PLANNED", "ADAPTED", "NOT_CARRIED_OUT", "ADDED_LATER");

	private PortfolioBounds() {
	}

	/** A raw row, as parsed; values not yet checked. */
	record RawRow(@Nullable String name, @Nullable String description, @Nullable String approach,
			@Nullable String status, @Nullable List<String> themes) {
	}

	/**
	 * Checks every bound and returns the portfolio, or throws {@link BadArgumentException} naming the first problem
	 * (row numbers are 1-based, as a spreadsheet shows them).
	 */
	static Portfolio check(@Nullable String owner, @Nullable List<RawRow> rows, Set<String> knownThemes) {
		if (rows == null || rows.isEmpty()) {
			throw new BadArgumentException("EMPTY_PORTFOLIO", "The portfolio holds no interventions; give at least one "
					+ "with a name and a description");
		}
		if (rows.size() > MAX_ROWS) {
			throw new BadArgumentException("PORTFOLIO_TOO_LARGE", "The portfolio holds " + rows.size()
					+ " interventions; at most " + MAX_ROWS + " can be scanned at once");
		}
		String checkedOwner = clean(owner);
		if (checkedOwner != null) {
			plainText("owner", checkedOwner, MAX_OWNER);
		}
		List<Portfolio.Row> checked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			RawRow raw = rows.get(i);
			String where = "intervention " + (i + 1);
			String name = clean(raw.name());
			if (name == null) {
				throw new BadArgumentException("MISSING_NAME", "The name of " + where + " is empty");
			}
			plainText(where + ": name", name, MAX_NAME);
			String description = clean(raw.description());
			if (description != null) {
				plainText(where + ": description", description, MAX_DESCRIPTION);
			}
			String approach = upper(raw.approach());
			if (approach != null && !APPROACHES.contains(approach)) {
				throw new BadArgumentException("INVALID_APPROACH", where + ": approach must be PREVENTIVE or REPRESSIVE");
			}
			String status = upper(raw.status());
			if (status != null && !STATUSES.contains(status)) {
				throw new BadArgumentException("INVALID_STATUS",
						where + ": status must be one of AS_PLANNED, ADAPTED, NOT_CARRIED_OUT, ADDED_LATER");
			}
			List<String> themes = new ArrayList<>();
			if (raw.themes() != null) {
				if (raw.themes().size() > MAX_THEMES) {
					throw new BadArgumentException("TOO_MANY_THEMES", where + ": at most " + MAX_THEMES + " themes");
				}
				for (String theme : raw.themes()) {
					String id = clean(theme);
					if (id == null) {
						continue;
					}
					if (!id.startsWith("theme:")) {
						id = "theme:" + id;
					}
					if (!knownThemes.contains(id)) {
						throw new BadArgumentException("UNKNOWN_THEME", where + ": unknown theme (expected an id such as "
								+ "theme:werk-opleiding)");
					}
					if (!themes.contains(id)) {
						themes.add(id);
					}
				}
			}
			checked.add(new Portfolio.Row(name, description == null ? "" : description, approach, status,
					List.copyOf(themes)));
		}
		return new Portfolio(checkedOwner, List.copyOf(checked));
	}

	private static void plainText(String what, String text, int max) {
		if (text.length() > max) {
			throw new BadArgumentException("TEXT_TOO_LONG",
					what + " is " + text.length() + " characters long; at most " + max + " are allowed");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean broken = Character.isHighSurrogate(c)
					? (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i)))
					: Character.isLowSurrogate(c);
			if (c == '\0' || broken) {
				throw new BadArgumentException("INVALID_TEXT", what + " holds a NUL character or broken UTF-16");
			}
		}
	}

	private static @Nullable String clean(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

	private static @Nullable String upper(@Nullable String value) {
		String v = clean(value);
		return v == null ? null : v.toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
	}

}
