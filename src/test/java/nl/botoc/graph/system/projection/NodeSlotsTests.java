package nl.botoc.graph.system.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphFixture;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analysis question reads the entities of its answer in its own statement ({@link NodeSlots}): one statement
 * per request whatever the size of the answer, exactly the selected fields, and the same values as the per-field
 * entity reads that a slot selected twice still takes.
 */
@GraphApiTest
class NodeSlotsTests {

	static final String COVERAGE = """
			{ coverage(rows: THEME, interventions: ALL) { grandTotal
			    cells { row column count entries { intervention { code name status municipality { id } }
			      municipality { name } main } } } }""";

	static final String SHARED = """
			{ sharedMechanisms(minLocalNames: 1) { mechanism { id nameEn } localNameCount municipalities { name }
			    localNames { localName uses { intervention { code themes { theme { id } } } municipality { id } } } } }""";

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphFixture fixture;

	@Autowired
	GraphQlHttp http;

	@Autowired
	Driver driver;

	@AfterEach
	void removeClones() {
		this.fixture.removeClones();
	}

	@Test
	void aCoverageMatrixAndTheSharedMechanismsAreOneStatementOnAGraphTenTimesLarger() {
		int small = count(COVERAGE, "$.data.coverage.cells[*].entries[*].intervention.code", 1);
		int sharedSmall = count(SHARED, "$.data.sharedMechanisms[*].localNames[*].uses[*].intervention.code", 1);
		this.fixture.cloneTimes(9);
		assertThat(count(COVERAGE, "$.data.coverage.cells[*].entries[*].intervention.code", 1)).isEqualTo(small * 10);
		assertThat(count(SHARED, "$.data.sharedMechanisms[*].localNames[*].uses[*].intervention.code", 1))
			.isEqualTo(sharedSmall * 10);
	}

	@Test
	void theStatementReturnsOnlyTheSelectedFieldsOfTheEntities() {
		var reply = askWithCypher("{ coverage(rows: THEME) { cells { entries { intervention { status } } } } }");
		assertThat(reply.errors()).isEmpty();
		List<String> cypher = reply.read("$.extensions.cypher.statements");
		assertThat(cypher).hasSize(1);
		assertThat(cypher.get(0)).contains("intervention: {`#key`: i.code, `status`: i.status}")
			.doesNotContain("i {.code, .name}")
			// the entries' municipality is not selected: it keeps the question's own short projection
			.contains("m {.id, .name}");
	}

	@Test
	void aSlotSelectedTwiceIsReadPerFieldWithTheSameValues() {
		String once = "{ sharedMechanisms { mechanism { id nameEn } localNames { uses { intervention { code name } } } } }";
		String twice = "{ sharedMechanisms { mechanism { id nameEn } again: mechanism { nameNl } "
				+ "localNames { uses { intervention { code name } other: intervention { code status } } } } }";
		var compiled = this.http.query(once);
		var perField = askWithCypher(twice);
		assertThat(compiled.errors()).isEmpty();
		assertThat(perField.errors()).isEmpty();
		assertThat(perField.<List<Object>>read("$.data.sharedMechanisms[*].mechanism"))
			.isEqualTo(compiled.read("$.data.sharedMechanisms[*].mechanism"))
			.isNotEmpty();
		assertThat(perField.<List<Object>>read("$.data.sharedMechanisms[*].localNames[*].uses[*].intervention"))
			.isEqualTo(compiled.read("$.data.sharedMechanisms[*].localNames[*].uses[*].intervention"))
			.isNotEmpty();
		assertThat(perField.<List<Object>>read("$.data.sharedMechanisms[*].localNames[*].uses[*].other.status"))
			.hasSameSizeAs(perField.<List<Object>>read("$.data.sharedMechanisms[*].localNames[*].uses[*].intervention"))
			.doesNotContainNull();
		// the statement of the question, then one per entity field read by ref
		assertThat((Integer) perField.read("$.extensions.cypher.count")).isGreaterThan(1);
	}

	@Test
	void anEvidenceChainWithEveryNodeSelectedOnceIsOneStatement() {
		// Its explanation reads what it needs of each node under keys of its own (EvidenceChainTests checks it).
		assertThat(count("""
				{ evidenceChain(code: "AMS1") { intervention { code name } municipality { name } grounded verdict
				    recognisedBy { source { title } } factors { factor { id nameNl evidence } evidenceNote
				      themeStatements { theme { shortLabelNl } } identifiedIn { source { title studiesAnalysed } } } } }""",
				"$.data.evidenceChain.factors[*].factor.id", 1)).isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void anInterventionNoMunicipalityRunsHasANullMunicipalityNotAnEmptyOne() {
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (th:Theme) WITH th ORDER BY th.id LIMIT 1
					CREATE (:Intervention {code: 'ZZP1', name: 'Pilot', status: 'ADDED_LATER', source: ['test'], basis: 'stated'})
					  -[:TOUCHES {main: true, source: ['test'], basis: 'stated'}]->(th)""").consume();
		}
		try {
			var reply = this.http.query("""
					{ coverage(rows: THEME, interventions: ALL) { cells { column entries { intervention { code } municipality { name } } } } }""");
			assertThat(reply.errors()).isEmpty();
			List<Map<String, Object>> cells = reply.read("$.data.coverage.cells");
			List<Map<String, Object>> pilot = new java.util.ArrayList<>();
			for (Map<String, Object> cell : cells) {
				for (Object entry : (List<?>) cell.get("entries")) {
					Map<?, ?> map = (Map<?, ?>) entry;
					if ("ZZP1".equals(((Map<?, ?>) map.get("intervention")).get("code"))) {
						assertThat(cell.get("column")).isEqualTo("mun:unknown");
						pilot.add(new LinkedHashMap<>((Map<String, Object>) map));
					}
				}
			}
			assertThat(pilot).hasSize(1);
			assertThat(pilot.get(0)).containsKey("municipality").containsEntry("municipality", null);
		}
		finally {
			try (var session = this.driver.session()) {
				session.run("MATCH (i:Intervention {code: 'ZZP1'}) DETACH DELETE i").consume();
			}
		}
	}

	/** The number of values at {@code path}, after checking that the request was {@code expected} statements. */
	private int count(String query, String path, int expected) {
		this.statements.reset();
		var reply = this.http.query(query);
		assertThat(reply.errors()).isEmpty();
		assertThat(this.statements.count()).as("statements of %s", query).isEqualTo(expected);
		List<Object> values = reply.read(path);
		assertThat(values).isNotEmpty();
		return values.size();
	}

	private GraphQlHttp.Reply askWithCypher(String query) {
		return this.http.query(query, Map.of(), Map.of("botoc", Map.of("cypher", true)));
	}

}
