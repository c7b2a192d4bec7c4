package nl.botoc.graph.seed;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;

import nl.botoc.graph.support.SeedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real seed (seed/*.csv, packaged as classpath:seed/), loaded the way the service loads it at start-up,
 * held against the figures of the report (Stop de in- en doorgroei, 2022). A failure here means the curated
 * data and the report disagree: fix the data or record the disagreement, do not loosen the test.
 */
@SeedGraphTest
class SeedContentTests {

	/** Planned interventions (status other than ADDED_LATER), the 62 of the report. */
	private static final String PLANNED = "MATCH (i:Intervention {planned: true})";

	@Autowired
	Driver driver;

	@Autowired
	ResourceLoader resourceLoader;

	private List<Record> query(String cypher) {
		return this.driver.executableQuery(cypher).execute().records();
	}

	private long count(String cypher) {
		return query(cypher).get(0).get(0).asLong();
	}

	private Map<String, Long> countsBy(String cypher) {
		Map<String, Long> counts = new TreeMap<>();
		query(cypher).forEach((r) -> counts.put(r.get(0).asString(), r.get(1).asLong()));
		return counts;
	}

	@Test
	void theServiceLoadedTheRealSeedAtStartUp() {
		String hash = SeedFiles.read(this.resourceLoader, "classpath:seed/").hash();

		assertThat(query("MATCH (v:SeedVersion {id: 'seed'}) RETURN v.hash AS hash")).singleElement()
			.satisfies((v) -> assertThat(v.get("hash").asString()).isEqualTo(hash));
	}

	@Test
	void eightMunicipalitiesTakePart() {
		assertThat(count("MATCH (m:Municipality) RETURN count(m)")).isEqualTo(8);
	}

	@Test
	void sixtyTwoInterventionsWerePlannedSpreadOverTheMunicipalitiesAsInBijlage2() {
		assertThat(count(PLANNED + " RETURN count(i)")).isEqualTo(62);
		assertThat(countsBy(PLANNED + " MATCH (m:Municipality)-[:RUNS]->(i) RETURN m.codePrefix, count(i)"))
			.containsExactlyEntriesOf(new TreeMap<>(Map.of("AMS", 8L, "ARN", 6L, "DH", 8L, "EIN", 13L, "ROT", 11L,
					"TIL", 10L, "UTR", 3L, "ZAA", 3L)));
	}

	@Test
	void fiftyFivePlannedInterventionsArePreventiveAndSevenRepressive() {
		assertThat(countsBy(PLANNED + " RETURN i.approach, count(i)"))
			.containsExactlyEntriesOf(new TreeMap<>(Map.of("PREVENTIVE", 55L, "REPRESSIVE", 7L)));
	}

	@Test
	void fiftyThreeWereCarriedOutAndNineNotOfWhichOnlyTwoAreDescribedAsYouthWork() {
		assertThat(count(PLANNED + " WHERE i.carriedOut RETURN count(i)")).isEqualTo(53);
		assertThat(count(PLANNED + " WHERE NOT i.carriedOut RETURN count(i)")).isEqualTo(9);
		// The report says five of the nine are youth work or street coaching; its text supports EIN4 and TIL5
		// only, and the audit shows the five as an explained disagreement (no dots added to reach it).
		assertThat(query(PLANNED + """
				 WHERE NOT i.carriedOut AND (i)-[:TOUCHES]->(:Theme {id: 'theme:straatcoaches-jongerenwerk'})
				RETURN i.code AS code ORDER BY code""")).extracting((r) -> r.get("code").asString())
			.containsExactly("EIN4", "TIL5");
	}

	@Test
	void sixInterventionsAreScientificallyRecognised() {
		assertThat(count("MATCH (i:Intervention {recognised: true}) RETURN count(i)")).isEqualTo(6);
	}

	@Test
	void fiftySixPlannedInterventionsAreGroundedAndSixAreNot() {
		assertThat(countsBy(PLANNED + " RETURN toString(i.grounded), count(i)"))
			.containsExactlyEntriesOf(new TreeMap<>(Map.of("true", 56L, "false", 6L)));
	}

	@Test
	void theReviewGivesTwelveGroundedAndFortySevenPlausibleRiskFactorsInEightCategories() {
		assertThat(countsBy("MATCH (f:RiskFactor) RETURN f.evidence, count(f)"))
			.containsExactlyEntriesOf(new TreeMap<>(Map.of("GROUNDED", 12L, "PLAUSIBLE", 47L)));
		assertThat(count("MATCH (f:RiskFactor) RETURN count(DISTINCT f.category)")).isEqualTo(8);
		assertThat(count("MATCH (f:Factor) WHERE f:RiskFactor <> (f.kind = 'RISK') RETURN count(f)")).isZero();
	}

	@Test
	void theReviewGivesThirteenProtectiveFactors() {
		assertThat(count("MATCH (f:ProtectiveFactor {kind: 'PROTECTIVE'}) RETURN count(f)")).isEqualTo(13);
	}

	/**
	 * The expected lists are read from §3.1.1 of the report itself (not from theme_factors.csv): for each theme,
	 * the grounded risk factors and the protective factors it names. §3.1.1 names none for the online world and
	 * for professional expertise.
	 */
	@Test
	void eachThemeTargetsExactlyTheFactorsSection311NamesForIt() {
		Map<String, List<String>> expected = new TreeMap<>();
		expected.put("theme:gedrag-identiteit", List.of("rf:antisociale-persoonlijkheidskenmerken",
				"pf:kunnen-reflecteren", "pf:moreel-inzicht"));
		expected.put("theme:werk-opleiding", List.of("rf:antisociale-persoonlijkheidskenmerken",
				"rf:criminele-achtergrond", "rf:laag-opleidingsniveau", "pf:hebben-van-een-baan"));
		expected.put("theme:vroegsignalering", List.of("rf:antisociale-persoonlijkheidskenmerken",
				"rf:banden-vrienden-kennissen", "pf:kunnen-reflecteren", "pf:moreel-inzicht",
				"pf:betekenisvolle-steunende-derde"));
		expected.put("theme:straatcoaches-jongerenwerk", List.of("rf:antisociale-persoonlijkheidskenmerken",
				"rf:banden-vrienden-kennissen", "rf:criminele-achtergrond", "pf:kunnen-reflecteren",
				"pf:moreel-inzicht", "pf:nieuwe-identiteit", "pf:betekenisvolle-steunende-derde",
				"pf:erkenning-talenten-succeservaringen"));
		expected.put("theme:rolmodellen-ervaringsdeskundigen", List.of("rf:antisociale-persoonlijkheidskenmerken",
				"rf:criminele-achtergrond", "pf:kunnen-reflecteren", "pf:moreel-inzicht", "pf:nieuwe-identiteit",
				"pf:criminele-leven-te-stressvol", "pf:betekenisvolle-steunende-derde"));
		expected.put("theme:criminele-families", List.of("rf:familiebanden-georganiseerde-criminaliteit",
				"pf:criminele-leven-te-stressvol", "pf:financieel-gewin-tegenvallen"));
		expected.put("theme:versterken-ouderrol", List.of("rf:antisociale-persoonlijkheidskenmerken",
				"pf:kunnen-reflecteren", "pf:moreel-inzicht", "pf:betekenisvolle-steunende-derde",
				"pf:erkenning-talenten-succeservaringen", "pf:aspiraties"));
		expected.put("theme:opsporing-vervolging", List.of("rf:criminele-achtergrond",
				"rf:familiebanden-georganiseerde-criminaliteit", "rf:banden-vrienden-kennissen",
				"pf:criminele-leven-te-stressvol", "pf:financieel-gewin-tegenvallen"));
		expected.put("theme:bovenlokale-netwerken", List.of("rf:werkomgeving-banden-georganiseerde-criminaliteit",
				"pf:criminele-leven-te-stressvol", "pf:financieel-gewin-tegenvallen"));
		expected.put("theme:online-leefwereld", List.of());
		expected.put("theme:schoolomgeving", List.of("rf:laag-opleidingsniveau",
				"rf:antisociale-persoonlijkheidskenmerken", "pf:kunnen-reflecteren", "pf:moreel-inzicht",
				"pf:betekenisvolle-steunende-derde", "pf:aspiraties"));
		expected.put("theme:deskundigheidsbevordering", List.of());

		Map<String, List<String>> actual = new TreeMap<>();
		query("""
				MATCH (t:Theme) OPTIONAL MATCH (t)-[:TARGETS]->(f:Factor)
				RETURN t.id AS theme, collect(f.id) AS factors""")
			.forEach((r) -> actual.put(r.get("theme").asString(),
					r.get("factors").asList(Value::asString).stream().sorted().toList()));

		expected.replaceAll((theme, factors) -> factors.stream().sorted().toList());
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void everyInterventionTouchesAtLeastOneThemeAndExactlyOneMainTheme() {
		assertThat(query("""
				MATCH (i:Intervention)
				WITH i, COUNT { (i)-[:TOUCHES]->(:Theme) } AS themes, COUNT { (i)-[:TOUCHES {main: true}]->(:Theme) } AS main
				WHERE themes = 0 OR main <> 1
				RETURN i.code + ': ' + themes + ' themes, ' + main + ' main' AS problem"""))
			.extracting((r) -> r.get("problem").asString())
			.isEmpty();
		assertThat(count("MATCH (i:Intervention) RETURN count(i)")).isGreaterThanOrEqualTo(62);
	}

	@Test
	void everyNodeAndRelationshipCarriesSourceAndBasisAndEveryInferredOneARationale() {
		assertThat(query("""
				MATCH (n:Source|Municipality|Theme|Factor|Mechanism|Intervention|Claim|ExploratoryElement)
				WHERE (size(coalesce(n.source, [])) = 0 OR NOT n.basis IN ['stated', 'inferred']
				       OR (n.basis = 'inferred' AND trim(coalesce(n.rationale, '')) = ''))
				RETURN labels(n)[0] + ' ' + coalesce(n.id, n.code) AS problem
				UNION ALL
				MATCH (a)-[r:RUNS|TOUCHES|TARGETS|USES|IDENTIFIED_IN|RECOGNISED_BY|SOURCED_FROM|ELEMENT_OF|IN_MUNICIPALITY|ON_THEME|DRAWS_ON]->(b)
				WHERE size(coalesce(r.source, [])) = 0 OR NOT r.basis IN ['stated', 'inferred']
				   OR (r.basis = 'inferred' AND trim(coalesce(r.rationale, '')) = '')
				RETURN coalesce(a.id, a.code) + ' -' + type(r) + '-> ' + coalesce(b.id, b.code) AS problem"""))
			.extracting((r) -> r.get("problem").asString())
			.isEmpty();
		assertThat(count("MATCH ()-[r:TOUCHES|TARGETS|USES]->() RETURN count(r)")).isGreaterThan(250);
	}

}
