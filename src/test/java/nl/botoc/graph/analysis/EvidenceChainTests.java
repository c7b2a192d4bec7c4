package nl.botoc.graph.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evidenceChain} on the hand-built fixture. */
class EvidenceChainTests extends AnalysisFixtureTestSupport {

	private static final String DOCUMENT = """
			query($code: ID!) {
			  evidenceChain(code: $code) {
			    intervention { code }
			    municipality { id }
			    grounded groundedRiskFactorCount consistent verdict groundingRule recognised
			    groundedProvenance { basis rationale }
			    recognisedBy { source { id kind } provenance { basis source } }
			    factors {
			      factor { id evidence }
			      direct { basis rationale }
			      themeStatements { theme { id } provenance { basis source } }
			      makesGrounded evidenceNote
			      identifiedIn { source { id studiesAnalysed } }
			    }
			  }
			}""";

	@Test
	void showsTheGroundedRiskFactorsAndTheirSourcesBehindAGroundedIntervention() {
		var chain = map(query("evidenceChain", DOCUMENT, Map.of("code", "AMS1")));
		assertThat(chain.get("grounded")).isEqualTo(true);
		assertThat(chain.get("groundedRiskFactorCount")).isEqualTo(2);
		assertThat(chain.get("consistent")).isEqualTo(true);
		assertThat(chain.get("verdict")).isEqualTo("Grounded: it addresses 2 grounded risk factors "
				+ "(Antisociale persoonlijkheidskenmerken, Een criminele achtergrond).");
		assertThat((String) chain.get("groundingRule")).contains("at least 3 of its 24 studies");
		var factors = list(chain.get("factors"));
		assertThat(pluck(factors, "factor.id")).containsExactly("rf:antisociale-persoonlijkheidskenmerken",
				"rf:criminele-achtergrond", "pf:kunnen-reflecteren", "pf:moreel-inzicht");
		assertThat(pluck(factors, "makesGrounded")).containsExactly(true, true, false, false);
		// Criminal background follows only from the street-coach theme statement of §3.1.1.
		assertThat(factors.get(1).get("direct")).isNull();
		assertThat(pluck(factors.get(1).get("themeStatements"), "theme.id"))
			.containsExactly("theme:straatcoaches-jongerenwerk");
		assertThat(at(factors.get(0), "direct.basis")).isEqualTo("INFERRED");
		assertThat(pluck(factors.get(0).get("themeStatements"), "provenance.source"))
			.containsOnly(List.of("src:praktijkscan#3.1.1"));
		assertThat((String) factors.get(0).get("evidenceNote")).startsWith("gefundeerd (grounded): named in at least 3 of 24");
		assertThat(pluck(factors.get(0).get("identifiedIn"), "source.id")).containsExactly("src:do-or-dont");
		assertThat(pluck(chain.get("recognisedBy"), "source.id")).containsExactly("src:nji");
	}

	@Test
	void explainsAnUngroundedIntervention() {
		var chain = map(query("evidenceChain", DOCUMENT, Map.of("code", "ARN2")));
		assertThat(chain.get("grounded")).isEqualTo(false);
		assertThat(chain.get("factors")).isEqualTo(List.of());
		assertThat(chain.get("consistent")).isEqualTo(true);
		assertThat(chain.get("verdict")).isEqualTo("Not grounded (ongefundeerd, §3.1.2): no grounded risk factor is linked to it.");
	}

	@Test
	void countsAPlausibleFactorButNotTowardsGrounding() {
		var chain = map(query("evidenceChain", DOCUMENT, Map.of("code", "AMS2")));
		assertThat(pluck(chain.get("factors"), "factor.id")).containsExactly("rf:antisociale-persoonlijkheidskenmerken",
				"rf:criminele-achtergrond", "rf:lage-zelfcontrole", "pf:moreel-inzicht");
		assertThat(chain.get("groundedRiskFactorCount")).isEqualTo(2);
		assertThat(pluck(chain.get("factors"), "makesGrounded")).containsExactly(true, true, false, false);
	}

	@Test
	void explainsTheSameWhateverTheQuerySelectsOrAliases() {
		// None of what the explanation reads of the nodes is selected.
		String bare = "query($code: ID!) { evidenceChain(code: $code) { grounded verdict consistent groundedRiskFactorCount "
				+ "groundingRule recognised factors { evidenceNote } } }";
		// Selected under other names: the explanation must not read the response keys.
		String aliased = """
				query($code: ID!) { evidenceChain(code: $code) { intervention { grounded: name recognised: code } grounded
				    verdict consistent groundedRiskFactorCount groundingRule recognised
				    factors { evidenceNote factor { evidence: nameNl nameNl: id } identifiedIn { source { studiesAnalysed: title } } } } }""";
		// A node selected twice keeps the question's short projection and is read per field.
		String twice = "query($code: ID!) { evidenceChain(code: $code) { grounded verdict consistent groundedRiskFactorCount "
				+ "groundingRule recognised factors { evidenceNote factor { id } again: factor { nameNl } } } }";
		for (String code : List.of("AMS1", "AMS2", "ARN2")) {
			var expected = map(query("evidenceChain", DOCUMENT, Map.of("code", code)));
			for (String document : List.of(bare, aliased, twice)) {
				var chain = map(query("evidenceChain", document, Map.of("code", code)));
				for (String field : List.of("grounded", "verdict", "consistent", "groundedRiskFactorCount", "groundingRule",
						"recognised")) {
					assertThat(chain.get(field)).as("%s of %s in %s", field, code, document).isEqualTo(expected.get(field));
				}
				assertThat(pluck(chain.get("factors"), "evidenceNote")).as("%s in %s", code, document)
					.isEqualTo(pluck(expected.get("factors"), "evidenceNote"));
			}
		}
		var recognised = map(query("evidenceChain", DOCUMENT, Map.of("code", "AMS1")));
		assertThat(recognised.get("recognised")).isEqualTo(true);
	}

	@Test
	void isNullForAnUnknownCode() {
		assertThat((Object) query("evidenceChain", DOCUMENT, Map.of("code", "XYZ9"))).isNull();
	}

}
