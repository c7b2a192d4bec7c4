package nl.botoc.graph.seed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.botoc.graph.seed.CsvReader.CsvRecord;
import nl.botoc.graph.seed.SeedSchema.Column;
import nl.botoc.graph.seed.SeedSchema.FileSchema;

/**
 * Checks every seed file against {@link SeedSchema} before anything is written, and collects all problems
 * into one {@link SeedValidationException}. The graph is only ever loaded from a seed that passed, which is
 * what lets the loader's Cypher stay free of defensive checks.
 * <p>
 * A file that is missing, unreadable or has a wrong header is reported once and then left out of the row
 * checks and of the reference checks that point into it: one broken header should not bury the real
 * message under a reference error for every row that points into that file.
 */
class SeedValidator {

	private static final Pattern SOURCE_ENTRY = Pattern.compile("([^#|\\s]+)#([^#|\\s]+)");

	/** A data row and the line it starts on. */
	private record Row(int line, Map<String, String> values) {

		String get(String column) {
			return this.values.get(column);
		}

	}

	/** The usable rows of one file and the lines of its keys. */
	private record ParsedFile(FileSchema schema, List<Row> rows, Map<String, Integer> keyLines) {
	}

	ValidatedSeed validate(SeedFiles files) {
		List<String> errors = new ArrayList<>();
		Map<String, ParsedFile> parsed = new LinkedHashMap<>();
		for (FileSchema schema : SeedSchema.FILES) {
			byte[] bytes = files.contents().get(schema.name());
			if (bytes == null) {
				errors.add(schema.name() + ": file is missing from " + files.location());
				continue;
			}
			ParsedFile file = parse(schema, bytes, errors);
			if (file != null) {
				parsed.put(schema.name(), file);
			}
		}
		for (ParsedFile file : parsed.values()) {
			checkReferences(file, parsed, errors);
		}
		checkInterventionThemes(parsed, errors);
		checkUngroundedInterventionsTargetNoGroundedRiskFactor(parsed, errors);
		if (!errors.isEmpty()) {
			throw new SeedValidationException(files.location(), errors);
		}
		Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
		parsed.forEach((name, file) -> rows.put(name, file.rows().stream().map(Row::values).toList()));
		return new ValidatedSeed(files.hash(), List.copyOf(rows.keySet()), rows);
	}

	/** Reads one file and checks everything that needs no other file; null when its rows cannot be trusted. */
	private ParsedFile parse(FileSchema schema, byte[] bytes, List<String> errors) {
		String name = schema.name();
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			errors.add(name + ": not valid UTF-8");
			return null;
		}
		if (text.startsWith("\uFEFF")) {
			errors.add(at(name, 1, "starts with a byte order mark (save as UTF-8 without BOM)"));
			return null;
		}
		List<CsvRecord> records;
		try {
			records = CsvReader.read(text);
		}
		catch (CsvReader.CsvSyntaxException ex) {
			errors.add(at(name, ex.line(), ex.getMessage()));
			return null;
		}
		if (records.isEmpty()) {
			errors.add(at(name, 1, "header row is missing; expected " + String.join(",", schema.header())));
			return null;
		}
		if (!checkHeader(schema, records.get(0).fields(), errors)) {
			return null;
		}
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> keyLines = new HashMap<>();
		for (CsvRecord record : records.subList(1, records.size())) {
			if (record.fields().equals(List.of(""))) {
				errors.add(at(name, record.line(), "blank line (the seed format allows none)"));
				continue;
			}
			if (record.fields().size() != schema.columns().size()) {
				errors.add(at(name, record.line(), "expected " + schema.columns().size() + " fields but found "
						+ record.fields().size()));
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < schema.columns().size(); i++) {
				values.put(schema.columns().get(i).name(), record.fields().get(i));
			}
			Row row = new Row(record.line(), values);
			for (Column column : schema.columns()) {
				checkValue(schema, column, row, errors);
			}
			checkDuplicate(schema, row, keyLines, errors);
			rows.add(row);
		}
		return new ParsedFile(schema, rows, keyLines);
	}

	private boolean checkHeader(FileSchema schema, List<String> actual, List<String> errors) {
		List<String> expected = schema.header();
		if (actual.equals(expected)) {
			return true;
		}
		String name = schema.name();
		Set<String> seen = new HashSet<>();
		for (String column : actual) {
			if (!expected.contains(column)) {
				errors.add(at(name, 1, "unknown column '" + column + "'"));
			}
			else if (!seen.add(column)) {
				errors.add(at(name, 1, "column '" + column + "' appears more than once"));
			}
		}
		for (String column : expected) {
			if (!actual.contains(column)) {
				errors.add(at(name, 1, "missing column '" + column + "'"));
			}
		}
		if (new HashSet<>(actual).equals(new HashSet<>(expected)) && actual.size() == expected.size()) {
			errors.add(at(name, 1, "columns are out of order; expected " + String.join(",", expected) + " but found "
					+ String.join(",", actual)));
		}
		return false;
	}

	private void checkValue(FileSchema schema, Column column, Row row, List<String> errors) {
		String value = row.get(column.name());
		String where = " in column '" + column.name() + "'";
		if (value.isBlank()) {
			boolean required = column.required()
					|| (column.requiredWhen() != null && column.requiredWhen().holds(row::get));
			if (required) {
				String why = column.required() ? ""
						: " when '" + column.requiredWhen().column() + "' is '" + row.get(column.requiredWhen().column())
								+ "'";
				errors.add(at(schema.name(), row.line(), "column '" + column.name() + "' is empty but required" + why));
			}
			return;
		}
		String problem = switch (column.type()) {
			case TEXT, REFERENCE -> null;
			case ID -> column.pattern().matcher(value).matches() ? null
					: "'" + value + "'" + where + " is not a valid id (expected the form " + column.pattern() + ")";
			case ENUM -> column.values().contains(value) ? null
					: "unknown value '" + value + "'" + where + " (allowed: " + String.join(", ", column.values()) + ")";
			case BOOLEAN -> (value.equals("true") || value.equals("false")) ? null
					: "'" + value + "'" + where + " is not a boolean (write true or false)";
			case INTEGER -> value.matches("-?[0-9]{1,18}") ? null : "'" + value + "'" + where + " is not an integer";
			case LIST -> List.of(value.split("\\|", -1)).stream().anyMatch(String::isBlank)
					? "empty item in the |-separated list '" + value + "'" + where : null;
			case SOURCES -> malformedSources(value, where);
		};
		if (problem != null) {
			errors.add(at(schema.name(), row.line(), problem));
		}
	}

	private String malformedSources(String value, String where) {
		for (String entry : value.split("\\|", -1)) {
			if (!SOURCE_ENTRY.matcher(entry).matches()) {
				return "malformed source '" + entry + "'" + where + " (expected <source-id>#<locator>, several separated by |)";
			}
		}
		return null;
	}

	private void checkDuplicate(FileSchema schema, Row row, Map<String, Integer> keyLines, List<String> errors) {
		List<String> parts = schema.key().stream().map(row::get).toList();
		if (parts.stream().anyMatch(String::isBlank)) {
			return;
		}
		String key = String.join("\u0000", parts);
		Integer first = keyLines.putIfAbsent(key, row.line());
		if (first == null) {
			return;
		}
		if (schema.isNodeFile()) {
			errors.add(at(schema.name(), row.line(), "duplicate " + schema.key().get(0) + " '" + parts.get(0)
					+ "' (first on line " + first + ")"));
		}
		else {
			errors.add(at(schema.name(), row.line(), "duplicate row for " + schema.key().get(0) + " '" + parts.get(0)
					+ "' and " + schema.key().get(1) + " '" + parts.get(1) + "' (first on line " + first + ")"));
		}
	}

	private void checkReferences(ParsedFile file, Map<String, ParsedFile> parsed, List<String> errors) {
		ParsedFile sources = parsed.get(SeedSchema.SOURCES);
		for (Row row : file.rows()) {
			for (Column column : file.schema().columns()) {
				String value = row.get(column.name());
				if (value.isBlank()) {
					continue;
				}
				if (column.type() == SeedSchema.Type.REFERENCE) {
					ParsedFile target = parsed.get(column.references());
					if (target != null && !target.keyLines().containsKey(value)) {
						errors.add(at(file.schema().name(), row.line(), "unknown " + target.schema().entity() + " '"
								+ value + "' in column '" + column.name() + "'"));
					}
				}
				else if (column.type() == SeedSchema.Type.SOURCES && sources != null) {
					for (String entry : value.split("\\|", -1)) {
						var matcher = SOURCE_ENTRY.matcher(entry);
						if (matcher.matches() && !sources.keyLines().containsKey(matcher.group(1))) {
							errors.add(at(file.schema().name(), row.line(), "unknown source '" + matcher.group(1)
									+ "' in column '" + column.name() + "'"));
						}
					}
				}
			}
		}
	}

	/** Every intervention touches at least one theme, and exactly one of its themes is the main one. */
	private void checkInterventionThemes(Map<String, ParsedFile> parsed, List<String> errors) {
		ParsedFile interventions = parsed.get(SeedSchema.INTERVENTIONS);
		ParsedFile links = parsed.get(SeedSchema.INTERVENTION_THEMES);
		if (interventions == null || links == null) {
			return;
		}
		Set<String> withTheme = new HashSet<>();
		Map<String, Row> mainTheme = new HashMap<>();
		for (Row link : links.rows()) {
			String code = link.get("intervention");
			withTheme.add(code);
			if (!"true".equals(link.get("main"))) {
				continue;
			}
			Row first = mainTheme.putIfAbsent(code, link);
			if (first != null) {
				errors.add(at(SeedSchema.INTERVENTION_THEMES, link.line(), "intervention '" + code
						+ "' has more than one main theme: '" + link.get("theme") + "' here and '"
						+ first.get("theme") + "' on line " + first.line()));
			}
		}
		for (Row intervention : interventions.rows()) {
			String code = intervention.get("code");
			if (!withTheme.contains(code)) {
				errors.add(at(SeedSchema.INTERVENTIONS, intervention.line(), "intervention '" + code
						+ "' has no theme in " + SeedSchema.INTERVENTION_THEMES));
			}
			else if (!mainTheme.containsKey(code)) {
				errors.add(at(SeedSchema.INTERVENTIONS, intervention.line(), "intervention '" + code
						+ "' has no main theme (no row with main=true in " + SeedSchema.INTERVENTION_THEMES + ")"));
			}
		}
	}

	/** FORMAT.md: an intervention the report calls ungrounded targets no grounded risk factor. */
	private void checkUngroundedInterventionsTargetNoGroundedRiskFactor(Map<String, ParsedFile> parsed,
			List<String> errors) {
		ParsedFile interventions = parsed.get(SeedSchema.INTERVENTIONS);
		ParsedFile factors = parsed.get(SeedSchema.FACTORS);
		ParsedFile links = parsed.get(SeedSchema.INTERVENTION_FACTORS);
		if (interventions == null || factors == null || links == null) {
			return;
		}
		Set<String> ungrounded = new LinkedHashSet<>();
		interventions.rows().stream().filter((r) -> "false".equals(r.get("grounded"))).forEach((r) -> ungrounded.add(r.get("code")));
		Set<String> groundedRisk = new HashSet<>();
		factors.rows()
			.stream()
			.filter((r) -> "RISK".equals(r.get("kind")) && "GROUNDED".equals(r.get("evidence")))
			.forEach((r) -> groundedRisk.add(r.get("id")));
		for (Row link : links.rows()) {
			if (ungrounded.contains(link.get("intervention")) && groundedRisk.contains(link.get("factor"))) {
				errors.add(at(SeedSchema.INTERVENTION_FACTORS, link.line(), "intervention '" + link.get("intervention")
						+ "' is not grounded (grounded=false) but targets grounded risk factor '" + link.get("factor") + "'"));
			}
		}
	}

	private static String at(String file, int line, String problem) {
		return file + " line " + line + ": " + problem;
	}

}
