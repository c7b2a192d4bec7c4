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

@GraphApiTest
class InterventionQueryTests {

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.statements.reset();
	}

	@Test
	void looksUpAnInterventionByCodeWithItsEdgesAndProvenance() {
		var reply = this.http.query("""
				{ intervention(code: "ARN3") {
				    code name recognised planned carriedOut status approach
				    approachProvenance { basis }
				    recognisedBy { id kind }
				    municipality { id name }
				    mainTheme { id }
				    themes { main theme { id } provenance { basis rationale } }
				    factors { factor { id kind __typename } provenance { source basis } }
				    mechanisms { localName mechanism { id } }
				    provenance { source basis rationale }
				} }
				""");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.errors()).isEmpty();
		assertThat((String) reply.read("$.data.intervention.name")).isEqualTo("PIT");
		assertThat((Boolean) reply.read("$.data.intervention.recognised")).isTrue();
		assertThat((String) reply.read("$.data.intervention.recognisedBy.id")).isEqualTo("src:nji");
		assertThat((String) reply.read("$.data.intervention.municipality.name")).isEqualTo("Arnhem");
		assertThat((String) reply.read("$.data.intervention.mainTheme.id")).isEqualTo("theme:versterken-ouderrol");
		assertThat((List<String>) reply.read("$.data.intervention.factors[*].factor.id"))
			.containsExactly("rf:schoolverzuim", "pf:betrokken-ouders");
		assertThat((List<String>) reply.read("$.data.intervention.factors[*].factor.__typename"))
			.containsExactly("RiskFactor", "ProtectiveFactor");
		assertThat((String) reply.read("$.data.intervention.mechanisms[0].localName")).isEqualTo("psycho-educatie");
		assertThat((List<String>) reply.read("$.data.intervention.provenance.source"))
			.containsExactly("src:praktijkscan#bijlage-2", "src:praktijkscan#3.2");
		assertThat((String) reply.read("$.data.intervention.provenance.basis")).isEqualTo("STATED");
		assertThat((String) reply.read("$.data.intervention.themes[0].provenance.basis")).isEqualTo("INFERRED");
	}

	@Test
	void returnsNullForAnUnknownCode() {
		var reply = this.http.query("{ intervention(code: \"XYZ99\") { code } municipality(id: \"mun:nowhere\") { id } }");
		assertThat(reply.errors()).isEmpty();
		assertThat(reply.json().read("$.data", Map.class)).containsEntry("intervention", null)
			.containsEntry("municipality", null);
	}

	@Test
	void listsAMunicipalitysInterventionsInReportOrder() {
		var reply = this.http.query("""
				{ municipality(id: "mun:amsterdam") { name interventions { code } approachMix { preventive repressive } } }
				""");
		assertThat((List<String>) reply.read("$.data.municipality.interventions[*].code"))
			.containsExactly("AMS1", "AMS2", "AMS10", "AMS-X1");
		assertThat((Integer) reply.read("$.data.municipality.approachMix.preventive")).isEqualTo(2);
		assertThat((Integer) reply.read("$.data.municipality.approachMix.repressive")).isEqualTo(1);
	}

}
