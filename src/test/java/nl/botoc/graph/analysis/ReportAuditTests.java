package nl.botoc.graph.analysis;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reportAudit} on the hand-built fixture: one claim per metric of the FORMAT.md vocabulary with the value
 * worked out by hand, one explained and one unexplained disagreement.
 */
class ReportAuditTests extends AnalysisFixtureTestSupport {

	static final String DOCUMENT = """
			query($status: [AuditStatus!]) {
			  reportAudit(status: $status) {
			    summary { total agrees agreesOnInferred disagreesExplained disagreesUnexplained }
			    results { claimId claim { id } metric scope comparison expected printed lines actual actualStated status explanation source }
			  }
			}""";

	@Test
	void recomputesEveryMetricOfTheVocabulary() {
		var audit = map(query("reportAudit", DOCUMENT, Map.of()));
		assertThat(audit.get("summary"))
			.isEqualTo(Map.of("total", 31, "agrees", 18, "agreesOnInferred", 11, "disagreesExplained", 1,
					"disagreesUnexplained", 1));
		assertThat(pluck(audit.get("results"), "metric")).containsAll(ReportAudit.METRICS);
	}

	@Test
	void callsAnAgreementThatNeedsInferredFactsAgreesOnInferred() {
		var audit = map(query("reportAudit", DOCUMENT, Map.of()));
		var byId = list(audit.get("results")).stream()
			.collect(java.util.stream.Collectors.toMap((r) -> r.get("claimId"), (r) -> r));
		// Three behaviour interventions, but every TOUCHES link is inferred: none rests on stated facts.
		assertThat(byId.get("claim:t-behaviour")).containsEntry("status", "AGREES_ON_INFERRED")
			.containsEntry("actual", 3)
			.containsEntry("actualStated", 0);
		// Planned interventions are listed as stated: the agreement is the report's own.
		assertThat(byId.get("claim:t-planned")).containsEntry("status", "AGREES").containsEntry("actualStated", 5);
	}

	@Test
	void comparesAQuantifierAsABound() {
		var audit = map(query("reportAudit", DOCUMENT, Map.of()));
		var byId = list(audit.get("results")).stream()
			.collect(java.util.stream.Collectors.toMap((r) -> r.get("claimId"), (r) -> r));
		assertThat(byId.get("claim:t-at-least-behaviour")).containsEntry("comparison", "AT_LEAST")
			.containsEntry("expected", 2)
			.containsEntry("actual", 3)
			.containsEntry("status", "AGREES_ON_INFERRED");
		assertThat(byId.get("claim:t-at-most-municipalities")).containsEntry("comparison", "AT_MOST")
			.containsEntry("actual", 3)
			.containsEntry("status", "AGREES");
	}

	@Test
	void explainsADisagreementWithTheClaimsExplanation() {
		var audit = map(query("reportAudit", DOCUMENT, Map.of("status", java.util.List.of("DISAGREES_EXPLAINED"))));
		assertThat(list(audit.get("results"))).singleElement().satisfies(result -> {
			assertThat(result).containsEntry("claimId", "claim:t-coaches-explained")
				.containsEntry("expected", 4)
				.containsEntry("actual", 3)
				.containsEntry("explanation", "The report counts four here and three elsewhere.");
			assertThat(at(result, "claim.id")).isEqualTo("claim:t-coaches-explained");
		});
	}

	@Test
	void flagsADisagreementNothingExplains() {
		var audit = map(query("reportAudit", DOCUMENT, Map.of("status", java.util.List.of("DISAGREES_UNEXPLAINED"))));
		assertThat(list(audit.get("results"))).singleElement()
			.satisfies(result -> assertThat(result).containsEntry("claimId", "claim:t-studied-nl-unexplained")
				.containsEntry("expected", 4)
				.containsEntry("actual", 3));
	}

	@Test
	void failsLoudlyOnAnUnknownMetric() {
		write("CREATE (:Claim {id: 'claim:t-bogus', statementEn: 'x', metric: 'interventions.bogus', expected: 1, source: ['src:praktijkscan#2.1'], basis: 'stated'})");
		try {
			var response = execute(DOCUMENT, Map.of());
			assertThat(response.getErrors()).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).startsWith("Unknown claim metric 'interventions.bogus' in claim:t-bogus");
				assertThat(error.getExtensions()).containsEntry("code", "AUDIT_CANNOT_COMPUTE_CLAIM");
			});
		}
		finally {
			write("MATCH (c:Claim {id: 'claim:t-bogus'}) DETACH DELETE c");
		}
	}

	@Test
	void failsLoudlyOnAScopeThatNamesNothing() {
		write("CREATE (:Claim {id: 'claim:t-nowhere', statementEn: 'x', metric: 'interventions.byTheme', scope: 'theme:nowhere', expected: 1, source: ['src:praktijkscan#2.1'], basis: 'stated'})");
		try {
			var response = execute(DOCUMENT, Map.of());
			assertThat(response.getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo(
						"Claim scope 'theme:nowhere' of metric 'interventions.byTheme' names nothing in the graph, in claim:t-nowhere"));
		}
		finally {
			write("MATCH (c:Claim {id: 'claim:t-nowhere'}) DETACH DELETE c");
		}
	}

}
