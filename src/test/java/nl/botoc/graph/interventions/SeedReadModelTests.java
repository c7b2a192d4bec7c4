package nl.botoc.graph.interventions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphFixture;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.SeedGraphTest;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model on the real seed, through HTTP. Expected values come from the praktijkscan itself (§2.1, §3.1,
 * §3.2, Bijlage 1 and 2), not from the code's own output.
 */
@SeedGraphTest
class SeedReadModelTests {

	private static final Logger log = LoggerFactory.getLogger(SeedReadModelTests.class);

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphFixture cloner;

	@Autowired
	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.statements.reset();
	}

	@AfterEach
	void removeClones() {
		this.cloner.removeClones();
	}

	private int total(String connection, Map<String, Object> where) {
		var reply = this.http.query("query($where: " + (connection.equals("factors") ? "FactorWhere" : "InterventionWhere")
				+ ") { " + connection + "(where: $where) { totalCount } }", Map.of("where", where));
		assertThat(reply.errors()).isEmpty();
		return reply.read("$.data." + connection + ".totalCount");
	}

	@Test
	void amsterdamRunsEightPlannedInterventionsAms1ToAms8() {
		var reply = this.http.query("{ municipality(id: \"mun:amsterdam\") { codePrefix interventions { code planned } } }");
		assertThat((List<String>) reply.read("$.data.municipality.interventions[*].code")).containsExactly("AMS1", "AMS2",
				"AMS3", "AMS4", "AMS5", "AMS6", "AMS7", "AMS8");
		assertThat((List<Boolean>) reply.read("$.data.municipality.interventions[*].planned")).containsOnly(true);
	}

	@Test
	void pitIsArnhemsInterventionArn3AndIsRecognised() {
		var reply = this.http.query("{ intervention(code: \"ARN3\") { name recognised municipality { name } } }");
		assertThat((String) reply.read("$.data.intervention.name")).contains("PIT");
		assertThat((Boolean) reply.read("$.data.intervention.recognised")).isTrue();
		assertThat((String) reply.read("$.data.intervention.municipality.name")).isEqualTo("Arnhem");
	}

	@Test
	void theGraphHoldsEightMunicipalitiesAndTwelveThemes() {
		var reply = this.http.query("{ municipalities { id } themes { id } }");
		assertThat((List<String>) reply.read("$.data.municipalities[*].id")).hasSize(8);
		assertThat((List<String>) reply.read("$.data.themes[*].id")).hasSize(12)
			.startsWith("theme:gedrag-identiteit", "theme:werk-opleiding");
	}

	@Test
	void sixtyTwoInterventionsWerePlannedFiftyFivePreventiveAndSevenRepressive() {
		assertThat(total("interventions", Map.of("planned", true))).isEqualTo(62);
		assertThat(total("interventions", Map.of("planned", true, "approach", "PREVENTIVE"))).isEqualTo(55);
		assertThat(total("interventions", Map.of("planned", true, "approach", "REPRESSIVE"))).isEqualTo(7);
	}

	@Test
	void sixInterventionsAreRecognisedAndFiftySixOfThePlannedOnesAreGrounded() {
		assertThat(total("interventions", Map.of("recognised", true))).isEqualTo(6);
		assertThat(total("interventions", Map.of("planned", true, "grounded", true))).isEqualTo(56);
		assertThat(total("interventions", Map.of("planned", true, "grounded", false))).isEqualTo(6);
	}

	@Test
	void theReviewNamesTwelveGroundedRiskFactorsAndThirteenProtectiveFactors() {
		assertThat(total("factors", Map.of("kind", "RISK", "evidence", "GROUNDED"))).isEqualTo(12);
		assertThat(total("factors", Map.of("kind", "PROTECTIVE"))).isEqualTo(13);
	}

	@Test
	void searchFindsPitByAnInflectedDutchWord() {
		// PIT's Dutch description speaks of "risicoleerlingen"; the singular finds it through the Dutch stemmer.
		var reply = this.http.query("""
				{ search(text: "risicoleerling", first: 5) { node { __typename ... on Intervention { code } } } }
				""");
		log.info("Search risicoleerling: {}", reply.body());
		assertThat(reply.errors()).isEmpty();
		List<String> codes = reply.read("$.data.search[*].node.code");
		assertThat(codes).first().isEqualTo("ARN3");
	}

	@Test
	void theDeepQuerySendsTheSameStatementsOnTheSeedAndOnTenTimesTheSeed() {
		String deep = nl.botoc.graph.system.graphql.BoundedDatabaseWorkTestsAccess.DEEP_QUERY;
		var seed = this.http.query(deep);
		int seedCount = this.statements.count();
		List<String> seedCodes = seed.read("$.data.municipalities[*].interventions[*].code");

		this.cloner.cloneTimes(9);
		this.statements.reset();
		var large = this.http.query(deep);
		int largeCount = this.statements.count();
		List<String> largeCodes = large.read("$.data.municipalities[*].interventions[*].code");

		log.info("Deep query on the seed: {} statements for {} interventions; on ten times the seed: {} statements"
				+ " for {} interventions", seedCount, seedCodes.size(), largeCount, largeCodes.size());
		assertThat(seed.errors()).isEmpty();
		assertThat(large.errors()).isEmpty();
		assertThat(largeCodes).hasSize(seedCodes.size() * 10);
		assertThat(seedCount).isEqualTo(1);
		assertThat(largeCount).isEqualTo(seedCount);
	}

}
