package nl.botoc.graph.system.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.ComparableAnswers;
import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-walk completion of projected answers ({@link ProjectedCompletion}) gives byte for byte the answer of
 * graphql-java's field-by-field completion (asked for with the request extension {@code botoc.fieldByField}): the same
 * keys in the same order, the same values, the same errors, for every pinned and example query and for selections
 * that exercise what the walk does itself (aliases, fragments on interfaces, {@code __typename}, directives,
 * connections) and what it hands back (a null where the schema says non-null).
 */
@GraphApiTest
class ProjectedCompletionTests {

	private static final String ALIASES = "{ intervention(code: \"AMS1\") { code: name name "
			+ "groundedProvenance { source: basis basis rationale: source } } "
			+ "evidenceChain(code: \"ARN3\") { groundedProvenance { source: basis basis rationale: source } } }";

	@Autowired
	GraphQlHttp http;

	@Autowired
	ProjectedCompletion completion;

	@Autowired
	Driver driver;

	static Stream<String> queries() {
		List<String> queries = new ArrayList<>(ComparableAnswers.pinnedAndExampleQueries());
		// An alias that is another field's name, on a compiled map and on a value map (read by name).
		queries.add(ALIASES);
		queries.add("""
				{ a: intervention(code: "AMS1") { code __typename n: name municipality { id __typename }
				    themes { main theme { id } } }
				  b: intervention(code: "ARN3") { code name } }""");
		queries.add("""
				query ($withThemes: Boolean!) { intervention(code: "AMS1") {
				    code themes @include(if: $withThemes) { theme { id } } factors @skip(if: $withThemes) { factor { id } } } }""");
		queries.add("""
				{ factors { __typename id ... on RiskFactor { id nameEn } ... on ProtectiveFactor { nameNl } } }""");
		queries.add("""
				{ interventions(first: 2) { __typename totalCount pageInfo { hasNextPage endCursor __typename }
				    edges { cursor node { code } } nodes { code municipality { name } } } }""");
		queries.add("{ intervention(code: \"NOPE\") { code } }");
		queries.add("{ __typename municipalities(first: 2) { id interventions(first: 1) { code } } }");
		// The analysis answers: value types read by field name (an alias that is another field's name reads its
		// own field), entities compiled into the question's statement, fragments and __typename on both.
		queries.add("""
				{ coverage(rows: FACTOR, columns: STATUS, interventions: ALL) { __typename rows grandTotal
				    rowHeaders { key total label: key } cells { __typename count: row row: count
				      entries { intervention { code status municipality { id } } municipality { name } directBasis viaThemes } } } }""");
		queries.add("""
				{ mainThemeCoverage { columnHeaders { key total } cells { row column count entries { intervention { name } main } } } }""");
		queries.add("""
				{ sharedMechanisms(minLocalNames: 1) { ... on SharedMechanism { localNameCount }
				    mechanism { ... on Mechanism { id } localNames } municipalities { __typename name }
				    localNames { localName uses { intervention { code } municipality { id } } } } }""");
		queries.add("""
				{ similarInterventions(code: "AMS1", first: 3) { score intervention { code } municipality { id }
				    sharedFactors { __typename id ... on RiskFactor { evidence } } sharedThemes { id }
				    sharedMechanisms { mechanism { id } localName otherLocalName } } }""");
		queries.add("""
				{ peerMunicipalities(id: "mun:amsterdam", first: 2) { municipality { id } score
				    sharedThemes { theme { id } ours { code } theirs { code name } }
				    sharedMechanisms { mechanism { id } ours { intervention { code } localName } theirs { localName } } } }""");
		return queries.stream();
	}

	@ParameterizedTest
	@MethodSource("queries")
	void givesTheAnswerOfFieldByFieldCompletion(String query) {
		Map<String, Object> variables = query.contains("$withThemes") ? Map.of("withThemes", true) : Map.of();
		long before = this.completion.completedValues();
		String walked = answer(query, variables, false);
		long walks = this.completion.completedValues() - before;
		String fieldByField = answer(query, variables, true);
		assertThat(walked).isEqualTo(fieldByField);
		assertThat(this.completion.completedValues() - before).as("the field-by-field request takes no walk")
			.isEqualTo(walks);
	}

	@Test
	void projectedRootFieldsAreWalkedAndOthersAreNot() {
		long before = this.completion.completedValues();
		answer("{ __typename }", Map.of(), false);
		assertThat(this.completion.completedValues()).isEqualTo(before);
		answer("{ a: intervention(code: \"AMS1\") { code } b: municipalities(first: 3) { id } }", Map.of(), false);
		assertThat(this.completion.completedValues()).isEqualTo(before + 2);
	}

	@Test
	void anAnalysisAnswerIsWalkedWholeWhenItsStatementReadItsEntities() {
		for (String query : List.of("{ coverage(rows: THEME) { grandTotal cells { entries { intervention { code } } } } }",
				"{ sharedMechanisms { mechanism { id } localNames { uses { intervention { code } municipality { id } } } } }",
				"{ peerMunicipalities(id: \"mun:amsterdam\") { municipality { id } sharedThemes { ours { code } } } }")) {
			long before = this.completion.completedValues();
			assertThat(answer(query, Map.of(), false)).doesNotContain("\"errors\":[");
			assertThat(this.completion.completedValues()).as(query).isEqualTo(before + 1);
		}
	}

	@Test
	void aNullWhereTheSchemaSaysNonNullIsReportedAsGraphqlJavaReportsIt() {
		// A municipality without its non-null name: graphql-java nulls the nearest nullable parent and says where.
		try (var session = this.driver.session()) {
			session.run("CREATE (:Municipality {id: 'zz-broken', codePrefix: 'ZZB', source: 'test', basis: 'STATED'})")
				.consume();
		}
		try {
			String query = "{ municipality(id: \"zz-broken\") { id name } }";
			long before = this.completion.completedValues();
			String walked = answer(query, Map.of(), false);
			assertThat(this.completion.completedValues()).as("handed back, not walked").isEqualTo(before);
			assertThat(walked).isEqualTo(answer(query, Map.of(), true)).contains("\"errors\"").contains("name");
		}
		finally {
			try (var session = this.driver.session()) {
				session.run("MATCH (m:Municipality {id: 'zz-broken'}) DETACH DELETE m").consume();
			}
		}
	}

	private String answer(String query, Map<String, Object> variables, boolean fieldByField) {
		return ComparableAnswers.answer(this.http, query, variables,
				fieldByField ? Map.of("botoc", Map.of("fieldByField", true)) : Map.of());
	}

	@Test
	void anAliasThatIsAnotherFieldsNameReadsTheFieldItAliases() {
		GraphQlHttp.Reply reply = this.http.query(ALIASES);
		assertThat(reply.errors()).isEmpty();
		assertThat((Object) reply.read("$.data.intervention.code")).isEqualTo(reply.read("$.data.intervention.name"));
		assertThat((Object) reply.read("$.data.intervention.groundedProvenance.source"))
			.isEqualTo(reply.read("$.data.intervention.groundedProvenance.basis"));
		assertThat((Object) reply.read("$.data.intervention.groundedProvenance.rationale")).isInstanceOf(List.class);
		assertThat((Object) reply.read("$.data.evidenceChain.groundedProvenance.source"))
			.isEqualTo(reply.read("$.data.evidenceChain.groundedProvenance.basis"));
		assertThat((Object) reply.read("$.data.evidenceChain.groundedProvenance.rationale")).isInstanceOf(List.class);
	}

}
