package nl.botoc.graph.browser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Path;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.SeedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each question of the library, run as the Browser runs it (its {@code :param} line, then the file), gives the same
 * answer on the seed as its GraphQL counterpart asked over HTTP.
 */
@SeedGraphTest
class QuestionsMatchGraphQlTests {

	@Autowired
	Driver driver;

	@Autowired
	GraphQlHttp http;

	private QuestionLibrary questions;

	@BeforeEach
	void library() {
		this.questions = new QuestionLibrary(this.driver);
	}

	@Test
	void whatEachMunicipalityRunsMatchesTheApi() {
		Set<String> cypher = new TreeSet<>();
		for (Record row : this.questions.run("municipalities-and-interventions.cypher", Map.of())) {
			Path path = row.get("p").asPath();
			var nodes = new java.util.ArrayList<org.neo4j.driver.types.Node>();
			path.nodes().forEach(nodes::add);
			cypher.add(key(nodes.get(0)) + " runs " + key(nodes.get(1)) + " on " + key(nodes.get(2)));
		}
		List<Map<String, Object>> municipalities = this.http
			.query("{ municipalities { id interventions { code mainTheme { id } } } }")
			.read("$.data.municipalities");
		Set<String> api = new TreeSet<>();
		for (Map<String, Object> municipality : municipalities) {
			for (Map<String, Object> intervention : maps(municipality.get("interventions"))) {
				api.add(municipality.get("id") + " runs " + intervention.get("code") + " on " + id(intervention.get("mainTheme")));
			}
		}
		assertThat(cypher).isEqualTo(api).hasSizeGreaterThanOrEqualTo(62);
	}

	@Test
	void uncoveredProtectiveFactorsMatchTheApi() {
		var cypher = uncovered(this.questions.run("uncovered-factors.cypher", 1));
		var api = uncovered(this.http.query("""
				{ uncoveredFactors(kind: PROTECTIVE) { factor { id } reasons } }""").read("$.data.uncoveredFactors"));
		assertThat(cypher).isEqualTo(api).isNotEmpty();
		assertThat(cypher.keySet()).allMatch((id) -> id.startsWith("pf:"));
	}

	@Test
	void uncoveredGroundedRiskFactorsInTheReportsViewMatchTheApi() {
		var cypher = uncovered(this.questions.run("uncovered-factors.cypher", 2));
		var api = uncovered(this.http.query("""
				{ uncoveredFactors(kind: RISK, evidence: GROUNDED, modifiableOnly: true, includeInferred: false) {
				    factor { id } reasons } }""").read("$.data.uncoveredFactors"));
		assertThat(cypher).isEqualTo(api).isNotEmpty();
		assertThat(cypher.keySet()).allMatch((id) -> id.startsWith("rf:"));
	}

	@Test
	void mechanismsUnderManyNamesMatchTheApi() {
		Map<String, Object> cypher = new TreeMap<>();
		for (Record row : this.questions.run("shared-mechanisms.cypher", 0)) {
			cypher.put(row.get("mechanism").get("id").asString(), row.get("localNameCount").asInt());
		}
		List<Map<String, Object>> rows = this.http.query("""
				{ sharedMechanisms(minLocalNames: 2) { mechanism { id } localNameCount } }""")
			.read("$.data.sharedMechanisms");
		Map<String, Object> api = new TreeMap<>();
		rows.forEach((row) -> api.put(id(row.get("mechanism")), row.get("localNameCount")));
		assertThat(cypher).isEqualTo(api).isNotEmpty();
	}

	@Test
	void themeByMunicipalityMatrixMatchesTheApi() {
		Map<String, Set<String>> cypher = new TreeMap<>();
		Value cells = this.questions.run("coverage-themes.cypher", 0).get(0).get("cells");
		for (Value cell : cells.values()) {
			Set<String> codes = new TreeSet<>();
			cell.get("entries").values().forEach((entry) -> codes.add(entry.get("intervention").get("code").asString()));
			cypher.put(cell.get("row").asString() + " × " + cell.get("column").asString(), codes);
		}
		List<Map<String, Object>> apiCells = this.http.query("""
				{ coverage(rows: THEME, columns: MUNICIPALITY, interventions: PLANNED) {
				    cells { row column count entries { intervention { code } } } } }""")
			.read("$.data.coverage.cells");
		Map<String, Set<String>> api = new TreeMap<>();
		for (Map<String, Object> cell : apiCells) {
			Set<String> codes = new TreeSet<>();
			maps(cell.get("entries")).forEach((entry) -> codes.add(code(entry.get("intervention"))));
			assertThat(cell.get("count")).isEqualTo(codes.size());
			if (!codes.isEmpty()) {
				api.put(cell.get("row") + " × " + cell.get("column"), codes);
			}
		}
		assertThat(cypher).isEqualTo(api).hasSizeGreaterThan(8);
	}

	@Test
	void everyInterventionsNeighbourhoodMatchesItsEvidenceChainAndDetail() {
		List<String> codes = this.http.query("{ interventions(first: 100) { nodes { code } } }")
			.read("$.data.interventions.nodes[*].code");
		assertThat(codes).hasSizeGreaterThan(60);
		for (String code : codes) {
			Record row = this.questions.run("intervention-neighbourhood.cypher", Map.of("code", code)).get(0);
			var reply = this.http.query("""
					query ($code: ID!) {
					  evidenceChain(code: $code) {
					    factors { factor { id } identifiedIn { source { id } } }
					    recognisedBy { source { id } } }
					  intervention(code: $code) {
					    municipality { id } themes { theme { id } } mechanisms { mechanism { id } localName } } }""",
					Map.of("code", code));
			assertThat(row.get("intervention").asNode().get("code").asString()).isEqualTo(code);
			assertThat(ends(row, "targets", "themeStatements")).as(code + " factors")
				.isEqualTo(new TreeSet<>(reply.<List<String>>read("$.data.evidenceChain.factors[*].factor.id")));
			assertThat(ends(row, "evidence")).as(code + " sources of its factors")
				.isEqualTo(new TreeSet<>(reply.<List<String>>read("$.data.evidenceChain.factors[*].identifiedIn[*].source.id")));
			assertThat(ends(row, "recognisedBy")).as(code + " recognised by")
				.isEqualTo(new TreeSet<>(reply.<List<String>>read("$.data.evidenceChain.recognisedBy[*].source.id")));
			assertThat(ends(row, "themes")).as(code + " themes")
				.isEqualTo(new TreeSet<>(reply.<List<String>>read("$.data.intervention.themes[*].theme.id")));
			assertThat(localNames(row)).as(code + " mechanisms")
				.isEqualTo(apiLocalNames(reply.read("$.data.intervention.mechanisms")));
			Object municipality = reply.read("$.data.intervention.municipality");
			assertThat(starts(row, "runBy")).as(code + " municipality")
				.isEqualTo((municipality != null) ? Set.of(id(municipality)) : Set.of());
		}
	}

	@Test
	void theEvidenceChainTableMatchesTheApi() {
		Record row = this.questions.run("evidence-chain.cypher", 0).get(0);
		List<String> cypher = row.get("factors").asList((f) -> f.get("factor").get("id").asString());
		List<String> api = this.http.query("{ evidenceChain(code: \"AMS1\") { factors { factor { id } } } }")
			.read("$.data.evidenceChain.factors[*].factor.id");
		assertThat(cypher).isEqualTo(api).isNotEmpty();
	}

	@Test
	void interventionsWithNoGroundedBasisMatchTheApi() {
		Set<String> cypher = new TreeSet<>();
		for (Record row : this.questions.run("ungrounded-interventions.cypher", 0)) {
			cypher.add(row.get("code").asString());
		}
		List<String> api = this.http.query("{ interventions(where: {grounded: false}, first: 100) { nodes { code } } }")
			.read("$.data.interventions.nodes[*].code");
		assertThat(cypher).isEqualTo(new TreeSet<>(api)).isNotEmpty();
		// The example of the header narrows to one city, like the API's municipality filter.
		Set<String> rotterdam = new TreeSet<>();
		this.questions.run("ungrounded-interventions.cypher", 1).forEach((row) -> rotterdam.add(row.get("code").asString()));
		List<String> apiRotterdam = this.http
			.query("{ interventions(where: {grounded: false, municipality: \"mun:rotterdam\"}, first: 100) { nodes { code } } }")
			.read("$.data.interventions.nodes[*].code");
		assertThat(rotterdam).isEqualTo(new TreeSet<>(apiRotterdam));
	}

	@Test
	void interventionsNotCarriedOutAndWhatTheyTargetedMatchTheApi() {
		Map<String, Set<String>> cypher = new TreeMap<>();
		for (Record row : this.questions.run("not-carried-out.cypher", 0)) {
			String code = row.get("intervention").asNode().get("code").asString();
			cypher.put(code + " themes", ends(row, "themes"));
			cypher.put(code + " factors", ends(row, "targets"));
		}
		List<Map<String, Object>> nodes = this.http.query("""
				{ interventions(where: {status: [NOT_CARRIED_OUT]}, first: 100) {
				    nodes { code themes { theme { id } } factors { factor { id } } } } }""")
			.read("$.data.interventions.nodes");
		Map<String, Set<String>> api = new TreeMap<>();
		for (Map<String, Object> node : nodes) {
			Set<String> themes = new TreeSet<>();
			maps(node.get("themes")).forEach((link) -> themes.add(id(link.get("theme"))));
			Set<String> factors = new TreeSet<>();
			maps(node.get("factors")).forEach((link) -> factors.add(id(link.get("factor"))));
			api.put(node.get("code") + " themes", themes);
			api.put(node.get("code") + " factors", factors);
		}
		assertThat(cypher).isEqualTo(api).isNotEmpty();
	}

	@Test
	void similarInterventionsAcrossCitiesMatchTheApi() {
		Map<String, Double> cypher = new HashMap<>();
		List<String> cypherOrder = new java.util.ArrayList<>();
		for (Record row : this.questions.run("similar-interventions.cypher", 0)) {
			String code = row.get("intervention").get("code").asString();
			cypherOrder.add(code);
			cypher.put(code, row.get("score").asDouble());
		}
		List<Map<String, Object>> rows = this.http.query("""
				{ similarInterventions(code: "AMS1", first: 5) { intervention { code } score } }""")
			.read("$.data.similarInterventions");
		Map<String, Double> api = new HashMap<>();
		rows.forEach((row) -> api.put(code(row.get("intervention")), ((Number) row.get("score")).doubleValue()));
		assertThat(cypherOrder).isEqualTo(rows.stream().map((row) -> code(row.get("intervention"))).toList()).hasSize(5);
		assertThat(cypher).isEqualTo(api);
	}

	@Test
	void theReportAuditClaimsMatchTheApi() {
		List<String> cypher = this.questions.run("report-audit-claims.cypher", Map.of())
			.stream()
			.map((row) -> row.get("claim").get("id").asString())
			.toList();
		String audit = "{ reportAudit { summary { total } results { claim { id } } } }";
		var reply = this.http.query(audit);
		assertThat(reply.errors()).as(reply.body()).isEmpty();
		List<String> api = reply.read("$.data.reportAudit.results[*].claim.id");
		assertThat(new TreeSet<>(cypher)).isEqualTo(new TreeSet<>(api)).isNotEmpty();
		assertThat(reply.<Integer>read("$.data.reportAudit.summary.total")).isEqualTo(cypher.size());
	}

	private static Map<String, Set<String>> uncovered(List<?> rows) {
		Map<String, Set<String>> byFactor = new TreeMap<>();
		for (Object row : rows) {
			if (row instanceof Record record) {
				Set<String> reasons = new TreeSet<>(record.get("reasons").asList(Value::asString));
				byFactor.put(record.get("factor").get("id").asString(), reasons);
			}
			else {
				@SuppressWarnings("unchecked")
				Map<String, Object> map = (Map<String, Object>) row;
				@SuppressWarnings("unchecked")
				Set<String> reasons = new TreeSet<>((List<String>) map.get("reasons"));
				byFactor.put(id(map.get("factor")), reasons);
			}
		}
		return byFactor;
	}

	/** The ids (or codes) of the last nodes of the paths in the given list columns. */
	private static Set<String> ends(Record row, String... columns) {
		Set<String> ids = new TreeSet<>();
		for (String column : columns) {
			for (Value path : row.get(column).values()) {
				ids.add(key(path.asPath().end()));
			}
		}
		return ids;
	}

	private static Set<String> starts(Record row, String column) {
		Set<String> ids = new TreeSet<>();
		row.get(column).values().forEach((path) -> ids.add(key(path.asPath().start())));
		return ids;
	}

	private static Set<String> localNames(Record row) {
		Set<String> uses = new HashSet<>();
		for (Value value : row.get("mechanisms").values()) {
			Path path = value.asPath();
			uses.add(key(path.end()) + " as " + path.relationships().iterator().next().get("localName").asString());
		}
		return uses;
	}

	private static Set<String> apiLocalNames(List<Map<String, Object>> mechanisms) {
		Set<String> uses = new HashSet<>();
		mechanisms.forEach((use) -> uses.add(id(use.get("mechanism")) + " as " + use.get("localName")));
		return uses;
	}

	private static String key(org.neo4j.driver.types.Node node) {
		return node.containsKey("id") ? node.get("id").asString() : node.get("code").asString();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object list) {
		return (List<Map<String, Object>>) list;
	}

	@SuppressWarnings("unchecked")
	private static String id(Object node) {
		return (String) ((Map<String, Object>) node).get("id");
	}

	@SuppressWarnings("unchecked")
	private static String code(Object node) {
		return (String) ((Map<String, Object>) node).get("code");
	}

}
