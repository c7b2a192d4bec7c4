package nl.botoc.graph.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import nl.botoc.graph.system.graphql.GraphReads;

/**
 * What the scan compares a portfolio with: the curated interventions with their links, the themes with their
 * §3.1.1 statements, the factors and the mechanisms with the local names they go by. Read per scan, in the request's
 * transaction (the graph is small: the whole of it is a few hundred rows), optionally without one municipality's
 * interventions and local names, which is how the leave-one-municipality-out evaluation hides what it tests.
 * Municipalities and interventions a curator imported from a scan ({@link PortfolioScanner#IMPORTED_SOURCE_PREFIX}) are left out
 * too: their links are the scan's own inferences, and a scan that learnt from them would cite its guesses as
 * evidence for the next ones.
 */
record CuratedGraph(Map<String, Intervention> interventions, List<Theme> themes, Map<String, Factor> factors,
		Map<String, Mechanism> mechanisms, List<String> municipalities) {

	record Intervention(String code, String name, String text, String approach, boolean recognised,
			@Nullable Boolean grounded, @Nullable String municipality, List<String> themes, @Nullable String mainTheme,
			List<String> factors, Map<String, String> mechanisms) {
	}

	record Theme(String id, String labelNl, String shortLabelNl, String labelEn, String approach,
			List<String> statementFactors) {
	}

	record Factor(String id, String kind, String evidence, boolean modifiable, String nameNl, String nameEn) {

		/** The factors a gap list is about: grounded risk factors and the protective factors. */
		boolean counted() {
			return "PROTECTIVE".equals(this.kind) || "GROUNDED".equals(this.evidence);
		}

	}

	/** A mechanism with its names and the local names (lower case) it goes by in the visible interventions. */
	record Mechanism(String id, String nameNl, String nameEn, Set<String> terms) {
	}

	private static final String INTERVENTIONS = """
			MATCH (i:Intervention)
			WHERE NOT any(s IN coalesce(i.source, []) WHERE s STARTS WITH $imported)
			OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
			WITH i, m WHERE $exclude IS NULL OR m IS NULL OR m.id <> $exclude
			RETURN i.code AS code, i.name AS name, coalesce(i.descriptionNl, '') + ' ' + coalesce(i.descriptionEn, '') AS text,
			       coalesce(i.approach, 'PREVENTIVE') AS approach, coalesce(i.recognised, false) AS recognised,
			       i.grounded AS grounded, m.id AS municipality,
			       COLLECT { MATCH (i)-[t:TOUCHES]->(th:Theme) RETURN [th.id, t.main] } AS themes,
			       COLLECT { MATCH (i)-[:TARGETS]->(f:Factor) RETURN f.id } AS factors,
			       COLLECT { MATCH (i)-[u:USES]->(me:Mechanism) RETURN [me.id, coalesce(u.localName, '')] } AS mechanisms
			ORDER BY code""";

	private static final String THEMES = """
			MATCH (t:Theme)
			RETURN t.id AS id, t.labelNl AS labelNl, t.shortLabelNl AS shortLabelNl, t.labelEn AS labelEn,
			       t.approach AS approach,
			       COLLECT { MATCH (t)-[r:TARGETS]->(f:Factor) WHERE r.basis = 'stated' RETURN f.id ORDER BY f.id } AS factors
			ORDER BY t.id""";

	private static final String FACTORS = """
			MATCH (f:Factor)
			RETURN f.id AS id, f.kind AS kind, f.evidence AS evidence, coalesce(f.modifiable, true) AS modifiable,
			       f.nameNl AS nameNl, f.nameEn AS nameEn
			ORDER BY f.kind DESC, f.id""";

	private static final String MECHANISMS = """
			MATCH (m:Mechanism) RETURN m.id AS id, m.nameNl AS nameNl, m.nameEn AS nameEn ORDER BY m.id""";

	private static final String MUNICIPALITIES = """
			MATCH (m:Municipality)
			WHERE ($exclude IS NULL OR m.id <> $exclude) AND NOT any(s IN coalesce(m.source, []) WHERE s STARTS WITH $imported)
			RETURN m.id AS id ORDER BY m.id""";

	/** Reads the graph, leaving out municipality {@code exclude} (null: leave out nothing). */
	static CuratedGraph read(GraphReads reads, @Nullable String exclude) {
		return read(ScanReads.of(reads), exclude);
	}

	/** Reads the graph through {@code reads}, leaving out municipality {@code exclude}. */
	static CuratedGraph read(ScanReads reads, @Nullable String exclude) {
		Map<String, Object> params = new HashMap<>();
		params.put("exclude", exclude);
		params.put("imported", PortfolioScanner.IMPORTED_SOURCE_PREFIX);
		Map<String, Intervention> interventions = new LinkedHashMap<>();
		Map<String, Set<String>> terms = new HashMap<>();
		for (Intervention i : reads.list(INTERVENTIONS, params, (r) -> {
			List<String> themes = new ArrayList<>();
			String main = null;
			for (Value t : r.get("themes").values()) {
				themes.add(t.get(0).asString());
				if (t.get(1).asBoolean(false)) {
					main = t.get(0).asString();
				}
			}
			Map<String, String> mechanisms = new LinkedHashMap<>();
			for (Value u : r.get("mechanisms").values()) {
				mechanisms.put(u.get(0).asString(), u.get(1).asString());
			}
			return new Intervention(r.get("code").asString(), r.get("name").asString(), r.get("text").asString(),
					r.get("approach").asString(), r.get("recognised").asBoolean(),
					r.get("grounded").isNull() ? null : r.get("grounded").asBoolean(),
					r.get("municipality").isNull() ? null : r.get("municipality").asString(), List.copyOf(themes), main,
					r.get("factors").asList(Value::asString), mechanisms);
		})) {
			interventions.put(i.code(), i);
			i.mechanisms().forEach((m, local) -> {
				if (!local.isBlank()) {
					terms.computeIfAbsent(m, (k) -> new LinkedHashSet<>()).add(local.toLowerCase(Locale.ROOT));
				}
			});
		}
		List<Theme> themes = new ArrayList<>(reads.list(THEMES, Map.of(),
				(r) -> new Theme(r.get("id").asString(), r.get("labelNl").asString(), r.get("shortLabelNl").asString(),
						r.get("labelEn").asString(), r.get("approach").asString(), r.get("factors").asList(Value::asString))));
		themes.sort(java.util.Comparator.comparingInt((Theme t) -> position(t.id())).thenComparing(Theme::id));
		Map<String, Factor> factors = new LinkedHashMap<>();
		reads.list(FACTORS, Map.of(),
				(r) -> new Factor(r.get("id").asString(), r.get("kind").asString(), r.get("evidence").asString(),
						r.get("modifiable").asBoolean(), r.get("nameNl").asString(), r.get("nameEn").asString()))
			.forEach((f) -> factors.put(f.id(), f));
		Map<String, Mechanism> mechanisms = new LinkedHashMap<>();
		reads.list(MECHANISMS, Map.of(), (r) -> new Mechanism(r.get("id").asString(), r.get("nameNl").asString(),
				r.get("nameEn").asString(), Set.copyOf(terms.getOrDefault(r.get("id").asString(), Set.of()))))
			.forEach((m) -> mechanisms.put(m.id(), m));
		List<String> municipalities = reads.list(MUNICIPALITIES, params, (r) -> r.get("id").asString());
		return new CuratedGraph(interventions, themes, factors, mechanisms, municipalities);
	}

	/** The report's order of the themes (§2.1, Bijlage 2; seed/FORMAT.md): the graph stores no position. */
	private static final List<String> REPORT_ORDER = List.of("theme:gedrag-identiteit", "theme:werk-opleiding",
			"theme:vroegsignalering", "theme:straatcoaches-jongerenwerk", "theme:rolmodellen-ervaringsdeskundigen",
			"theme:criminele-families", "theme:versterken-ouderrol", "theme:opsporing-vervolging",
			"theme:bovenlokale-netwerken", "theme:online-leefwereld", "theme:schoolomgeving",
			"theme:deskundigheidsbevordering");

	private static int position(String theme) {
		int i = REPORT_ORDER.indexOf(theme);
		return (i < 0) ? REPORT_ORDER.size() : i;
	}

	Theme theme(String id) {
		return this.themes.stream().filter((t) -> t.id().equals(id)).findFirst().orElseThrow();
	}

	Set<String> themeIds() {
		Set<String> ids = new LinkedHashSet<>();
		this.themes.forEach((t) -> ids.add(t.id()));
		return ids;
	}

	/**
	 * Whether a curated intervention addresses a factor, as {@code uncoveredFactors} counts it: its own TARGETS link,
	 * or (grounded interventions only) a theme it touches whose §3.1.1 statement names the factor.
	 */
	@Nullable String addresses(Intervention i, String factor) {
		if (i.factors().contains(factor)) {
			return "DIRECT";
		}
		if (Boolean.TRUE.equals(i.grounded())) {
			for (String t : i.themes()) {
				if (theme(t).statementFactors().contains(factor)) {
					return "THEME_STATEMENT";
				}
			}
		}
		return null;
	}

	/** The counted factors none of this municipality's interventions addresses (its gap list), in factor order. */
	List<String> gaps(String municipality) {
		List<String> gaps = new ArrayList<>();
		for (Factor f : this.factors.values()) {
			if (f.counted() && this.interventions.values()
				.stream()
				.filter((i) -> municipality.equals(i.municipality()))
				.noneMatch((i) -> addresses(i, f.id()) != null)) {
				gaps.add(f.id());
			}
		}
		return gaps;
	}

	List<Intervention> of(String municipality) {
		return this.interventions.values().stream().filter((i) -> municipality.equals(i.municipality())).toList();
	}

}
