package nl.botoc.graph.curation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;

import nl.botoc.graph.support.GraphContentHash;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code importScannedPortfolio} over real HTTP on the real seed, in a context of its own (it changes the graph): the
 * imported municipality read back through the normal read API and the analysis questions, every link inferred with
 * the scan's evidence; each refusal with its code and the graph unchanged; the idempotent repeat; the history and
 * the past rebuilt from it; and callers who are not curators.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"botoc.seed.on-startup=true", "botoc.seed.location=classpath:seed/", "botoc.test.context=portfolio-import" })
class PortfolioImportTests extends CuratingTest {

	static final String SELECTION = "municipality { id name codePrefix interventions { code } provenance { source basis } }";

	static final String SCAN = """
			query($input: PortfolioInput!) { scanPortfolio(input: $input) { interventions {
			  mainTheme { theme { id } } otherThemes { theme { id } confidence } factors { factor { id } confidence }
			  mechanisms { mechanism { id } confidence } } } }""";

	static List<Map<String, Object>> rows() {
		return List.of(
				row("Straatcoaches in de binnenstad",
						"Straatcoaches spreken jongeren 's avonds op straat aan en verwijzen hen naar het jongerenwerk."),
				row("Oudercursus weerbaarheid",
						"Ouders leren in een cursus de signalen van criminele uitbuiting herkennen en het gesprek aan te gaan."),
				row("Werkplekken voor kwetsbare jongeren",
						"Jongeren zonder opleiding krijgen een leerwerkplek en begeleiding naar een baan bij lokale bedrijven."));
	}

	static Map<String, Object> row(String name, String description) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", name);
		row.put("description", description);
		return row;
	}

	static Map<String, Object> input(String id, String prefix, List<Map<String, Object>> rows) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("municipality", new LinkedHashMap<>(Map.of("id", id, "name", "Gemeente " + prefix, "codePrefix", prefix)));
		input.put("portfolio", Map.of("owner", "Gemeente " + prefix, "interventions", rows));
		input.put("provenance", Map.of("label", "portfolio-" + prefix.toLowerCase() + ".csv"));
		input.put("reason", "the municipality joins the programme");
		return input;
	}

	// --- success

	@Test
	void importsAPortfolioAsAMunicipalityReadableLikeAnyOtherWithEveryLinkInferredAndItsEvidence() {
		var scan = this.curator.send(SCAN, Map.of("input", Map.of("interventions", rows())));
		List<String> proposedMain = scan.read("$.data.scanPortfolio.interventions[*].mainTheme.theme.id");

		var reply = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput",
				input("mun:lelystad", "LEL", rows()), SELECTION);
		assertThat(reply.<List<?>>read("$.data.importScannedPortfolio.errors")).isEmpty();
		assertThat(reply.<Integer>read("$.data.importScannedPortfolio.version")).isEqualTo(1);
		assertThat(reply.<String>read("$.data.importScannedPortfolio.change.mutation")).isEqualTo("importScannedPortfolio");
		assertThat(reply.<List<String>>read("$.data.importScannedPortfolio.municipality.interventions[*].code"))
			.containsExactlyInAnyOrder("LEL1", "LEL2", "LEL3");
		assertThat(reply.<String>read("$.data.importScannedPortfolio.municipality.provenance.basis")).isEqualTo("INFERRED");
		assertThat(reply.<List<String>>read("$.data.importScannedPortfolio.municipality.provenance.source"))
			.containsExactly("src:scan-import-lelystad#portfolio");

		var read = this.curator.send("""
				{ municipality(id: "mun:lelystad") { name summaryEn interventions { code name descriptionNl status
				    provenance { source basis rationale }
				    mainTheme { id }
				    themes { main theme { id } provenance { basis rationale source } }
				    factors { factor { id } provenance { basis rationale } }
				    mechanisms { mechanism { id } provenance { basis rationale } } } }
				  source(id: "src:scan-import-lelystad") { title kind } }""");
		assertThat(read.errors()).isEmpty();
		List<Map<String, Object>> interventions = read.read("$.data.municipality.interventions");
		Map<String, String> mainByCode = new LinkedHashMap<>();
		interventions.forEach((i) -> mainByCode.put((String) i.get("code"), (String) ((Map<?, ?>) i.get("mainTheme")).get("id")));
		assertThat(List.of(mainByCode.get("LEL1"), mainByCode.get("LEL2"), mainByCode.get("LEL3")))
			.as("the main themes the scan proposed before the import").isEqualTo(proposedMain);
		assertThat(mainByCode.get("LEL1")).isEqualTo("theme:straatcoaches-jongerenwerk");
		assertThat(read.<List<String>>read("$.data.municipality.interventions[*].status")).containsOnly("ADDED_LATER");
		assertThat(read.<List<String>>read("$.data.municipality.interventions[*].provenance.basis")).containsOnly("INFERRED");
		assertThat(read.<List<String>>read("$.data.municipality.interventions[?(@.code == 'LEL2')].provenance.source[0]"))
			.containsExactly("src:scan-import-lelystad#row-2");
		List<String> linkBases = new ArrayList<>();
		linkBases.addAll(read.read("$.data.municipality.interventions[*].themes[*].provenance.basis"));
		linkBases.addAll(read.read("$.data.municipality.interventions[*].factors[*].provenance.basis"));
		linkBases.addAll(read.read("$.data.municipality.interventions[*].mechanisms[*].provenance.basis"));
		assertThat(linkBases).hasSizeGreaterThan(6).containsOnly("INFERRED");
		List<String> rationales = new ArrayList<>();
		rationales.addAll(read.read("$.data.municipality.interventions[*].themes[*].provenance.rationale"));
		rationales.addAll(read.read("$.data.municipality.interventions[*].mechanisms[*].provenance.rationale"));
		assertThat(rationales).allSatisfy((r) -> assertThat(r).startsWith("Praktijkscan proposal").contains("confidence"));
		assertThat(rationales).as("the similar curated interventions, by code").anySatisfy((r) -> assertThat(r)
			.containsPattern("similar curated interventions: [A-Z]{2,4}[0-9]+"));
		assertThat(read.<List<String>>read("$.data.municipality.interventions[?(@.code == 'LEL1')].mechanisms[*].mechanism.id"))
			.contains("mech:detached-youth-work");
		assertThat(read.<String>read("$.data.source.title"))
			.isEqualTo("Praktijkscan import " + LocalDate.now(ZoneOffset.UTC) + " (portfolio-lel.csv)");

		// The analysis questions see the new municipality like the eight.
		var coverage = this.curator.send("""
				{ coverage(rows: THEME, interventions: ALL) { columnHeaders { key total } cells { row column count } } }""");
		assertThat(coverage.<List<Integer>>read("$.data.coverage.columnHeaders[?(@.key == 'mun:lelystad')].total"))
			.containsExactly(3);
		assertThat(coverage.<List<String>>read("$.data.coverage.cells[?(@.column == 'mun:lelystad')].row"))
			.contains("theme:straatcoaches-jongerenwerk");
		var peers = this.curator.send("{ peerMunicipalities(id: \"mun:lelystad\", first: 8) { municipality { id } score sharedThemes { theme { id } } } }");
		assertThat(peers.errors()).isEmpty();
		assertThat(peers.<List<String>>read("$.data.peerMunicipalities[*].municipality.id")).hasSize(8).doesNotContain("mun:lelystad");
		assertThat(peers.<Object>read("$.data.peerMunicipalities[0].score")).isNotNull();
		var gaps = this.curator.send("{ uncoveredFactors(municipality: \"mun:lelystad\") { factor { id } } }");
		assertThat(gaps.errors()).isEmpty();
	}

	@Test
	void laterScansDoNotLearnFromAnImportedPortfolio() {
		var imported = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput",
				input("mun:emmeloord", "EMM", rows()), SELECTION);
		assertThat(imported.<List<?>>read("$.data.importScannedPortfolio.errors")).isEmpty();
		// The same rows again: the imported copies would be their most similar interventions, if the scan saw them.
		var scan = this.curator.send("""
				query($input: PortfolioInput!) { scanPortfolio(input: $input) {
				  interventions { similar(first: 10) { intervention { code } } } comparison { municipality { id } } } }""",
				Map.of("input", Map.of("interventions", rows())));
		assertThat(scan.errors()).isEmpty();
		List<String> similar = scan.read("$.data.scanPortfolio.interventions[*].similar[*].intervention.code");
		assertThat(similar).isNotEmpty().noneMatch((code) -> code.startsWith("EMM"));
		assertThat(scan.<List<String>>read("$.data.scanPortfolio.comparison[*].municipality.id"))
			.isNotEmpty()
			.doesNotContain("mun:emmeloord");
	}

	@Test
	void acceptsAnExplicitChoicePerRowAndOnlyProposals() {
		var scan = this.curator.send(SCAN, Map.of("input", Map.of("interventions", rows())));
		List<Map<String, Object>> scanned = scan.read("$.data.scanPortfolio.interventions");
		int row = -1;
		for (int i = 0; i < scanned.size() && row < 0; i++) {
			if (!((List<?>) scanned.get(i).get("otherThemes")).isEmpty() && !((List<?>) scanned.get(i).get("mechanisms")).isEmpty()) {
				row = i;
			}
		}
		assertThat(row).as("a row with another theme and a mechanism proposed").isNotNegative();
		String otherTheme = scan.read("$.data.scanPortfolio.interventions[" + row + "].otherThemes[0].theme.id");
		String mechanism = scan.read("$.data.scanPortfolio.interventions[" + row + "].mechanisms[0].mechanism.id");
		Map<String, Object> input = input("mun:almere", "ALM", rows());
		input.put("rows", List.of(Map.of("row", row, "code", "ALM-X1", "mainTheme", otherTheme, "factors", List.of(),
				"mechanisms", List.of(mechanism))));
		var reply = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput", input, "");
		assertThat(reply.<List<?>>read("$.data.importScannedPortfolio.errors")).isEmpty();
		var read = this.curator.send("{ intervention(code: \"ALM-X1\") { name mainTheme { id } factors { factor { id } } mechanisms { mechanism { id } } } }");
		assertThat(read.<String>read("$.data.intervention.name")).isEqualTo(rows().get(row).get("name"));
		assertThat(read.<String>read("$.data.intervention.mainTheme.id")).isEqualTo(otherTheme);
		assertThat(read.<List<?>>read("$.data.intervention.factors")).isEmpty();
		assertThat(read.<List<String>>read("$.data.intervention.mechanisms[*].mechanism.id")).containsExactly(mechanism);
	}

	// --- history

	@Test
	void theImportIsOneChangeAndThePastIsRebuiltWithoutIt() {
		var reply = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput",
				input("mun:dronten", "DRO", rows()), "");
		assertThat(reply.<List<?>>read("$.data.importScannedPortfolio.errors")).isEmpty();
		int seq = reply.read("$.data.importScannedPortfolio.change.seq");
		var history = this.curator.send("{ interventionHistory(code: \"DRO2\") { seq mutation diff { entity } } }");
		assertThat(history.<List<Integer>>read("$.data.interventionHistory[*].seq")).containsExactly(seq);
		assertThat(history.<List<String>>read("$.data.interventionHistory[0].diff[*].entity"))
			.contains("Source", "Municipality", "Intervention", "Municipality.RUNS", "Intervention.TOUCHES",
					"Intervention.USES", "Intervention.SOURCED_FROM");
		// The diff names every node and link the import wrote (what the undo and the as-of queries rely on).
		try (var session = this.driver.session()) {
			var written = session.executeRead((tx) -> tx.run("""
					CALL () { MATCH (n) WHERE n.curatedSeq = $seq RETURN count(n) AS c
					          UNION ALL MATCH ()-[r]->() WHERE r.curatedSeq = $seq RETURN count(r) AS c }
					WITH sum(c) AS written
					MATCH (c:Change {seq: $seq}) RETURN written, c.diffSize AS diffSize,
					  size([e IN c.subjects WHERE e STARTS WITH 'Intervention:']) AS interventions""", Map.of("seq", seq)).single());
			var created = this.curator.send("{ changesSince(since: \"2000-01-01\", first: 1000) { seq diff { field to } } }")
				.<List<String>>read("$.data.changesSince[?(@.seq == " + seq + ")].diff[?(@.field == '@exists' && @.to == 'true')].field");
			assertThat(created).hasSize(written.get("written").asInt());
			assertThat(written.get("interventions").asInt()).isEqualTo(3);
			System.out.printf("import of 3 rows: %d nodes and links written, diff of %d entries%n",
					written.get("written").asInt(), written.get("diffSize").asInt());
		}
		var before = this.curator.send("{ interventionAsOf(code: \"DRO1\", date: \"2020-01-01\") { existed changesUndone } }");
		assertThat(before.<Boolean>read("$.data.interventionAsOf.existed")).isFalse();
		var today = this.curator.send("{ interventionAsOf(code: \"DRO1\", date: \"2999-01-01\") { existed municipality mainTheme themes } }");
		assertThat(today.<Boolean>read("$.data.interventionAsOf.existed")).isTrue();
		assertThat(today.<String>read("$.data.interventionAsOf.municipality")).isEqualTo("mun:dronten");
		assertThat(today.<String>read("$.data.interventionAsOf.mainTheme")).isEqualTo("theme:straatcoaches-jongerenwerk");

		var audit = this.curator.send("""
				{ reportAuditAtScan { summary { total agrees agreesOnInferred disagreesExplained disagreesUnexplained } }
				  reportAuditChanges { differences { claimId } } }""");
		assertThat(audit.errors()).isEmpty();
		assertThat((Map<String, Object>) audit.read("$.data.reportAuditAtScan.summary")).isEqualTo(this.seed.auditSummary());
		assertThat(audit.<List<String>>read("$.data.reportAuditChanges.differences[*].claimId"))
			.as("a ninth municipality changes the count of municipalities").isNotEmpty();

		assertThat(withEveryChangeUndone()).isEqualTo(this.seed.hash());
	}

	/**
	 * On request ({@code -Dbotoc.scan.bench=true}): a 50-row import against the 50-row scan of the same rows, in
	 * interleaved rounds, medians and their ratio; then the cost the imports add to {@code reportAuditAtScan}.
	 */
	@Test
	void importLatencyAgainstTheScanOnRequest() {
		org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("botoc.scan.bench"), "only on request");
		List<Map<String, Object>> fifty = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Map<String, Object> r = rows().get(i % 3);
			fifty.add(row(r.get("name") + " " + (i + 1), (String) r.get("description")));
		}
		long t = System.nanoTime();
		this.curator.send("{ reportAuditAtScan { summary { total } } }");
		long auditBefore = (System.nanoTime() - t) / 1_000_000;
		List<Long> scans = new ArrayList<>();
		List<Long> imports = new ArrayList<>();
		int diff = 0;
		for (int round = 0; round < 7; round++) {
			long t0 = System.nanoTime();
			this.curator.send(SCAN, Map.of("input", Map.of("interventions", fifty)));
			scans.add((System.nanoTime() - t0) / 1_000_000);
			String prefix = "BN" + (char) ('A' + round);
			long t1 = System.nanoTime();
			var reply = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput",
					input("mun:bench-" + prefix.toLowerCase(), prefix, fifty), "");
			imports.add((System.nanoTime() - t1) / 1_000_000);
			assertThat(reply.<List<?>>read("$.data.importScannedPortfolio.errors")).isEmpty();
			diff = this.curator.send("{ changesSince(since: \"2000-01-01\", first: 1000) { seq diff { field } } }")
				.<List<?>>read("$.data.changesSince[-1].diff").size();
		}
		long t2 = System.nanoTime();
		this.curator.send("{ reportAuditAtScan { summary { total } } }");
		long audit = (System.nanoTime() - t2) / 1_000_000;
		long scan = median(scans);
		long imported = median(imports);
		System.out.printf("50-row scan p50 %d ms, 50-row import p50 %d ms (ratio %.2f), diff %d entries; "
				+ "reportAuditAtScan %d ms before, %d ms after the 7 imports (scans %s, imports %s)%n", scan, imported,
				imported / (double) scan, diff, auditBefore, audit, scans, imports);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	// --- idempotency

	@Test
	void aRepeatWithTheSameKeyReturnsTheFirstAnswerAndWritesNothing() {
		Map<String, Object> input = input("mun:urk", "URK", rows().subList(0, 2));
		input.put("idempotencyKey", "import-urk");
		var first = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput", input, SELECTION);
		assertThat(first.<List<?>>read("$.data.importScannedPortfolio.errors")).isEmpty();
		int seq = first.read("$.data.importScannedPortfolio.change.seq");
		String afterFirst = GraphContentHash.of(this.driver);
		var repeat = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput", input, SELECTION);
		assertThat(repeat.<List<?>>read("$.data.importScannedPortfolio.errors")).isEmpty();
		assertThat(repeat.<Boolean>read("$.data.importScannedPortfolio.replayed")).isTrue();
		assertThat(repeat.<Integer>read("$.data.importScannedPortfolio.change.seq")).isEqualTo(seq);
		assertThat(repeat.<String>read("$.data.importScannedPortfolio.municipality.id")).isEqualTo("mun:urk");
		assertThat(GraphContentHash.of(this.driver)).isEqualTo(afterFirst);

		input.put("reason", "another reason");
		var reused = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput", input, "");
		assertThat(reused.<List<String>>read("$.data.importScannedPortfolio.errors[*].code"))
			.containsExactly("IDEMPOTENCY_KEY_REUSED");
		assertThat(GraphContentHash.of(this.driver)).isEqualTo(afterFirst);
	}

	// --- refusals

	@Test
	void refusesEveryInvalidImportWithItsCodeAndWritesNothing() {
		record Case(String what, Map<String, Object> input, String code, String field) {
		}
		List<Map<String, Object>> fiftyOne = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			fiftyOne.add(row("Interventie " + i, "Beschrijving " + i));
		}
		List<Case> cases = List.of(
				new Case("municipality id taken", input("mun:amsterdam", "ZZA", rows()), "ALREADY_EXISTS", "municipality.id"),
				new Case("code prefix taken", input("mun:nieuw-a", "AMS", rows()), "ALREADY_EXISTS", "municipality.codePrefix"),
				new Case("bad municipality id", input("mun:Bad Id", "ZZB", rows()), "INVALID_VALUE", "municipality.id"),
				new Case("empty municipality name", with(input("mun:nieuw-c", "ZZC", rows()), "municipality",
						Map.of("id", "mun:nieuw-c", "name", " ", "codePrefix", "ZZC")), "EMPTY_NAME", "municipality.name"),
				new Case("empty row name", input("mun:nieuw-d", "ZZD", List.of(row(" ", "Iets"))), "EMPTY_NAME",
						"portfolio.interventions[0].name"),
				new Case("no description", input("mun:nieuw-e", "ZZE", List.of(row("Iets", ""))), "EMPTY_NAME",
						"portfolio.interventions[0].description"),
				new Case("name too long", input("mun:nieuw-f", "ZZF", List.of(row("x".repeat(201), "Iets doen"))),
						"TOO_LONG", "portfolio.interventions[0].name"),
				new Case("too many rows", input("mun:nieuw-g", "ZZG", fiftyOne), "TOO_LONG", "portfolio.interventions"),
				new Case("empty portfolio", input("mun:nieuw-h", "ZZH", List.of()), "INVALID_VALUE", "portfolio.interventions"),
				new Case("unknown given theme", input("mun:nieuw-i", "ZZI", List.of(with(row("Iets", "Iets doen"), "themes",
						List.of("theme:bestaat-niet")))), "UNKNOWN_ID", "portfolio.interventions[0].themes"),
				new Case("two rows, one code", with(input("mun:nieuw-j", "ZZJ", rows()), "rows",
						List.of(Map.of("row", 1, "code", "ZZJ1"))), "ALREADY_EXISTS", "rows"),
				new Case("code of another prefix", with(input("mun:nieuw-k", "ZZK", rows()), "rows",
						List.of(Map.of("row", 0, "code", "AMS99"))), "INVALID_VALUE", "rows[0].code"),
				new Case("row out of range", with(input("mun:nieuw-l", "ZZL", rows()), "rows", List.of(Map.of("row", 7))),
						"INVALID_VALUE", "rows[0].row"),
				new Case("a factor the scan did not propose", with(input("mun:nieuw-m", "ZZM", rows()), "rows",
						List.of(Map.of("row", 0, "factors", List.of("pf:bestaat-niet")))), "INVALID_VALUE", "rows[0].factors"),
				new Case("unknown cited source", with(input("mun:nieuw-n", "ZZN", rows()), "provenance",
						Map.of("label", "p.csv", "source", List.of("src:nowhere#1"))), "UNKNOWN_ID", "provenance.source"),
				new Case("empty label", with(input("mun:nieuw-o", "ZZO", rows()), "provenance", Map.of("label", "")),
						"EMPTY_NAME", "provenance.label"),
				new Case("confidence out of range", with(input("mun:nieuw-p", "ZZP", rows()), "minConfidence", 1.5),
						"INVALID_VALUE", "minConfidence"));
		for (Case refused : cases) {
			String before = GraphContentHash.of(this.driver);
			var reply = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput", refused.input(), SELECTION);
			assertThat(reply.errors()).as(refused.what()).isEmpty();
			List<Map<String, Object>> errors = reply.read("$.data.importScannedPortfolio.errors");
			assertThat(errors).as(refused.what())
				.anySatisfy((e) -> assertThat(List.of(e.get("code"), e.get("field"))).isEqualTo(List.of(refused.code(), refused.field())));
			assertThat(reply.<Object>read("$.data.importScannedPortfolio.municipality")).as(refused.what()).isNull();
			assertThat(reply.<Object>read("$.data.importScannedPortfolio.change")).as(refused.what()).isNull();
			assertThat(GraphContentHash.of(this.driver)).as("graph unchanged by " + refused.what()).isEqualTo(before);
		}
	}

	@Test
	void answersEveryProblemOfTheInputAtOnce() {
		Map<String, Object> input = with(input("mun:Bad", "ZZQ", List.of(row(" ", "Iets"), row("Iets", ""))), "minConfidence", -1);
		var reply = this.curator.mutate("importScannedPortfolio", "ImportScannedPortfolioInput", input, "");
		assertThat(reply.<List<String>>read("$.data.importScannedPortfolio.errors[*].field")).contains("municipality.id",
				"portfolio.interventions[0].name", "portfolio.interventions[1].description", "minConfidence");
	}

	// --- roles

	@Test
	void onlyACuratorMayImport() {
		String before = GraphContentHash.of(this.driver);
		String document = "mutation($input: ImportScannedPortfolioInput!) { importScannedPortfolio(input: $input) { errors { code } } }";
		Map<String, Object> variables = Map.of("input", input("mun:zeewolde", "ZEE", rows()));
		for (String key : new String[] { null, "test-reader-key" }) {
			Map<String, Object> body = Map.of("query", document, "variables", variables);
			var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(body)));
			if (key != null) {
				request.header("X-API-Key", key);
			}
			GraphQlHttp.Reply reply = new GraphQlHttp(this.port).send(request.build());
			assertThat(reply.status()).as(String.valueOf(key)).isEqualTo((key == null) ? 401 : 403);
			assertThat(reply.<List<String>>read("$.errors[*].extensions.code"))
				.containsExactly((key == null) ? "UNAUTHORIZED" : "FORBIDDEN");
		}
		assertThat(GraphContentHash.of(this.driver)).isEqualTo(before);
		assertThat(this.curator.send("{ municipality(id: \"mun:zeewolde\") { id } }").<Object>read("$.data.municipality")).isNull();
	}

	// --- helpers

	private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>(base);
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
