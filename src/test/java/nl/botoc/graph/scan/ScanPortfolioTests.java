package nl.botoc.graph.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.SeedGraphTest;
import nl.botoc.graph.system.graphql.GraphReads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scanPortfolio} and {@code POST /scan} on the real seed, through HTTP: what a scan proposes and why, its
 * bounds, and the upload's refusals. Nothing a scan does may change the graph.
 */
@SeedGraphTest
class ScanPortfolioTests {

	private static final String SCAN = """
			query($input: PortfolioInput!) { scanPortfolio(input: $input) {
			  basis
			  interventions { index name approach approachBasis
			    mainTheme { theme { id } confidence basis why evidence { intervention { code } sharedWords } }
			    otherThemes { theme { id } basis }
			    mechanisms { mechanism { id } basis matchedTerms }
			    factors { factor { id } basis themeStatements }
			    similar(first: 2) { intervention { code } score sharedWords } }
			  themeCoverage { theme { id } count mainCount }
			  factorGaps { factor { id kind evidence } modifiable alsoMissingIn addressedBy { intervention { code } recognised via } }
			  approachMix { preventive repressive preventiveShare botocPreventiveShare }
			  peers { municipality { id } similarity sharedThemes coversOurGaps }
			} }""";

	@Autowired
	GraphQlHttp http;

	@Autowired
	Driver driver;

	@Autowired
	GraphReads reads;

	static Map<String, Object> input(List<Map<String, Object>> rows) {
		return Map.of("input", Map.of("owner", "Gemeente Test", "interventions", rows));
	}

	static Map<String, Object> row(String name, String description) {
		return Map.of("name", name, "description", description);
	}

	@Test
	void proposesTheStreetCoachThemeWithItsEvidenceAllInferred() {
		var reply = this.http.query(SCAN, input(List.of(row("Straatcoaches in de wijk",
				"Straatcoaches spreken jongeren 's avonds op straat aan en verwijzen hen naar het jongerenwerk."))));
		assertThat(reply.errors()).isEmpty();
		assertThat(reply.<String>read("$.data.scanPortfolio.basis")).isEqualTo("INFERRED");
		assertThat(reply.<String>read("$.data.scanPortfolio.interventions[0].mainTheme.theme.id"))
			.isEqualTo("theme:straatcoaches-jongerenwerk");
		assertThat(reply.<String>read("$.data.scanPortfolio.interventions[0].mainTheme.basis")).isEqualTo("INFERRED");
		assertThat(reply.<String>read("$.data.scanPortfolio.interventions[0].approachBasis")).isEqualTo("INFERRED");
		List<String> evidence = reply.read("$.data.scanPortfolio.interventions[0].mainTheme.evidence[*].intervention.code");
		assertThat(evidence).as("curated interventions behind the proposal").isNotEmpty();
		List<String> shared = reply.read("$.data.scanPortfolio.interventions[0].similar[0].sharedWords");
		assertThat(shared).as("the words that made the match").isNotEmpty();
		List<String> mechanisms = reply.read("$.data.scanPortfolio.interventions[0].mechanisms[*].mechanism.id");
		assertThat(mechanisms).contains("mech:detached-youth-work");
		List<String> similar = reply.read("$.data.scanPortfolio.interventions[0].similar[*].intervention.code");
		assertThat(similar).as("first: 2").hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void aGivenThemeIsTheMainThemeAndMarkedGiven() {
		var reply = this.http.query(SCAN, input(List.of(Map.of("name", "Huisbezoeken", "description",
				"Gesprekken met ouders thuis.", "themes", List.of("theme:versterken-ouderrol"), "approach", "PREVENTIVE"))));
		assertThat(reply.errors()).isEmpty();
		assertThat(reply.<String>read("$.data.scanPortfolio.interventions[0].mainTheme.theme.id"))
			.isEqualTo("theme:versterken-ouderrol");
		assertThat(reply.<String>read("$.data.scanPortfolio.interventions[0].mainTheme.basis")).isEqualTo("GIVEN");
		assertThat(reply.<String>read("$.data.scanPortfolio.interventions[0].approachBasis")).isEqualTo("GIVEN");
	}

	@Test
	void gapsAreTheCountedFactorsNothingAddressesWithRecognisedInterventionsFirst() {
		var reply = this.http.query(SCAN, input(List.of(row("Straatcoaches", "Straatcoaches op straat."))));
		assertThat(reply.errors()).isEmpty();
		List<Map<String, Object>> gaps = reply.read("$.data.scanPortfolio.factorGaps");
		assertThat(gaps).isNotEmpty();
		for (Map<String, Object> gap : gaps) {
			@SuppressWarnings("unchecked")
			Map<String, Object> factor = (Map<String, Object>) gap.get("factor");
			assertThat(factor.get("kind").equals("PROTECTIVE") || factor.get("evidence").equals("GROUNDED"))
				.as("only grounded risk factors and protective factors: %s", factor).isTrue();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> by = (List<Map<String, Object>>) gap.get("addressedBy");
			boolean seenUnrecognised = false;
			for (Map<String, Object> b : by) {
				if (!(Boolean) b.get("recognised")) {
					seenUnrecognised = true;
				}
				else {
					assertThat(seenUnrecognised).as("recognised first for %s", factor.get("id")).isFalse();
				}
			}
		}
		List<String> ids = reply.read("$.data.scanPortfolio.factorGaps[*].factor.id");
		assertThat(ids).as("the §5.2 drug-use gap").contains("rf:drugsgebruik");
	}

	@Test
	void theCuratedGapListsAreThoseOfUncoveredFactors() {
		CuratedGraph graph = CuratedGraph.read(this.reads, null);
		for (String municipality : graph.municipalities()) {
			var reply = this.http.query("""
					query($m: ID!) { risk: uncoveredFactors(kind: RISK, evidence: GROUNDED, municipality: $m) { factor { id } }
					  protective: uncoveredFactors(kind: PROTECTIVE, municipality: $m) { factor { id } } }""",
					Map.of("m", municipality));
			Set<String> expected = new TreeSet<>(reply.<List<String>>read("$.data.risk[*].factor.id"));
			expected.addAll(reply.<List<String>>read("$.data.protective[*].factor.id"));
			assertThat(new TreeSet<>(graph.gaps(municipality))).as(municipality).isEqualTo(expected);
		}
	}

	@Test
	void refusesPortfoliosOutsideTheirBoundsWithACode() {
		List<Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i < PortfolioBounds.MAX_ROWS + 1; i++) {
			many.add(row("Interventie " + i, "Beschrijving"));
		}
		assertThat(code(this.http.query(SCAN, input(many)))).isEqualTo("PORTFOLIO_TOO_LARGE");
		assertThat(code(this.http.query(SCAN, input(List.of())))).isEqualTo("EMPTY_PORTFOLIO");
		assertThat(code(this.http.query(SCAN, input(List.of(row("X", "y".repeat(PortfolioBounds.MAX_DESCRIPTION + 1)))))))
			.isIn("TEXT_TOO_LONG", "STRING_TOO_LONG");
		assertThat(code(this.http.query(SCAN, input(List.of(row(" ", "Beschrijving")))))).isEqualTo("MISSING_NAME");
		assertThat(code(this.http.query(SCAN,
				input(List.of(Map.of("name", "X", "themes", List.of("theme:bestaat-niet")))))))
			.isEqualTo("UNKNOWN_THEME");
	}

	@Test
	void uploadsTheExampleCsvAndJson() throws IOException {
		long before = size();
		byte[] csv = Files.readAllBytes(Path.of("docs/examples/portfolio.csv"));
		var reply = this.http.send("POST", "/scan", new String(csv, StandardCharsets.UTF_8), "text/csv", "application/json");
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		List<String> names = reply.read("$.data.scanPortfolio.interventions[*].name");
		assertThat(names).hasSize(8).contains("Werkplaats Perspectief");
		assertThat(reply.<Integer>read("$.data.scanPortfolio.approachMix.repressive")).isEqualTo(1);
		// The portfolio as read from the file, for an import of what was scanned.
		assertThat(reply.<List<String>>read("$.extensions.portfolio.interventions[*].name")).isEqualTo(names);
		var json = this.http.send("POST", "/scan", Files.readString(Path.of("docs/examples/portfolio.json")),
				"application/json", "application/json");
		assertThat(json.status()).as(json.body()).isEqualTo(200);
		assertThat(json.<String>read("$.data.scanPortfolio.owner")).isEqualTo("Gemeente Voorbeeld");
		assertThat(json.<String>read("$.data.scanPortfolio.interventions[2].mainTheme.basis")).isEqualTo("GIVEN");
		assertThat(size()).as("nothing stored").isEqualTo(before);
		assertThat(Files.readAllBytes(Path.of("src/main/resources/static/scan/example.csv")))
			.as("the explorer's example file is the documented one").isEqualTo(csv);
	}

	@Test
	void refusesBadUploadsWithA4xxAndACode() {
		long before = size();
		assertUpload("", "text/csv", 400, "EMPTY_PORTFOLIO");
		assertUpload("name,description\n", "text/csv", 400, "EMPTY_PORTFOLIO");
		assertUpload("naam;beschrijving;kleur\nA;B;rood\n", "text/csv", 400, "UNKNOWN_COLUMN");
		assertUpload("name,approach\nA,PREVENTIVE\n", "text/csv", 400, "MISSING_COLUMN");
		assertUpload("name,description\nA,B,C\n", "text/csv", 400, "WRONG_COLUMN_COUNT");
		assertUpload("name,description\n\"A,B\n", "text/csv", 400, "MALFORMED_FILE");
		assertUpload("{\"interventions\": [", "application/json", 400, "MALFORMED_FILE");
		assertUpload("[{\"name\": \"A\", \"colour\": \"red\"}]", "application/json", 400, "UNKNOWN_COLUMN");
		assertUpload("name,description\nA,B\n", "application/xml", 415, "UNSUPPORTED_MEDIA_TYPE");
		StringBuilder large = new StringBuilder("name,description\n");
		while (large.length() <= PortfolioUploadController.MAX_BYTES) {
			large.append("Interventie,").append("x".repeat(1000)).append('\n');
		}
		assertUpload(large.toString(), "text/csv", 413, "PORTFOLIO_TOO_LARGE");
		StringBuilder rows = new StringBuilder("name,description\n");
		for (int i = 0; i <= PortfolioBounds.MAX_ROWS; i++) {
			rows.append("Interventie ").append(i).append(",tekst\n");
		}
		assertUpload(rows.toString(), "text/csv", 413, "PORTFOLIO_TOO_LARGE");
		// "Jeugd- en jongerenwerk Zaandijk ü" saved as Latin-1: not UTF-8.
		byte[] latin1 = "name,description\nJongerenwerk,Zaandijk \u00fc\n".getBytes(StandardCharsets.ISO_8859_1);
		var reply = this.http.send(java.net.http.HttpRequest.newBuilder(this.http.uri("/scan"))
			.header("Content-Type", "text/csv")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(latin1))
			.build());
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.<String>read("$.errors[0].extensions.code")).isEqualTo("INVALID_ENCODING");
		assertThat(size()).as("nothing stored").isEqualTo(before);
	}

	private void assertUpload(String body, String type, int status, String code) {
		var reply = this.http.send("POST", "/scan", body, type, "application/json");
		assertThat(reply.status()).as("%s: %s", code, reply.body()).isEqualTo(status);
		assertThat(reply.<String>read("$.errors[0].extensions.code")).isEqualTo(code);
	}

	private static String code(GraphQlHttp.Reply reply) {
		assertThat(reply.errors()).as(reply.body()).isNotEmpty();
		return (String) ((Map<?, ?>) reply.errors().get(0).get("extensions")).get("code");
	}

	private long size() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (n) RETURN count(n) + COUNT { ()-[]->() } AS n").single().get("n").asLong();
		}
	}

}
