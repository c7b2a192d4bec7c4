package nl.botoc.graph.factors;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Factors over HTTP: lookup, the {@code factors} connection and its filters, links in both directions. */
@GraphApiTest
class FactorQueryTests {

	static final String QUERY = """
			query($where: FactorWhere, $first: Int, $after: String) {
			  factors(where: $where, first: $first, after: $after) {
			    totalCount nodes { id } pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	@Autowired
	GraphQlHttp http;

	private List<String> ids(Map<String, Object> where) {
		var reply = this.http.query(QUERY, Map.of("where", where));
		assertThat(reply.errors()).isEmpty();
		return reply.read("$.data.factors.nodes[*].id");
	}

	@Test
	void looksUpAFactorWithItsInterventionsThemesAndReview() {
		var reply = this.http.query("""
				{ factor(id: "rf:drugsgebruik") { __typename id kind evidence category studiedInNl modifiable
				    interventions { intervention { code } provenance { basis rationale } }
				    themes { theme { id } provenance { basis } }
				    identifiedIn { id studiesAnalysed } } }
				""");
		assertThat(reply.errors()).isEmpty();
		assertThat((String) reply.read("$.data.factor.__typename")).isEqualTo("RiskFactor");
		assertThat((List<String>) reply.read("$.data.factor.interventions[*].intervention.code"))
			.containsExactly("AMS1", "ARN1");
		assertThat((String) reply.read("$.data.factor.interventions[0].provenance.rationale"))
			.contains("via theme Gedrag/identiteit");
		assertThat((List<String>) reply.read("$.data.factor.themes[*].theme.id"))
			.containsExactly("theme:gedrag-identiteit");
		assertThat((Integer) reply.read("$.data.factor.identifiedIn[0].studiesAnalysed")).isEqualTo(24);
	}

	@Test
	void returnsNullForAnUnknownFactor() {
		var reply = this.http.query("{ factor(id: \"rf:unknown\") { id } }");
		assertThat(reply.errors()).isEmpty();
		assertThat(reply.json().read("$.data", Map.class)).containsEntry("factor", null);
	}

	@Test
	void pagesThroughFactorsRiskFirst() {
		var first = this.http.query(QUERY, Map.of("first", 2));
		assertThat((Integer) first.read("$.data.factors.totalCount")).isEqualTo(4);
		assertThat((List<String>) first.read("$.data.factors.nodes[*].id")).containsExactly("rf:drugsgebruik",
				"rf:man");
		var second = this.http.query(QUERY,
				Map.of("first", 2, "after", first.read("$.data.factors.pageInfo.endCursor")));
		assertThat((List<String>) second.read("$.data.factors.nodes[*].id")).containsExactly("rf:schoolverzuim",
				"pf:betrokken-ouders");
		assertThat((Boolean) second.read("$.data.factors.pageInfo.hasNextPage")).isFalse();
	}

	@Test
	void filtersByKindEvidenceCategoryModifiableStudiedInNlAndText() {
		assertThat(ids(Map.of("kind", "PROTECTIVE"))).containsExactly("pf:betrokken-ouders");
		assertThat(ids(Map.of("kind", "RISK", "evidence", "PLAUSIBLE"))).containsExactly("rf:schoolverzuim");
		assertThat(ids(Map.of("category", "Levensstijl"))).containsExactly("rf:drugsgebruik");
		assertThat(ids(Map.of("modifiable", false))).containsExactly("rf:man");
		assertThat(ids(Map.of("studiedInNl", true))).containsExactly("rf:drugsgebruik", "rf:schoolverzuim");
		assertThat(ids(Map.of("text", "truancy"))).containsExactly("rf:schoolverzuim");
	}

	@Test
	void navigatesFromThemesAndSourcesToFactors() {
		var reply = this.http.query("""
				{ theme(id: "theme:versterken-ouderrol") { factors { factor { id } provenance { rationale } }
				                                           interventions { main intervention { code } } }
				  source(id: "src:do-or-dont") { identifiedFactors { id } }
				  nji: source(id: "src:nji") { recognisedInterventions { code } } }
				""");
		assertThat(reply.errors()).isEmpty();
		assertThat((List<String>) reply.read("$.data.theme.factors[*].factor.id")).containsExactly("pf:betrokken-ouders");
		assertThat((List<String>) reply.read("$.data.theme.interventions[*].intervention.code"))
			.containsExactly("AMS10", "ARN3");
		assertThat((List<String>) reply.read("$.data.source.identifiedFactors[*].id")).hasSize(4);
		assertThat((List<String>) reply.read("$.data.nji.recognisedInterventions[*].code")).containsExactly("ARN3");
	}

}
