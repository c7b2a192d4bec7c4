package nl.botoc.graph.scan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.botoc.graph.system.graphql.BadArgumentException;

/**
 * Reads an uploaded portfolio, CSV or JSON, into the rows {@link PortfolioBounds} checks. UTF-8 only (a file saved
 * in another encoding is refused, not guessed at, so no name is silently garbled); a byte-order mark is allowed.
 * CSV: a header row, comma or semicolon separated (a Dutch spreadsheet writes semicolons), fields quoted with
 * {@code "}. Columns {@code name} and {@code description} are required ({@code naam}, {@code beschrijving} in Dutch),
 * {@code approach}, {@code status} and {@code themes} ({@code |} separated) optional; any other column is an error,
 * since a misspelt column would otherwise be dropped without a word.
 */
final class PortfolioFiles {

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("naam", "name"), Map.entry("description", "description"), Map.entry("beschrijving", "description"),
			Map.entry("omschrijving", "description"), Map.entry("approach", "approach"), Map.entry("aanpak", "approach"),
			Map.entry("status", "status"), Map.entry("themes", "themes"), Map.entry("themas", "themes"),
			Map.entry("thema's", "themes"));

	private static final Set<String> REQUIRED = Set.of("name", "description");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PortfolioFiles() {
	}

	/** A parsed file: an owner (JSON only) and the raw rows. */
	record Parsed(@Nullable String owner, List<PortfolioBounds.RawRow> rows) {
	}

	/** Decodes strict UTF-8 (without a byte-order mark), or fails with {@code INVALID_ENCODING}. */
	static String utf8(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new BadArgumentException("INVALID_ENCODING",
					"The file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet) and upload it again");
		}
	}

	static Parsed csv(String text) {
		List<List<String>> records = records(text);
		if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
			throw new BadArgumentException("EMPTY_PORTFOLIO", "The file is empty; expected a header row "
					+ "(name,description,…) and one row per intervention");
		}
		List<String> header = new ArrayList<>();
		for (String column : records.get(0)) {
			String key = COLUMNS.get(column.strip().toLowerCase(Locale.ROOT));
			if (key == null) {
				throw new BadArgumentException("UNKNOWN_COLUMN", "Column " + (header.size() + 1)
						+ " of the header is not one of name, description, approach, status, themes");
			}
			if (header.contains(key)) {
				throw new BadArgumentException("DUPLICATE_COLUMN", "Column '" + key + "' occurs twice");
			}
			header.add(key);
		}
		for (String required : REQUIRED) {
			if (!header.contains(required)) {
				throw new BadArgumentException("MISSING_COLUMN", "Column '" + required + "' is missing; the header must "
						+ "name at least name and description");
			}
		}
		List<PortfolioBounds.RawRow> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> record = records.get(r);
			if (record.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (record.size() != header.size()) {
				throw new BadArgumentException("WRONG_COLUMN_COUNT", "Row " + (r + 1) + " has " + record.size()
						+ " fields; the header has " + header.size());
			}
			if (rows.size() > PortfolioBounds.MAX_ROWS) {
				break; // the bounds check reports the size
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				values.put(header.get(c), record.get(c));
			}
			String themes = values.get("themes");
			rows.add(new PortfolioBounds.RawRow(values.get("name"), values.get("description"), values.get("approach"),
					values.get("status"), (themes == null || themes.isBlank()) ? null : List.of(themes.split("\\|"))));
		}
		return new Parsed(null, rows);
	}

	/** JSON: an array of interventions, or an object {@code {"owner": …, "interventions": [...]}}. */
	static Parsed json(String text) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new BadArgumentException("MALFORMED_FILE", "The file is not valid JSON");
		}
		if (root == null || root.isMissingNode() || root.isNull()) {
			throw new BadArgumentException("EMPTY_PORTFOLIO", "The file is empty");
		}
		String owner = null;
		JsonNode list = root;
		if (root.isObject()) {
			for (String field : root.propertyNames()) {
				if (!field.equals("owner") && !field.equals("interventions")) {
					throw new BadArgumentException("UNKNOWN_COLUMN",
							"The file holds a field other than owner and interventions");
				}
			}
			owner = root.path("owner").isString() ? root.path("owner").asString() : null;
			list = root.path("interventions");
		}
		if (!list.isArray()) {
			throw new BadArgumentException("MALFORMED_FILE", "Expected a list of interventions");
		}
		List<PortfolioBounds.RawRow> rows = new ArrayList<>();
		for (JsonNode item : list) {
			if (!item.isObject()) {
				throw new BadArgumentException("MALFORMED_FILE", "Intervention " + (rows.size() + 1) + " is not an object");
			}
			Map<String, JsonNode> values = new LinkedHashMap<>();
			for (String field : item.propertyNames()) {
				String key = COLUMNS.get(field.toLowerCase(Locale.ROOT));
				if (key == null) {
					throw new BadArgumentException("UNKNOWN_COLUMN", "Intervention " + (rows.size() + 1)
							+ " has a field other than name, description, approach, status, themes");
				}
				values.put(key, item.get(field));
			}
			if (!values.containsKey("name")) {
				throw new BadArgumentException("MISSING_COLUMN", "Intervention " + (rows.size() + 1) + " has no name");
			}
			List<String> themes = null;
			JsonNode t = values.get("themes");
			if (t != null && t.isArray()) {
				themes = new ArrayList<>();
				for (JsonNode theme : t) {
					themes.add(theme.asString());
				}
			}
			else if (t != null && t.isString()) {
				themes = List.of(t.asString().split("\\|"));
			}
			rows.add(new PortfolioBounds.RawRow(string(values.get("name")), string(values.get("description")),
					string(values.get("approach")), string(values.get("status")), themes));
			if (rows.size() > PortfolioBounds.MAX_ROWS) {
				break;
			}
		}
		return new Parsed(owner, rows);
	}

	private static @Nullable String string(@Nullable JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	/** RFC 4180 records, with the separator the header uses ({@code ,} or {@code ;}). */
	static List<List<String>> records(String text) {
		String firstLine = text.lines().findFirst().orElse("");
		char separator = (count(firstLine, ';') > count(firstLine, ',')) ? ';' : ',';
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			any = true;
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				any = false;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new BadArgumentException("MALFORMED_FILE", "A quoted field is never closed (a \" is missing)");
		}
		if (any) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	private static int count(String line, char c) {
		return (int) line.chars().filter((x) -> x == c).count();
	}

}
