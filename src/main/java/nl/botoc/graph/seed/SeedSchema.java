package nl.botoc.graph.seed;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The seed contract of {@code seed/FORMAT.md}, written down once as data: which files exist, in which order
 * they load, their exact columns, and per column what a valid value is. The validator checks against this
 * and nothing else, so a change to the contract is a change here (and in FORMAT.md), not a hunt through
 * code.
 */
final class SeedSchema {

	private SeedSchema() {
	}

	/** What a column holds; decides how the validator reads a non-empty value. */
	enum Type {

		/** Free text. */
		TEXT,
		/** The file's own key, matching the column's pattern. */
		ID,
		/** One of a fixed set of values. */
		ENUM,
		/** {@code true} or {@code false}. */
		BOOLEAN,
		/** A whole number. */
		INTEGER,
		/** {@code |}-separated text items, none empty. */
		LIST,
		/** A key of another seed file. */
		REFERENCE,
		/** {@code |}-separated {@code <source-id>#<locator>} entries. */
		SOURCES

	}

	/**
	 * A column must be filled when another column of the same row has one of the given values (a rationale
	 * when its basis is inferred, a municipality unless the intervention was added later).
	 */
	record RequiredWhen(String column, Set<String> values, String unlessColumn, Set<String> unlessValues) {

		RequiredWhen(String column, Set<String> values) {
			this(column, values, null, Set.of());
		}

		/** Whether the condition holds for a row (and no exemption applies). */
		boolean holds(Function<String, String> row) {
			return this.values.contains(row.apply(this.column))
					&& (this.unlessColumn == null || !this.unlessValues.contains(row.apply(this.unlessColumn)));
		}

	}

	/**
	 * One column.
	 *
	 * @param name header name
	 * @param type how a value is read
	 * @param required whether the field may be empty
	 * @param requiredWhen a condition that makes an optional field required, or null
	 * @param values the allowed values of an {@link Type#ENUM}
	 * @param pattern the form of an {@link Type#ID}
	 * @param references the file whose keys a {@link Type#REFERENCE} points to
	 */
	record Column(String name, Type type, boolean required, RequiredWhen requiredWhen, Set<String> values,
			Pattern pattern, String references) {

		Column optional() {
			return new Column(this.name, this.type, false, this.requiredWhen, this.values, this.pattern,
					this.references);
		}

		Column requiredWhen(String column, String... values) {
			return new Column(this.name, this.type, false, new RequiredWhen(column, Set.of(values)), this.values,
					this.pattern, this.references);
		}

		/**
		 * Exempts rows whose {@code column} has one of {@code values} from the {@link #requiredWhen} condition: an
		 * inferred attribute that takes the documented default (status AS_PLANNED with no asterisk, not
		 * recognised, modifiable) needs no rationale of its own, so that no row repeats another's boilerplate.
		 */
		Column unless(String column, String... values) {
			return new Column(this.name, this.type, false, new RequiredWhen(this.requiredWhen.column(),
					this.requiredWhen.values(), column, Set.of(values)), this.values, this.pattern, this.references);
		}

	}

	/**
	 * One seed file.
	 *
	 * @param name file name in the seed folder
	 * @param entity what one key of this file names in messages ("municipality", "theme")
	 * @param columns the exact header, in order
	 * @param key the columns that identify a row: the id of a node file, the two ends of a relationship file
	 * @param cypher the loader statement under {@code cypher/seed/}
	 */
	record FileSchema(String name, String entity, List<Column> columns, List<String> key, String cypher) {

		List<String> header() {
			return this.columns.stream().map(Column::name).toList();
		}

		/** The file's base name, under which its rows are passed to the final statement. */
		String baseName() {
			return this.name.substring(0, this.name.length() - ".csv".length());
		}

		boolean isNodeFile() {
			return this.key.size() == 1;
		}

	}

	static final String SOURCES = "sources.csv";

	static final String MUNICIPALITIES = "municipalities.csv";

	static final String THEMES = "themes.csv";

	static final String INTERVENTIONS = "interventions.csv";

	static final String FACTORS = "factors.csv";

	static final String MECHANISMS = "mechanisms.csv";

	static final String CLAIMS = "claims.csv";

	static final String INTERVENTION_THEMES = "intervention_themes.csv";

	static final String THEME_FACTORS = "theme_factors.csv";

	static final String INTERVENTION_FACTORS = "intervention_factors.csv";

	static final String INTERVENTION_MECHANISMS = "intervention_mechanisms.csv";

	static final String EXPLORATORY_ELEMENTS = "exploratory_elements.csv";

	/** Runs after every file: removes what the seed no longer holds and records the seed's hash. */
	static final String FINAL_CYPHER = "99_remove_stale_and_record_version.cypher";

	private static final String[] STATUSES = { "AS_PLANNED", "ADAPTED", "NOT_CARRIED_OUT", "ADDED_LATER" };

	private static final String[] METRICS = { "municipalities.total", "interventions.planned",
			"interventions.byMunicipality", "interventions.byApproach", "interventions.carriedOut",
			"interventions.notCarriedOutByTheme", "interventions.recognised", "interventions.grounded",
			"interventions.byTheme", "interventions.groundedByTheme", "interventions.ungroundedByTheme",
			"municipalities.byTheme", "factors.count", "factors.studiedInNl", "factors.categories",
			"sources.studiesAnalysed", "interventions.recognisedByTheme", "interventions.named",
			"interventions.addressingFactor", "interventions.withThemes", "municipalities.runningNamed",
			"municipalities.focusAreas", "themes.total", "exploratory.count", "factors.namedAt" };

	private static final String[] PLANNED_STATUSES = { "AS_PLANNED", "ADAPTED", "NOT_CARRIED_OUT" };

	private static final String[] FACTOR_CATEGORIES = { "Persoonlijke factoren", "Psychologische factoren",
			"Criminaliteit", "Levensstijl", "Sociale bindingen", "Overige sociale factoren",
			"Opleidingsniveau, werk en economische omstandigheden", "Risicofactoren per rol",
			"Beschermende factoren" };

	/** All seed files, in load order: every file comes after the files it references. */
	static final List<FileSchema> FILES = List.of(
			file(SOURCES, "source", "01_sources.cypher", key("id"),
					id("id", "src:[a-z0-9-]+"), oneOf("kind", "REPORT", "REVIEW", "RECOGNITION", "POLICY"),
					text("title"), list("authors").optional(), integer("year").optional(),
					text("publisher").optional(), integer("studies_analysed").optional(), text("description_en"),
					provenance()),
			file(MUNICIPALITIES, "municipality", "02_municipalities.cypher", key("id"),
					id("id", "mun:[a-z0-9-]+"), text("name"),
					oneOf("code_prefix", "AMS", "ARN", "DH", "EIN", "ROT", "TIL", "UTR", "ZAA"),
					text("programme").optional(), list("focus_areas").optional(), text("target_age").optional(),
					text("summary_en"), text("summary_nl"), provenance()),
			file(THEMES, "theme", "03_themes.cypher", key("id"),
					id("id", "theme:[a-z0-9-]+"), text("label_nl"), text("short_label_nl"), text("label_en"),
					oneOf("approach", "PREVENTIVE", "REPRESSIVE"), text("description_en"), provenance()),
			file(FACTORS, "factor", "04_factors.cypher", key("id"),
					id("id", "(rf|pf):[a-z0-9-]+"), oneOf("kind", "RISK", "PROTECTIVE"), text("name_nl"),
					text("name_en"), oneOf("category", FACTOR_CATEGORIES),
					oneOf("evidence", "GROUNDED", "PLAUSIBLE", "UNGRADED"), text("target_group"),
					bool("studied_in_nl").optional(), bool("modifiable"), basis("modifiable_basis"),
					text("modifiable_rationale").requiredWhen("modifiable_basis", "inferred").unless("modifiable", "true"),
					reference("identified_in", SOURCES), provenance()),
			file(MECHANISMS, "mechanism", "05_mechanisms.cypher", key("id"),
					id("id", "mech:[a-z0-9-]+"), text("name_en"), text("name_nl"), text("description_en"),
					text("description_nl"), provenance()),
			file(INTERVENTIONS, "intervention", "06_interventions.cypher", key("code"),
					id("code", "(AMS|ARN|DH|EIN|ROT|TIL|UTR|ZAA)[0-9]+|(AMS|ARN|DH|EIN|ROT|TIL|UTR|ZAA|NL)-X[0-9]+"),
					reference("municipality", MUNICIPALITIES).requiredWhen("status", "AS_PLANNED", "ADAPTED",
							"NOT_CARRIED_OUT"),
					text("name"), text("description_en"), text("description_nl"),
					oneOf("approach", "PREVENTIVE", "REPRESSIVE"), basis("approach_basis"),
					rationale("approach_rationale", "approach_basis").unless("approach", "PREVENTIVE"),
					oneOf("status", STATUSES), basis("status_basis"),
					rationale("status_rationale", "status_basis").unless("status", "AS_PLANNED"),
					list("former_names").optional(),
					// The report assessed only the 62 planned interventions (§3.2): an added one has no verdict.
					bool("recognised").requiredWhen("status", PLANNED_STATUSES),
					reference("recognised_by", SOURCES).optional(),
					basis("recognised_basis").requiredWhen("status", PLANNED_STATUSES),
					rationale("recognised_rationale", "recognised_basis").unless("recognised", "false"),
					bool("grounded").requiredWhen("status", PLANNED_STATUSES),
					basis("grounded_basis").requiredWhen("status", PLANNED_STATUSES),
					rationale("grounded_rationale", "grounded_basis"), bool("exploratory"),
					text("target_age").optional(), provenance()),
			file(CLAIMS, "claim", "07_claims.cypher", key("id"),
					id("id", "claim:[a-z0-9-]+"), text("statement_en"), oneOf("metric", METRICS),
					text("scope").optional(), oneOf("comparison", "EQUALS", "AT_LEAST", "AT_MOST"),
					integer("expected"), text("printed"), lines("lines"), sources("source"),
					oneOf("basis", "stated"), text("explanation").optional()),
			file(INTERVENTION_THEMES, "intervention theme", "08_intervention_themes.cypher",
					key("intervention", "theme"),
					reference("intervention", INTERVENTIONS), reference("theme", THEMES), bool("main"),
					provenance()),
			file(THEME_FACTORS, "theme factor", "09_theme_factors.cypher", key("theme", "factor"),
					reference("theme", THEMES), reference("factor", FACTORS), provenance()),
			file(INTERVENTION_FACTORS, "intervention factor", "10_intervention_factors.cypher",
					key("intervention", "factor"),
					reference("intervention", INTERVENTIONS), reference("factor", FACTORS), provenance()),
			file(INTERVENTION_MECHANISMS, "intervention mechanism", "11_intervention_mechanisms.cypher",
					key("intervention", "mechanism"),
					reference("intervention", INTERVENTIONS), reference("mechanism", MECHANISMS),
					text("local_name").optional(), provenance()),
			file(EXPLORATORY_ELEMENTS, "exploratory element", "12_exploratory_elements.cypher", key("id"),
					id("id", "pilot:[a-z0-9-]+"), text("name_en"), text("name_nl"), text("description_en"),
					text("description_nl"), text("term_nl").optional(),
					reference("municipality", MUNICIPALITIES).optional(),
					reference("intervention", INTERVENTIONS).optional(), reference("theme", THEMES).optional(),
					reference("mechanism", MECHANISMS).optional(), basis("link_basis"),
					rationale("link_rationale", "link_basis"), provenance()));

	private static FileSchema file(String name, String entity, String cypher, List<String> key, Object... columns) {
		List<Column> flat = Arrays.stream(columns)
			.flatMap((c) -> (c instanceof Column[] many) ? Stream.of(many) : Stream.of((Column) c))
			.toList();
		return new FileSchema(name, entity, flat, key, cypher);
	}

	private static List<String> key(String... columns) {
		return List.of(columns);
	}

	private static Column column(String name, Type type) {
		return new Column(name, type, true, null, Set.of(), null, null);
	}

	private static Column text(String name) {
		return column(name, Type.TEXT);
	}

	private static Column id(String name, String pattern) {
		return new Column(name, Type.ID, true, null, Set.of(), Pattern.compile(pattern), null);
	}

	private static Column oneOf(String name, String... values) {
		return new Column(name, Type.ENUM, true, null, new LinkedHashSet<>(List.of(values)), null, null);
	}

	private static Column bool(String name) {
		return column(name, Type.BOOLEAN);
	}

	private static Column integer(String name) {
		return column(name, Type.INTEGER);
	}

	private static Column list(String name) {
		return column(name, Type.LIST);
	}

	/** Line numbers in the report's plain text: {@code L133} or {@code L133-147}. */
	private static Column lines(String name) {
		return new Column(name, Type.ID, true, null, Set.of(), Pattern.compile("L[0-9]+(-[0-9]+)?"), null);
	}

	private static Column sources(String name) {
		return column(name, Type.SOURCES);
	}

	private static Column reference(String name, String file) {
		return new Column(name, Type.REFERENCE, true, null, Set.of(), null, file);
	}

	private static Column basis(String name) {
		return oneOf(name, "stated", "inferred");
	}

	private static Column rationale(String name, String basisColumn) {
		return text(name).requiredWhen(basisColumn, "inferred");
	}

	/** The {@code source,basis,rationale} columns every file ends with (claims.csv has its own). */
	private static Column[] provenance() {
		return new Column[] { sources("source"), basis("basis"), rationale("rationale", "basis") };
	}

}
