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
			    summary { total agrees disagreesExplained disagreesUnexplained }
			    results { claimId claim { id } metric scope expected actual status explanation source }
			  }
			}""";

	@Test
	void recomputesEveryMetricOfTheVocabulary() {
		var audit = map(query("reportAudit", DOCUMENT, Map.of()));
		assertThat(audit.get("summary"))
			.isEqualTo(Map.of("total", 20, "agrees", 18, "disagreesExplained", 1, "disagreesUnexplained", 1));
		assertThat(pluck(audit.get("results"), "metric")).containsAll(ReportAudit.METRICS);
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
