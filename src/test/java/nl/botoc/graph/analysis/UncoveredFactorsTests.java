package nl.botoc.graph.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code uncoveredFactors} on the hand-built fixture; every expected list is worked out in the fixture's comments. */
class UncoveredFactorsTests extends AnalysisFixtureTestSupport {

	private static final String DOCUMENT = """
			query($kind: FactorKind, $evidence: Evidence, $carriedOutOnly: Boolean, $municipality: ID,
			      $modifiableOnly: Boolean, $includeInferred: Boolean) {
			  uncoveredFactors(kind: $kind, evidence: $evidence, carriedOutOnly: $carriedOutOnly,
			                   municipality: $municipality, modifiableOnly: $modifiableOnly, includeInferred: $includeInferred) {
			    factor { __typename id kind evidence }
			    reasons
			    reason
			    excludedLinks { intervention { code } municipality { id } via theme { id } basis excludedBecause }
			  }
			}""";

	private List<Map<String, Object>> uncovered(Map<String, Object> variables) {
		return list(query("uncoveredFactors", DOCUMENT, variables));
	}

	@Test
	void reportsFactorsNoInterventionTargetsAtAll() {
		var result = uncovered(Map.of());
		assertThat(pluck(result, "factor.id")).containsExactly("rf:drugsgebruik", "rf:man-zijn", "pf:hoge-leeftijd");
		assertThat(pluck(result, "factor.__typename")).containsExactly("RiskFactor", "RiskFactor", "ProtectiveFactor");
		assertThat(pluck(result, "reason")).containsOnly("no intervention targets it");
		assertThat(pluck(result, "reasons")).containsOnly(List.of("NOT_TARGETED"));
		assertThat(pluck(result, "excludedLinks")).containsOnly(List.of());
	}

	@Test
	void leavesOutFactorsNoInterventionCanChange() {
		var result = uncovered(Map.of("kind", "RISK", "modifiableOnly", true));
		assertThat(pluck(result, "factor.id")).containsExactly("rf:drugsgebruik");
	}

	@Test
	void countsOnlyStatedLinksAndThemeStatementsWithoutInferred() {
		var result = uncovered(Map.of("includeInferred", false));
		assertThat(pluck(result, "factor.id")).containsExactly("rf:drugsgebruik", "rf:lage-zelfcontrole", "rf:man-zijn",
				"pf:hebben-van-een-baan", "pf:hoge-leeftijd");
		var lowSelfControl = result.get(1);
		assertThat(lowSelfControl.get("reasons")).isEqualTo(List.of("INFERRED_ONLY"));
		assertThat(lowSelfControl.get("reason")).isEqualTo("only targeted through inferred links");
		assertThat(list(lowSelfControl.get("excludedLinks"))).singleElement().satisfies(link -> {
			assertThat(at(link, "intervention.code")).isEqualTo("AMS2");
			assertThat(at(link, "municipality.id")).isEqualTo("mun:amsterdam");
			assertThat(link).containsEntry("via", "DIRECT").containsEntry("theme", null).containsEntry("basis", "INFERRED");
			assertThat(link).containsEntry("excludedBecause", List.of("INFERRED_ONLY"));
		});
	}

	@Test
	void factorsOnlyTargetedByInterventionsNotCarriedOutAreUncoveredWhenCountingCarriedOutOnly() {
		var result = uncovered(Map.of("carriedOutOnly", true));
		assertThat(pluck(result, "factor.id")).containsExactly("rf:drugsgebruik", "rf:lage-zelfcontrole", "rf:man-zijn",
				"pf:hoge-leeftijd");
		assertThat(result.get(1).get("reason")).isEqualTo("only targeted by interventions that were not carried out");
	}

	@Test
	void factorsTargetedOnlyElsewhereAreUncoveredForAMunicipality() {
		var result = uncovered(Map.of("municipality", "mun:arnhem"));
		assertThat(pluck(result, "factor.id")).containsExactly("rf:criminele-achtergrond", "rf:drugsgebruik",
				"rf:lage-zelfcontrole", "rf:man-zijn", "pf:hoge-leeftijd", "pf:moreel-inzicht");
		assertThat(pluck(result, "reasons")).containsExactly(List.of("OTHER_MUNICIPALITY"), List.of("NOT_TARGETED"),
				List.of("OTHER_MUNICIPALITY"), List.of("NOT_TARGETED"), List.of("NOT_TARGETED"), List.of("OTHER_MUNICIPALITY"));
		// Criminal background: AMS2 directly and through the street-coach statement, AMS1 and ZAA1 through it.
		assertThat(pluck(result.get(0).get("excludedLinks"), "intervention.code")).containsExactlyInAnyOrder("AMS2",
				"AMS1", "AMS2", "ZAA1");
	}

	@Test
	void namesEveryFilterThatLeftOutALink() {
		var result = uncovered(Map.of("municipality", "mun:amsterdam", "carriedOutOnly", true, "includeInferred", false));
		assertThat(pluck(result, "factor.id")).containsExactly("rf:drugsgebruik", "rf:lage-zelfcontrole", "rf:man-zijn",
				"pf:hebben-van-een-baan", "pf:hoge-leeftijd");
		assertThat(result.get(1).get("reasons")).isEqualTo(List.of("NOT_CARRIED_OUT", "INFERRED_ONLY"));
		assertThat(result.get(1).get("reason")).isEqualTo("every link that targets it is left out by a filter: "
				+ "only targeted by interventions that were not carried out; only targeted through inferred links");
		assertThat(result.get(3).get("reasons")).isEqualTo(List.of("OTHER_MUNICIPALITY", "INFERRED_ONLY"));
	}

	@Test
	void rejectsAnUnknownMunicipality() {
		var response = execute(DOCUMENT, Map.of("municipality", "mun:atlantis"));
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("Unknown municipality 'mun:atlantis'");
			assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
		});
	}

}
