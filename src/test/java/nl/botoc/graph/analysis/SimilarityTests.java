package nl.botoc.graph.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code similarInterventions} and {@code peerMunicipalities} on the hand-built fixture. Scores worked out by hand:
 * ZAA1 vs AMS1: 0.4 × 1/2 (mechanisms) + 0.3 × 2/2 (themes) + 0.3 × 2/3 (factors) = 0.7;
 * ARN1: 0.4 × 2/2 + 0.3 × 1/2 + 0.3 × 1/4 = 0.625; ZAA-X1: 0.4 × 1/2 + 0.3 × 1/2 + 0.3 × 0/3 = 0.35; ARN2: 0.
 */
class SimilarityTests extends AnalysisFixtureTestSupport {

	private static final String SIMILAR = """
			query($code: ID!, $first: Int) {
			  similarInterventions(code: $code, first: $first) {
			    intervention { code name status }
			    municipality { id }
			    score mechanismSimilarity themeSimilarity factorSimilarity
			    sharedThemes { id }
			    sharedFactors { id }
			    sharedMechanisms { mechanism { id } localName otherLocalName }
			  }
			}""";

	private static final String PEERS = """
			query($id: ID!, $first: Int) {
			  peerMunicipalities(id: $id, first: $first) {
			    municipality { id name }
			    score themeSimilarity mechanismSimilarity
			    sharedThemes { theme { id } ours { code } theirs { code } }
			    sharedMechanisms { mechanism { id } ours { intervention { code } localName } theirs { intervention { code } localName } }
			  }
			}""";

	@Test
	void ranksInterventionsInOtherMunicipalitiesByWeightedJaccard() {
		var result = list(query("similarInterventions", SIMILAR, Map.of("code", "AMS1")));
		assertThat(pluck(result, "intervention.code")).containsExactly("ZAA1", "ARN1", "ZAA-X1");
		assertThat(pluck(result, "score")).containsExactly(0.7, 0.625, 0.35);
		assertThat(pluck(result, "factorSimilarity")).containsExactly(0.6667, 0.25, 0.0);
		var arnhem = result.get(1);
		assertThat(arnhem.get("municipality")).isEqualTo(Map.of("id", "mun:arnhem"));
		assertThat(pluck(arnhem.get("sharedThemes"), "id")).containsExactly("theme:gedrag-identiteit");
		assertThat(pluck(arnhem.get("sharedFactors"), "id")).containsExactly("rf:antisociale-persoonlijkheidskenmerken");
		assertThat(list(arnhem.get("sharedMechanisms")).stream()
			.map(m -> at(m, "mechanism.id") + ": " + m.get("localName") + " / " + m.get("otherLocalName"))
			.toList()).containsExactlyInAnyOrder("mech:credible-messenger: credible messengers / buurthelden",
					"mech:mentoring-coaching: coaching / coaching");
	}

	@Test
	void returnsTheFirstResultsOnlyAndNullForAnUnknownCode() {
		assertThat(pluck(query("similarInterventions", SIMILAR, Map.of("code", "AMS1", "first", 2)), "intervention.code"))
			.containsExactly("ZAA1", "ARN1");
		assertThat((Object) query("similarInterventions", SIMILAR, Map.of("code", "XYZ9"))).isNull();
		assertThat(execute(SIMILAR, Map.of("code", "AMS1", "first", 0)).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
	}

	@Test
	void ranksPeerMunicipalitiesBySharedThemesAndMechanisms() {
		var result = list(query("peerMunicipalities", PEERS, Map.of("id", "mun:amsterdam")));
		assertThat(pluck(result, "municipality.id")).containsExactly("mun:zaanstad", "mun:arnhem");
		assertThat(pluck(result, "score")).containsExactly(1.0, 0.5);
		assertThat(pluck(result, "themeSimilarity")).containsExactly(1.0, 0.3333);
		assertThat(pluck(result, "mechanismSimilarity")).containsExactly(1.0, 0.6667);
		var zaanstad = result.get(0);
		assertThat(list(zaanstad.get("sharedThemes")).stream()
			.map(t -> at(t, "theme.id") + " " + pluck(t.get("ours"), "code") + " " + pluck(t.get("theirs"), "code"))
			.toList()).containsExactlyInAnyOrder("theme:gedrag-identiteit [AMS1] [ZAA1]",
					"theme:straatcoaches-jongerenwerk [AMS1, AMS2] [ZAA-X1, ZAA1]");
		var credible = list(zaanstad.get("sharedMechanisms")).stream()
			.filter(m -> "mech:credible-messenger".equals(at(m, "mechanism.id")))
			.findFirst()
			.orElseThrow();
		assertThat(pluck(credible.get("ours"), "localName")).containsExactly("credible messengers", "ervaringsdeskundigen");
		assertThat(pluck(credible.get("theirs"), "intervention.code")).isEqualTo(List.of("ZAA-X1"));
	}

	@Test
	void returnsNullForAnUnknownMunicipality() {
		assertThat((Object) query("peerMunicipalities", PEERS, Map.of("id", "mun:atlantis"))).isNull();
	}

}
