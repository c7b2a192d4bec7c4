package nl.botoc.graph.interventions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code interventions(where, orderBy, first, after)} over HTTP, on the fixture graph. */
@GraphApiTest
class InterventionConnectionTests {

	static final String QUERY = """
			query($where: InterventionWhere, $orderBy: [InterventionOrder!], $first: Int, $after: String) {
			  interventions(where: $where, orderBy: $orderBy, first: $first, after: $after) {
			    totalCount
			    edges { cursor node { code } }
			    nodes { code }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}
			""";

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.statements.reset();
	}

	private List<String> codes(Map<String, Object> where) {
		var reply = this.http.query(QUERY, vars("where", where));
		assertThat(reply.errors()).isEmpty();
		return reply.read("$.data.interventions.nodes[*].code");
	}

	private static Map<String, Object> vars(Object... pairs) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	@Test
	void pagesForwardWithOpaqueCursorsAndATotalCount() {
		var first = this.http.query(QUERY, vars("first", 4));
		assertThat((Integer) first.read("$.data.interventions.totalCount")).isEqualTo(6);
		assertThat((List<String>) first.read("$.data.interventions.nodes[*].code"))
			.containsExactly("AMS1", "AMS2", "AMS10", "AMS-X1");
		assertThat((Boolean) first.read("$.data.interventions.pageInfo.hasNextPage")).isTrue();
		assertThat((Boolean) first.read("$.data.interventions.pageInfo.hasPreviousPage")).isFalse();
		String endCursor = first.read("$.data.interventions.pageInfo.endCursor");
		assertThat(endCursor).doesNotContain("4").isEqualTo(first.read("$.data.interventions.edges[3].cursor"));

		var second = this.http.query(QUERY, vars("first", 4, "after", endCursor));
		assertThat((List<String>) second.read("$.data.interventions.nodes[*].code")).containsExactly("ARN1", "ARN3");
		assertThat((Integer) second.read("$.data.interventions.totalCount")).isEqualTo(6);
		assertThat((Boolean) second.read("$.data.interventions.pageInfo.hasNextPage")).isFalse();
		assertThat((Boolean) second.read("$.data.interventions.pageInfo.hasPreviousPage")).isTrue();
	}

	@Test
	void defaultsToTwentyPerPage() {
		var reply = this.http.query(QUERY, Map.of());
		assertThat((List<String>) reply.read("$.data.interventions.nodes[*].code")).hasSize(6);
	}

	@Test
	void refusesAPageLargerThanTheMaximumWithoutTouchingTheDatabase() {
		var reply = this.http.query(QUERY, vars("first", 101));
		assertThat(reply.errors()).hasSize(1);
		assertThat((String) reply.read("$.errors[0].message")).contains("at most 100");
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("PAGE_SIZE_TOO_LARGE");
		assertThat((String) reply.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void refusesACursorItDidNotIssue() {
		var reply = this.http.query(QUERY, vars("after", "not-a-cursor"));
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("INVALID_CURSOR");
	}

	@Test
	void filtersByMunicipality() {
		assertThat(codes(Map.of("municipality", "mun:arnhem"))).containsExactly("ARN1", "ARN3");
	}

	@Test
	void filtersByAnyThemeOrOnlyTheMainTheme() {
		assertThat(codes(Map.of("theme", "theme:gedrag-identiteit"))).containsExactly("AMS1", "AMS10", "AMS-X1",
				"ARN1");
		assertThat(codes(Map.of("theme", "theme:gedrag-identiteit", "mainThemeOnly", true)))
			.containsExactly("AMS1", "AMS-X1", "ARN1");
	}

	@Test
	void filtersByTargetedFactorAndByMechanism() {
		assertThat(codes(Map.of("factor", "rf:drugsgebruik"))).containsExactly("AMS1", "ARN1");
		assertThat(codes(Map.of("mechanism", "mech:parental-involvement"))).containsExactly("AMS10", "ARN3");
	}

	@Test
	void filtersByStatusApproachRecognisedGroundedAndPlanned() {
		assertThat(codes(Map.of("status", List.of("NOT_CARRIED_OUT", "ADDED_LATER")))).containsExactly("AMS2",
				"AMS-X1");
		assertThat(codes(Map.of("approach", "REPRESSIVE"))).containsExactly("AMS2");
		assertThat(codes(Map.of("recognised", true))).containsExactly("ARN3");
		assertThat(codes(Map.of("grounded", false))).containsExactly("AMS2", "AMS-X1");
		assertThat(codes(Map.of("planned", false))).containsExactly("AMS-X1");
		assertThat(codes(Map.of("approach", "PREVENTIVE", "municipality", "mun:amsterdam", "grounded", true)))
			.containsExactly("AMS1", "AMS10");
	}

	@Test
	void combinesFiltersAsTheIntersectionWhicheverOfThemIsTheAnchor() {
		// One filter is the anchor (text, then municipality, factor, mechanism, theme), the others are conditions
		// on the intervention's own links; each answer is the intersection of the single-filter answers above.
		assertThat(codes(Map.of("municipality", "mun:amsterdam", "theme", "theme:gedrag-identiteit")))
			.containsExactly("AMS1", "AMS10", "AMS-X1");
		assertThat(codes(Map.of("municipality", "mun:amsterdam", "theme", "theme:gedrag-identiteit", "mainThemeOnly", true)))
			.containsExactly("AMS1", "AMS-X1");
		assertThat(codes(Map.of("municipality", "mun:arnhem", "factor", "rf:drugsgebruik"))).containsExactly("ARN1");
		assertThat(codes(Map.of("municipality", "mun:arnhem", "mechanism", "mech:parental-involvement")))
			.containsExactly("ARN3");
		assertThat(codes(Map.of("factor", "rf:drugsgebruik", "theme", "theme:gedrag-identiteit", "mainThemeOnly", true)))
			.containsExactly("AMS1", "ARN1");
		assertThat(codes(Map.of("mechanism", "mech:parental-involvement", "theme", "theme:gedrag-identiteit")))
			.containsExactly("AMS10");
		assertThat(codes(Map.of("mechanism", "mech:parental-involvement", "theme", "theme:gedrag-identiteit",
				"mainThemeOnly", true))).isEmpty();
		assertThat(codes(Map.of("text", "ouder", "municipality", "mun:arnhem"))).containsExactly("ARN3");
		assertThat(codes(Map.of("text", "ouder", "mechanism", "mech:parental-involvement", "theme",
				"theme:gedrag-identiteit"))).containsExactly("AMS10");
	}

	@Test
	void filtersByFreeTextWithDutchStemming() {
		// "ouder" (singular) finds the descriptions that say "ouders" (plural): the Dutch analyzer stems both.
		assertThat(codes(Map.of("text", "ouder"))).containsExactly("AMS10", "ARN3");
	}

	@Test
	void treatsLuceneOperatorsInFreeTextAsPlainText() {
		var reply = this.http.query(QUERY, vars("where", Map.of("text", "ouders AND (jongeren OR \"pit*")));
		assertThat(reply.errors()).isEmpty();
	}

	@Test
	void ordersByNameOrMunicipalityThenByCode() {
		var byName = this.http.query(QUERY, vars("orderBy", List.of(Map.of("field", "NAME"))));
		assertThat((List<String>) byName.read("$.data.interventions.nodes[*].code")).containsExactly("ARN1", "AMS1",
				"AMS2", "AMS-X1", "ARN3", "AMS10");
		var byMunicipality = this.http.query(QUERY,
				vars("orderBy", List.of(Map.of("field", "MUNICIPALITY", "direction", "DESC"))));
		assertThat((List<String>) byMunicipality.read("$.data.interventions.nodes[*].code")).containsExactly("ARN1",
				"ARN3", "AMS1", "AMS2", "AMS10", "AMS-X1");
		var byCodeDescending = this.http.query(QUERY,
				vars("orderBy", List.of(Map.of("field", "CODE", "direction", "DESC"))));
		assertThat((List<String>) byCodeDescending.read("$.data.interventions.nodes[*].code")).containsExactly("ARN3",
				"ARN1", "AMS-X1", "AMS10", "AMS2", "AMS1");
	}

}
