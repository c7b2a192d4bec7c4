package nl.botoc.graph.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.botoc.graph.system.graphql.BadArgumentException;

/**
 * The bounds of a portfolio, checked before the scan reads anything: a scan's work grows with the rows and the
 * length of their text (one full-text query per row), so both are capped, and the errors say which row is wrong.
 */
public final class PortfolioBounds {

	public static final int MAX_ROWS = 50;

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_OWNER = 200;

	static final int MAX_THEMES = 12;

	private static final Set<String> APPROACHES = Set.of("PREVENTIVE", "REPRESSIVE");

	private static final Set<String> STATUSES = Set.of("AS_PLANNED", "ADAPTED", "NOT_CARRIED_OUT", "ADDED_LATER");

	private PortfolioBounds() {
	}

	/** A raw row, as parsed; values not yet checked. */
	public record RawRow(@Nullable String name, @Nullable String description, @Nullable String approach,
			@Nullable String status, @Nullable List<String> themes) {
	}

	/**
	 * One bound a portfolio breaks.
	 *
	 * @param code the scan's error code (EMPTY_PORTFOLIO, PORTFOLIO_TOO_LARGE, MISSING_NAME, TEXT_TOO_LONG, …)
	 * @param row the row it is about (0-based), null for the portfolio as a whole
	 * @param field the row's field (name, description, approach, status, themes), or owner / interventions
	 * @param message what is wrong, row numbers 1-based as a spreadsheet shows them
	 */
	public record Problem(String code, @Nullable Integer row, String field, String message) {
	}

	/** The checked portfolio, or (when there are problems) null and every problem found. */
	public record Checked(@Nullable Portfolio portfolio, List<Problem> problems) {
	}

	/** The raw rows of a GraphQL {@code [PortfolioInterventionInput!]} argument (null stays null). */
	@SuppressWarnings("unchecked")
	public static @Nullable List<RawRow> rawRows(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		List<RawRow> rows = new ArrayList<>();
		for (Map<String, Object> row : (List<Map<String, Object>>) value) {
			rows.add(new RawRow((String) row.get("name"), (String) row.get("description"), (String) row.get("approach"),
					(String) row.get("status"), (List<String>) row.get("themes")));
		}
		return rows;
	}

	/**
	 * Checks every bound and returns the portfolio, or throws {@link BadArgumentException} naming the first problem
	 * (row numbers are 1-based, as a spreadsheet shows them).
	 */
	static Portfolio check(@Nullable String owner, @Nullable List<RawRow> rows, Set<String> knownThemes) {
		Checked checked = validate(owner, rows, knownThemes);
		if (!checked.problems().isEmpty()) {
			Problem first = checked.problems().get(0);
			throw new BadArgumentException(first.code(), first.message());
		}
		return checked.portfolio();
	}

	/**
	 * Checks every bound and collects every problem (the curation import answers them all at once). With
	 * {@code knownThemes} null the given themes are only normalised, not looked up (the import looks them up in its
	 * transaction).
	 */
	public static Checked validate(@Nullable String owner, @Nullable List<RawRow> rows, @Nullable Set<String> knownThemes) {
		List<Problem> problems = new ArrayList<>();
		if (rows == null || rows.isEmpty()) {
			problems.add(new Problem("EMPTY_PORTFOLIO", null, "interventions", "The portfolio holds no interventions; "
					+ "give at least one with a name and a description"));
			return new Checked(null, problems);
		}
		if (rows.size() > MAX_ROWS) {
			problems.add(new Problem("PORTFOLIO_TOO_LARGE", null, "interventions", "The portfolio holds " + rows.size()
					+ " interventions; at most " + MAX_ROWS + " can be scanned at once"));
			return new Checked(null, problems);
		}
		String checkedOwner = clean(owner);
		if (checkedOwner != null) {
			plainText(problems, null, "owner", "owner", checkedOwner, MAX_OWNER);
		}
		List<Portfolio.Row> checked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			RawRow raw = rows.get(i);
			String where = "intervention " + (i + 1);
			String name = clean(raw.name());
			if (name == null) {
				problems.add(new Problem("MISSING_NAME", i, "name", "The name of " + where + " is empty"));
			}
			else {
				plainText(problems, i, "name", where + ": name", name, MAX_NAME);
			}
			String description = clean(raw.description());
			if (description != null) {
				plainText(problems, i, "description", where + ": description", description, MAX_DESCRIPTION);
			}
			String approach = upper(raw.approach());
			if (approach != null && !APPROACHES.contains(approach)) {
				problems.add(new Problem("INVALID_APPROACH", i, "approach",
						where + ": approach must be PREVENTIVE or REPRESSIVE"));
			}
			String status = upper(raw.status());
			if (status != null && !STATUSES.contains(status)) {
				problems.add(new Problem("INVALID_STATUS", i, "status",
						where + ": status must be one of AS_PLANNED, ADAPTED, NOT_CARRIED_OUT, ADDED_LATER"));
			}
			List<String> themes = themes(problems, i, where, raw.themes(), knownThemes);
			checked.add(new Portfolio.Row((name == null) ? "" : name, (description == null) ? "" : description, approach,
					status, themes));
		}
		return problems.isEmpty() ? new Checked(new Portfolio(checkedOwner, List.copyOf(checked)), List.of())
				: new Checked(null, List.copyOf(problems));
	}

	private static List<String> themes(List<Problem> problems, int i, String where, @Nullable List<String> given,
			@Nullable Set<String> knownThemes) {
		List<String> themes = new ArrayList<>();
		if (given == null) {
			return themes;
		}
		if (given.size() > MAX_THEMES) {
			problems.add(new Problem("TOO_MANY_THEMES", i, "themes", where + ": at most " + MAX_THEMES + " themes"));
			return themes;
		}
		for (String theme : given) {
			String id = clean(theme);
			if (id == null) {
				continue;
			}
			if (!id.startsWith("theme:")) {
				id = "theme:" + id;
			}
			if (knownThemes != null && !knownThemes.contains(id)) {
				problems.add(new Problem("UNKNOWN_THEME", i, "themes",
						where + ": unknown theme (expected an id such as theme:werk-opleiding)"));
				return themes;
			}
			if (!themes.contains(id)) {
				themes.add(id);
			}
		}
		return List.copyOf(themes);
	}

	private static void plainText(List<Problem> problems, @Nullable Integer row, String field, String what,
			String text, int max) {
		if (text.length() > max) {
			problems.add(new Problem("TEXT_TOO_LONG", row, field,
					what + " is " + text.length() + " characters long; at most " + max + " are allowed"));
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean broken = Character.isHighSurrogate(c)
					? (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i)))
					: Character.isLowSurrogate(c);
			if (c == '\0' || broken) {
				problems.add(new Problem("INVALID_TEXT", row, field, what + " holds a NUL character or broken UTF-16"));
				return;
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
