package nl.botoc.graph.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

import nl.botoc.graph.curation.Curation.Problems;
import nl.botoc.graph.curation.CurationError.Code;

/**
 * The checks a mutation's input gets before any transaction: required text not empty, text within its length, ids
 * and codes in the shape of seed/FORMAT.md, provenance complete. (The API's own bounds, {@code
 * botoc.graphql.max-string-length} and {@code max-list-length}, have already refused anything larger, NUL characters
 * and broken text; the limits here are tighter, per field.) Every problem is collected, so one answer lists them all.
 */
final class CurationInput {

	/** Names, titles, labels, local names, scopes. */
	static final int NAME_LENGTH = 200;

	/** Descriptions, summaries, explanations. */
	static final int TEXT_LENGTH = 2000;

	/** Rationales and reasons: one line, a sentence or two. */
	static final int RATIONALE_LENGTH = 1000;

	/** Items of a list (former names, focus areas, authors, provenance sources). */
	static final int LIST_LENGTH = 50;

	/** A {@code <source-id>#<locator>} entry, as the seed validator reads them. */
	static final Pattern SOURCE_ENTRY = Pattern.compile("(src:[a-z0-9]+(?:-[a-z0-9]+)*)#([A-Za-z0-9][A-Za-z0-9.\\-]{0,39})");

	private final Map<String, Object> input;

	final Problems problems = new Problems();

	CurationInput(Map<String, Object> input) {
		this.input = input;
		String key = (String) input.get("idempotencyKey");
		if (key != null && (key.isBlank() || key.length() > NAME_LENGTH || key.startsWith("auto:"))) {
			this.problems.add(Code.INVALID_VALUE, "idempotencyKey",
					"An idempotency key has 1 to " + NAME_LENGTH + " characters, not all spaces, and does not start with auto:");
		}
		optionalText("reason", RATIONALE_LENGTH);
	}

	/** The provenance a write carries, checked for shape (its source ids are checked in the transaction). */
	record Provenance(List<String> source, String basis, @Nullable String rationale) {

		List<String> sourceIds() {
			return this.source.stream().map((entry) -> entry.substring(0, entry.indexOf('#'))).distinct().toList();
		}

	}

	boolean has(String field) {
		return this.input.containsKey(field);
	}

	@Nullable Object raw(String field) {
		return this.input.get(field);
	}

	/** Required text: present, not blank, within {@code max}. */
	String requiredText(String field, int max) {
		String text = (String) this.input.get(field);
		if (text == null || text.isBlank()) {
			this.problems.add(Code.EMPTY_NAME, field, field + " must not be empty");
			return "";
		}
		return withinLength(field, text.strip(), max);
	}

	/** Optional text: absent or null stays null; when given, not blank and within {@code max}. */
	@Nullable String optionalText(String field, int max) {
		String text = (String) this.input.get(field);
		if (text == null) {
			return null;
		}
		if (text.isBlank()) {
			this.problems.add(Code.EMPTY_NAME, field, field + " is given but empty; leave it out or send null");
			return null;
		}
		return withinLength(field, text.strip(), max);
	}

	@SuppressWarnings("unchecked")
	@Nullable List<String> optionalList(String field, int maxItemLength) {
		List<String> items = (List<String>) this.input.get(field);
		if (items == null) {
			return null;
		}
		if (items.size() > LIST_LENGTH) {
			this.problems.add(Code.TOO_LONG, field, field + " has " + items.size() + " items; at most " + LIST_LENGTH);
			return null;
		}
		List<String> checked = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i);
			if (item.isBlank()) {
				this.problems.add(Code.EMPTY_NAME, field + "[" + i + "]", field + " has an empty item");
			}
			else {
				checked.add(withinLength(field + "[" + i + "]", item.strip(), maxItemLength));
			}
		}
		return checked.isEmpty() ? null : List.copyOf(new LinkedHashSet<>(checked));
	}

	/** A value that must match {@code shape} (ids, codes, dates). */
	String matching(String field, Pattern shape, String what) {
		String value = (String) this.input.get(field);
		if (value == null || !shape.matcher(value).matches()) {
			this.problems.add(Code.INVALID_VALUE, field, field + " must be " + what);
			return (value != null) ? value : "";
		}
		return value;
	}

	@Nullable Long integer(String field, long min, long max) {
		Number value = (Number) this.input.get(field);
		if (value == null) {
			return null;
		}
		if (value.longValue() < min || value.longValue() > max) {
			this.problems.add(Code.INVALID_VALUE, field, field + " must be between " + min + " and " + max);
		}
		return value.longValue();
	}

	@Nullable Boolean bool(String field) {
		return (Boolean) this.input.get(field);
	}

	@Nullable String enumValue(String field) {
		return (String) this.input.get(field);
	}

	/** The provenance of the write; a write without it is refused (MISSING_PROVENANCE). */
	@SuppressWarnings("unchecked")
	@Nullable Provenance provenance() {
		Map<String, Object> provenance = (Map<String, Object>) this.input.get("provenance");
		if (provenance == null) {
			this.problems.add(Code.MISSING_PROVENANCE, "provenance",
					"Every write carries its provenance: source, basis and, when inferred, a rationale");
			return null;
		}
		List<String> sources = (List<String>) provenance.getOrDefault("source", List.of());
		boolean ok = true;
		if (sources.isEmpty()) {
			this.problems.add(Code.MISSING_PROVENANCE, "provenance.source",
					"Name at least one place in a source, as <source-id>#<locator>");
			ok = false;
		}
		else if (sources.size() > LIST_LENGTH) {
			this.problems.add(Code.TOO_LONG, "provenance.source", "At most " + LIST_LENGTH + " sources");
			ok = false;
		}
		for (int i = 0; i < sources.size() && ok; i++) {
			if (!SOURCE_ENTRY.matcher(sources.get(i)).matches()) {
				this.problems.add(Code.INVALID_VALUE, "provenance.source[" + i + "]",
						"A source is <source-id>#<locator>, e.g. src:praktijkscan#2.2");
				ok = false;
			}
		}
		String basis = ((String) provenance.get("basis")).toLowerCase(java.util.Locale.ROOT);
		String rationale = (String) provenance.get("rationale");
		if (rationale != null && rationale.isBlank()) {
			rationale = null;
		}
		if ("inferred".equals(basis) && rationale == null) {
			this.problems.add(Code.MISSING_PROVENANCE, "provenance.rationale",
					"An inferred write needs a rationale: why you conclude it, citing the words and where they are");
			ok = false;
		}
		if (rationale != null && rationale.length() > RATIONALE_LENGTH) {
			this.problems.add(Code.TOO_LONG, "provenance.rationale",
					"provenance.rationale has " + rationale.length() + " characters; at most " + RATIONALE_LENGTH);
			ok = false;
		}
		return ok ? new Provenance(List.copyOf(new LinkedHashSet<>(sources)), basis,
				(rationale != null) ? rationale.strip() : null) : null;
	}

	/** In the transaction: every source the provenance cites exists (except {@code self}, a source citing itself). */
	static void checkSourcesExist(TransactionContext tx, @Nullable Provenance provenance, @Nullable String self,
			Problems problems) {
		if (provenance == null) {
			return;
		}
		for (String id : provenance.sourceIds()) {
			if (!id.equals(self) && !GraphEdits.exists(tx, GraphEdits.NodeKind.SOURCE, id)) {
				problems.add(Code.UNKNOWN_ID, "provenance.source", "There is no source " + id);
			}
		}
	}

	private String withinLength(String field, String text, int max) {
		if (text.length() > max) {
			this.problems.add(Code.TOO_LONG, field, field + " has " + text.length() + " characters; at most " + max);
		}
		return text;
	}

}
