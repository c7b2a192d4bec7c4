package nl.botoc.graph.analysis;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import nl.botoc.graph.support.SeedGraphTest;

import static nl.botoc.graph.analysis.AnalysisFixtureTestSupport.list;
import static nl.botoc.graph.analysis.AnalysisFixtureTestSupport.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report audit on the real seed: every claim agrees or is a disagreement the claim explains, and the report's
 * known self-contradictions show up as explained disagreements.
 */
@SeedGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSeedReportAuditTests {

	@LocalServerPort
	int port;

	List<Map<String, Object>> results;

	Map<String, Object> summary;

	@BeforeAll
	void audit() {
		var client = HttpSyncGraphQlClient.create(RestClient.create("http://localhost:" + this.port + "/graphql"));
		ClientGraphQlResponse response = client.document(ReportAuditTests.DOCUMENT).executeSync();
		assertThat(response.getErrors()).isEmpty();
		this.results = list(response.field("reportAudit.results").getValue());
		this.summary = map(response.field("reportAudit.summary").getValue());
	}

	private Map<String, Object> result(String claimId) {
		return this.results.stream().filter(r -> claimId.equals(r.get("claimId"))).findFirst().orElseThrow();
	}

	@Test
	void everyClaimAgreesOrIsAnExplainedDisagreement() {
		assertThat(this.results).isNotEmpty();
		assertThat(this.results.stream()
			.filter(r -> "DISAGREES_UNEXPLAINED".equals(r.get("status")))
			.map(r -> r.get("claimId") + " (" + r.get("metric") + " " + r.get("scope") + "): expected " + r.get("expected")
					+ ", graph " + r.get("actual"))
			.toList()).isEmpty();
		assertThat(this.summary).containsEntry("disagreesUnexplained", 0).containsEntry("total", this.results.size());
	}

	@Test
	void showsTheEarlySignallingThirteenAgainstTwelveAsAnExplainedDisagreement() {
		// §2.1 counts 13 early-signalling interventions, §3.1.1 and §5.2 count 12: at most one side can agree.
		var statuses = List.of(result("claim:theme-vroegsignalering-2-1"), result("claim:theme-vroegsignalering-3-1-1"),
				result("claim:theme-vroegsignalering-5-2"))
			.stream()
			.map(r -> r.get("status"))
			.toList();
		assertThat(statuses).containsAnyOf("DISAGREES_EXPLAINED").doesNotContain("DISAGREES_UNEXPLAINED");
		assertThat(statuses.get(1)).isEqualTo(statuses.get(2));
		assertThat(statuses.get(0)).isNotEqualTo(statuses.get(1));
	}

	@Test
	void showsTwentySixAgainstTheTablesTwentyFourPlausibleFactorsStudiedInTheNetherlands() {
		// §1.2 says 26; Bijlage 1 marks 24 plausible risk factors "Ja".
		assertThat(result("claim:factors-plausible-studied-nl-1-2")).containsEntry("status", "DISAGREES_EXPLAINED")
			.containsEntry("expected", 26)
			.containsEntry("actual", 24);
	}

	@Test
	void agreesWithTheHeadlineFiguresOfTheReport() {
		Map<Object, Object> byId = this.results.stream()
			.collect(Collectors.toMap(r -> r.get("claimId"), r -> r.get("status")));
		assertThat(byId).containsEntry("claim:interventions-planned-2-1", "AGREES")
			.containsEntry("claim:interventions-preventive-2-1", "AGREES")
			.containsEntry("claim:interventions-carried-out-2-2", "AGREES")
			.containsEntry("claim:interventions-recognised-3-2", "AGREES")
			.containsEntry("claim:interventions-grounded-3-2", "AGREES")
			.containsEntry("claim:factors-grounded-1-2", "AGREES")
			.containsEntry("claim:factors-plausible-1-2", "AGREES")
			.containsEntry("claim:factors-protective-1-2", "AGREES");
	}

}
