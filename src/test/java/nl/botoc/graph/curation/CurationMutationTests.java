package nl.botoc.graph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import nl.botoc.graph.support.GraphContentHash;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curation mutations over real HTTP on the real seed, in a context of their own (they change the graph): each
 * success path with its history, each refusal with the graph's content hash unchanged, stale versions, two curators
 * at once, idempotent retries, and the past rebuilt from the diffs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "botoc.seed.on-startup=true", "botoc.seed.location=classpath:seed/", "botoc.test.context=curation" })
class CurationMutationTests extends CuratingTest {

	static final Map<String, Object> STATED = Map.of("source", List.of("src:praktijkscan#2.2"), "basis", "STATED");

	// --- success paths

	@Test
	void createsAMunicipalityAndAnInterventionThatReadLikeSeededOnesWithTheirChanges() {
		var municipality = this.curator.mutate("createMunicipality", "CreateMunicipalityInput", Map.of("id", "mun:leiden",
				"name", "Leiden", "codePrefix", "LEI", "summaryEn", "A test municipality.", "summaryNl", "Een testgemeente.",
				"focusAreas", List.of("Centrum"), "provenance", STATED, "reason", "joins the programme"),
				"municipality { id name codePrefix focusAreas version provenance { source basis } }");
		assertThat(municipality.errors()).isEmpty();
		assertThat(municipality.<List<?>>read("$.data.createMunicipality.errors")).isEmpty();
		assertThat((String) municipality.read("$.data.createMunicipality.municipality.name")).isEqualTo("Leiden");
		assertThat((Integer) municipality.read("$.data.createMunicipality.version")).isEqualTo(1);
		assertThat((String) municipality.read("$.data.createMunicipality.change.actor")).isNotBlank();

		var intervention = this.curator.mutate("createIntervention", "CreateInterventionInput", Map.of("code", "LEI1",
				"municipality", "mun:leiden", "name", "Buurtcoaches", "descriptionEn", "Coaches in the street.",
				"descriptionNl", "Coaches op straat.", "approach", "PREVENTIVE", "provenance",
				Map.of("source", List.of("src:praktijkscan#2.2"), "basis", "INFERRED", "rationale", "a test inference")),
				"intervention { code status planned municipality { id } provenance { basis rationale } version }");
		assertThat(intervention.<List<?>>read("$.data.createIntervention.errors")).isEmpty();
		assertThat((String) intervention.read("$.data.createIntervention.intervention.status")).isEqualTo("ADDED_LATER");
		assertThat((Boolean) intervention.read("$.data.createIntervention.intervention.planned")).isFalse();
		assertThat((String) intervention.read("$.data.createIntervention.intervention.municipality.id")).isEqualTo("mun:leiden");
		assertThat((String) intervention.read("$.data.createIntervention.intervention.provenance.basis")).isEqualTo("INFERRED");

		var linked = link("linkInterventionTheme", "LinkInterventionThemeInput",
				Map.of("code", "LEI1", "theme", "theme:straatcoaches-jongerenwerk", "main", true, "provenance", STATED));
		assertThat(linked.<List<?>>read("$.data.linkInterventionTheme.errors")).isEmpty();
		assertThat((Integer) linked.read("$.data.linkInterventionTheme.version")).isEqualTo(2);
		var read = this.curator.send("{ intervention(code: \"LEI1\") { version mainTheme { id } } municipality(id: \"mun:leiden\") { interventions { code } } }");
		assertThat((String) read.read("$.data.intervention.mainTheme.id")).isEqualTo("theme:straatcoaches-jongerenwerk");
		assertThat((Integer) read.read("$.data.intervention.version")).isEqualTo(2);
		assertThat(read.<List<String>>read("$.data.municipality.interventions[*].code")).containsExactly("LEI1");

		var history = this.curator.send("{ interventionHistory(code: \"LEI1\") { mutation diff { entity key field from to } } }");
		assertThat(history.<List<String>>read("$.data.interventionHistory[*].mutation"))
			.containsExactly("createIntervention", "linkInterventionTheme");
		assertThat(history.<List<String>>read("$.data.interventionHistory[1].diff[*].entity")).contains("Intervention.TOUCHES");
	}

	@Test
	void updatesAnInterventionAndRecordsFromAndToOfEveryChangedField() {
		int version = version("UTR1");
		var reply = this.curator.mutate("updateIntervention", "UpdateInterventionInput", Map.of("code", "UTR1",
				"basedOnVersion", version, "targetAge", "12-18", "formerNames", List.of("Oude naam"), "provenance", STATED,
				"reason", "the municipality's 2024 plan", "idempotencyKey", "update-utr1"),
				"intervention { targetAge formerNames }");
		assertThat(reply.<List<?>>read("$.data.updateIntervention.errors")).isEmpty();
		assertThat((String) reply.read("$.data.updateIntervention.intervention.targetAge")).isEqualTo("12-18");
		var change = this.curator.send("{ interventionHistory(code: \"UTR1\") { reason idempotencyKey diff { field from to } } }");
		assertThat(change.<List<String>>read("$.data.interventionHistory[-1].diff[*].field")).contains("targetAge",
				"formerNames", "version");
		assertThat((String) change.read("$.data.interventionHistory[-1].reason")).isEqualTo("the municipality's 2024 plan");
		assertThat(change.<List<String>>read("$.data.interventionHistory[-1].diff[?(@.field == 'targetAge')].to"))
			.containsExactly("\"12-18\"");
	}

	@Test
	void changesAStatusAndTheAuditAtTheScanStillSeesTheSeed() {
		int version = version("AMS1");
		var reply = this.curator.mutate("changeInterventionStatus", "ChangeInterventionStatusInput", Map.of("code", "AMS1",
				"basedOnVersion", version, "status", "NOT_CARRIED_OUT", "date", "2024-03-01", "reason", "funding stopped",
				"provenance", STATED), "intervention { status carriedOut statusProvenance { rationale } }");
		assertThat(reply.<List<?>>read("$.data.changeInterventionStatus.errors")).isEmpty();
		assertThat((Boolean) reply.read("$.data.changeInterventionStatus.intervention.carriedOut")).isFalse();
		assertThat((String) reply.read("$.data.changeInterventionStatus.intervention.statusProvenance.rationale"))
			.isEqualTo("funding stopped");

		var audit = this.curator.send("""
				{ reportAuditAtScan { summary { total agrees agreesOnInferred disagreesExplained disagreesUnexplained } }
				  reportAuditChanges { curationSeq differences { claimId statusAtScan statusNow actualAtScan actualNow } } }""");
		assertThat(audit.errors()).isEmpty();
		assertThat((Map<String, Object>) audit.read("$.data.reportAuditAtScan.summary")).isEqualTo(this.seed.auditSummary());
		assertThat(audit.<List<String>>read("$.data.reportAuditChanges.differences[*].claimId"))
			.contains("claim:interventions-carried-out-2-2", "claim:interventions-not-carried-out-2-2");
		assertThat(audit.<List<Integer>>read("$.data.reportAuditChanges.differences[?(@.claimId == 'claim:interventions-carried-out-2-2')].actualAtScan"))
			.containsExactly(53);

		var before = this.curator.send("{ interventionAsOf(code: \"AMS1\", date: \"2020-01-01\") { existed status changesUndone } }");
		assertThat((String) before.read("$.data.interventionAsOf.status")).isEqualTo("AS_PLANNED");
		var today = this.curator.send("{ interventionAsOf(code: \"AMS1\", date: \"2999-01-01\") { status changesUndone } }");
		assertThat((String) today.read("$.data.interventionAsOf.status")).isEqualTo("NOT_CARRIED_OUT");
		assertThat((Integer) today.read("$.data.interventionAsOf.changesUndone")).isZero();
	}

	@Test
	void linksAndUnlinksFactorsMechanismsAndCitationsAndRebuildsTheDayBefore() {
		assertThat(ok(link("linkInterventionFactor", "LinkInput", Map.of("code", "DH1", "target", "rf:drugsgebruik", "provenance", STATED))))
			.isTrue();
		assertThat(ok(link("linkInterventionMechanism", "LinkInterventionMechanismInput", Map.of("code", "DH1",
				"mechanism", "mech:credible-messenger", "localName", "rolmodellen", "provenance", STATED)))).isTrue();
		assertThat(ok(link("linkInterventionSource", "LinkInput", Map.of("code", "DH1", "target", "src:praktijkscan#5.2",
				"provenance", STATED)))).isTrue();
		var read = this.curator.send("{ intervention(code: \"DH1\") { factors { factor { id } } mechanisms { localName mechanism { id } } provenance { source } } }");
		assertThat(read.<List<String>>read("$.data.intervention.factors[*].factor.id")).contains("rf:drugsgebruik");
		assertThat(read.<List<String>>read("$.data.intervention.mechanisms[*].localName")).contains("rolmodellen");
		assertThat(read.<List<String>>read("$.data.intervention.provenance.source")).contains("src:praktijkscan#5.2");

		assertThat(ok(link("unlinkInterventionFactor", "UnlinkInput", Map.of("code", "DH1", "target", "rf:drugsgebruik", "provenance", STATED))))
			.isTrue();
		assertThat(ok(link("unlinkInterventionMechanism", "UnlinkInput", Map.of("code", "DH1", "target", "mech:credible-messenger", "provenance", STATED))))
			.isTrue();
		assertThat(ok(link("unlinkInterventionSource", "UnlinkInput", Map.of("code", "DH1", "target", "src:praktijkscan#5.2", "provenance", STATED))))
			.isTrue();
		var after = this.curator.send("{ intervention(code: \"DH1\") { factors { factor { id } } provenance { source } } }");
		assertThat(after.<List<String>>read("$.data.intervention.factors[*].factor.id")).doesNotContain("rf:drugsgebruik");
		assertThat(after.<List<String>>read("$.data.intervention.provenance.source")).doesNotContain("src:praktijkscan#5.2");
		var past = this.curator.send("{ interventionAsOf(code: \"DH1\", date: \"2021-06-30\") { factors mechanisms changesUndone } }");
		assertThat((Integer) past.read("$.data.interventionAsOf.changesUndone")).isEqualTo(6);
		assertThat(past.<List<String>>read("$.data.interventionAsOf.factors")).doesNotContain("rf:drugsgebruik");
		var since = this.curator.send("{ changesSince(since: \"2000-01-01\", first: 1000) { seq mutation } }");
		assertThat(since.<List<String>>read("$.data.changesSince[*].mutation")).contains("unlinkInterventionSource");
	}

	@Test
	void addsASourceAndAClaimAndResolvesTheClaim() {
		var source = this.curator.mutate("addSource", "AddSourceInput", Map.of("id", "src:test-study", "kind", "REPORT",
				"title", "A later evaluation", "year", 2024, "descriptionEn", "An evaluation study.", "provenance",
				Map.of("source", List.of("src:test-study#samenvatting"), "basis", "STATED")), "source { id kind year version }");
		assertThat(source.<List<?>>read("$.data.addSource.errors")).isEmpty();
		assertThat((Integer) source.read("$.data.addSource.source.year")).isEqualTo(2024);
		var claim = this.curator.mutate("addClaim", "AddClaimInput", Map.of("id", "claim:test-arnhem", "statementEn",
				"Arnhem runs forty interventions", "metric", "interventions.byMunicipality", "scope", "mun:arnhem",
				"comparison", "EQUALS", "expected", 40, "printed", "veertig", "provenance",
				Map.of("source", List.of("src:test-study#2"), "basis", "STATED")), "claim { id version }");
		assertThat(claim.<List<?>>read("$.data.addClaim.errors")).isEmpty();
		var audit = this.curator.send("{ reportAudit(status: [DISAGREES_UNEXPLAINED]) { results { claimId } } }");
		assertThat(audit.<List<String>>read("$.data.reportAudit.results[*].claimId")).contains("claim:test-arnhem");
		var resolved = this.curator.mutate("resolveClaim", "ResolveClaimInput", Map.of("id", "claim:test-arnhem",
				"basedOnVersion", 1, "explanation", "The study counts sub-projects separately.", "provenance",
				Map.of("source", List.of("src:test-study#3"), "basis", "STATED")), "claim { explanation }");
		assertThat(resolved.<List<?>>read("$.data.resolveClaim.errors")).isEmpty();
		var explained = this.curator.send("{ reportAudit(status: [DISAGREES_EXPLAINED]) { results { claimId } } }");
		assertThat(explained.<List<String>>read("$.data.reportAudit.results[*].claimId")).contains("claim:test-arnhem");
	}

	@Test
	void updatesAMunicipality() {
		var reply = this.curator.mutate("updateMunicipality", "UpdateMunicipalityInput", Map.of("id", "mun:tilburg",
				"basedOnVersion", 0, "programme", "Nieuw programma", "provenance", STATED), "municipality { programme version }");
		assertThat(reply.<List<?>>read("$.data.updateMunicipality.errors")).isEmpty();
		assertThat((String) reply.read("$.data.updateMunicipality.municipality.programme")).isEqualTo("Nieuw programma");
		assertThat((Integer) reply.read("$.data.updateMunicipality.municipality.version")).isEqualTo(1);
	}

	// --- refusals: each with its code, nothing written

	@Test
	void refusesEveryInvalidInputWithItsCodeAndWritesNothing() {
		String longName = "x".repeat(CurationInput.NAME_LENGTH + 1);
		Map<String, Object> inferredWithoutRationale = Map.of("source", List.of("src:praktijkscan#2.2"), "basis", "INFERRED");
		record Case(String field, String type, Map<String, Object> input, String code) {
		}
		Map<String, Object> base = new HashMap<>(Map.of("code", "ARN3", "basedOnVersion", 0, "provenance", STATED));
		// An intervention with one citation, for LAST_SOURCE (every seeded one has two or more).
		assertThat(ok(this.curator.mutate("createIntervention", "CreateInterventionInput", Map.of("code", "ROT-X9",
				"municipality", "mun:rotterdam", "name", "Eén bron", "descriptionEn", "d", "descriptionNl", "d",
				"approach", "PREVENTIVE", "provenance", STATED), ""))).isTrue();
		String mainTheme = this.curator.send("{ intervention(code: \"ARN3\") { mainTheme { id } } }").read("$.data.intervention.mainTheme.id");
		String currentName = this.curator.send("{ intervention(code: \"ARN3\") { name } }").read("$.data.intervention.name");
		List<Case> cases = List.of(
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "code", "NOPE9", "name", "x"), "UNKNOWN_ID"),
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "name", "  "), "EMPTY_NAME"),
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "name", longName), "TOO_LONG"),
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "name", "x", "provenance", null), "MISSING_PROVENANCE"),
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "name", "x", "provenance", inferredWithoutRationale), "MISSING_PROVENANCE"),
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "name", "x", "provenance",
						Map.of("source", List.of(), "basis", "STATED")), "MISSING_PROVENANCE"),
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "name", "x", "provenance",
						Map.of("source", List.of("src:nowhere#1"), "basis", "STATED")), "UNKNOWN_ID"),
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "name", "x", "provenance",
						Map.of("source", List.of("praktijkscan"), "basis", "STATED")), "INVALID_VALUE"),
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "name", "x", "basedOnVersion", 7), "VERSION_CONFLICT"),
				new Case("updateIntervention", "UpdateInterventionInput", with(base, "name", currentName), "NO_CHANGE"),
				new Case("linkInterventionTheme", "LinkInterventionThemeInput", with(base, "theme", "theme:werk-opleiding", "main", true), "SECOND_MAIN_THEME"),
				new Case("linkInterventionTheme", "LinkInterventionThemeInput", with(base, "theme", mainTheme, "main", false), "LINK_EXISTS"),
				new Case("linkInterventionTheme", "LinkInterventionThemeInput", with(base, "theme", "theme:none", "main", false), "UNKNOWN_ID"),
				new Case("linkInterventionFactor", "LinkInput", with(base, "target", "rf:antisociale-persoonlijkheidskenmerken"), "LINK_EXISTS"),
				new Case("linkInterventionFactor", "LinkInput", with(base, "target", "mech:credible-messenger"), "UNKNOWN_ID"),
				new Case("linkInterventionMechanism", "LinkInterventionMechanismInput", with(base, "mechanism", "mech:credible-messenger", "localName", longName), "TOO_LONG"),
				new Case("linkInterventionSource", "LinkInput", with(base, "target", "src:praktijkscan#bijlage-2"), "LINK_EXISTS"),
				new Case("linkInterventionSource", "LinkInput", with(base, "target", "nota bene"), "INVALID_VALUE"),
				new Case("unlinkInterventionFactor", "UnlinkInput", with(base, "target", "rf:drugsgebruik"), "NO_SUCH_LINK"),
				new Case("unlinkInterventionSource", "UnlinkInput", with(base, "code", "ROT-X9", "target", "src:praktijkscan#2.2"), "LAST_SOURCE"),
				new Case("changeInterventionStatus", "ChangeInterventionStatusInput", with(base, "status", "ADAPTED", "date", "2024-02-30", "reason", "r"), "INVALID_VALUE"),
				new Case("changeInterventionStatus", "ChangeInterventionStatusInput", with(base, "status", "ADAPTED", "date", "2999-01-01", "reason", "r"), "INVALID_VALUE"),
				new Case("changeInterventionStatus", "ChangeInterventionStatusInput", with(base, "status", "ADAPTED", "date", "2024-01-01", "reason", ""), "EMPTY_NAME"),
				new Case("createIntervention", "CreateInterventionInput", Map.of("code", "ARN3", "municipality", "mun:arnhem",
						"name", "n", "descriptionEn", "d", "descriptionNl", "d", "approach", "PREVENTIVE", "provenance", STATED), "ALREADY_EXISTS"),
				new Case("createIntervention", "CreateInterventionInput", Map.of("code", "ROT99", "municipality", "mun:arnhem",
						"name", "n", "descriptionEn", "d", "descriptionNl", "d", "approach", "PREVENTIVE", "provenance", STATED), "INVALID_VALUE"),
				new Case("createIntervention", "CreateInterventionInput", Map.of("code", "ARN99", "municipality", "mun:nowhere",
						"name", "n", "descriptionEn", "d", "descriptionNl", "d", "approach", "PREVENTIVE", "provenance", STATED), "UNKNOWN_ID"),
				new Case("createMunicipality", "CreateMunicipalityInput", Map.of("id", "mun:Bad Id", "name", "n", "codePrefix", "BAD",
						"summaryEn", "s", "summaryNl", "s", "provenance", STATED), "INVALID_VALUE"),
				new Case("createMunicipality", "CreateMunicipalityInput", Map.of("id", "mun:ams2", "name", "n", "codePrefix", "AMS",
						"summaryEn", "s", "summaryNl", "s", "provenance", STATED), "ALREADY_EXISTS"),
				new Case("addSource", "AddSourceInput", Map.of("id", "src:praktijkscan", "kind", "REPORT", "title", "t",
						"descriptionEn", "d", "provenance", STATED), "ALREADY_EXISTS"),
				new Case("addSource", "AddSourceInput", Map.of("id", "src:old", "kind", "REPORT", "title", "t", "year", 1500,
						"descriptionEn", "d", "provenance", STATED), "INVALID_VALUE"),
				new Case("addClaim", "AddClaimInput", Map.of("id", "claim:x", "statementEn", "s", "metric", "made.up",
						"comparison", "EQUALS", "expected", 1, "printed", "een", "provenance", STATED), "INVALID_VALUE"),
				new Case("resolveClaim", "ResolveClaimInput", Map.of("id", "claim:municipalities-total-h1", "basedOnVersion", 3,
						"explanation", "e", "provenance", STATED), "VERSION_CONFLICT"));
		for (Case refused : cases) {
			String before = GraphContentHash.of(this.driver);
			var reply = this.curator.mutate(refused.field(), refused.type(), refused.input(), "");
			assertThat(reply.errors()).as(refused.toString()).isEmpty();
			assertThat(reply.<List<String>>read("$.data." + refused.field() + ".errors[*].code")).as(refused.toString())
				.contains(refused.code());
			assertThat(reply.<Object>read("$.data." + refused.field() + ".change")).as(refused.toString()).isNull();
			assertThat(GraphContentHash.of(this.driver)).as("graph unchanged by " + refused).isEqualTo(before);
		}
	}

	@Test
	void refusesTwoMutationFieldsInOneRequest() {
		String before = GraphContentHash.of(this.driver);
		var reply = this.curator.send("""
				mutation { a: addSource(input: {id: "src:two-a", kind: REPORT, title: "t", descriptionEn: "d",
				  provenance: {source: ["src:praktijkscan#2.2"], basis: STATED}}) { errors { code } }
				  b: addSource(input: {id: "src:two-b", kind: REPORT, title: "t", descriptionEn: "d",
				  provenance: {source: ["src:praktijkscan#2.2"], basis: STATED}}) { errors { code } } }""");
		assertThat(reply.<List<String>>read("$.errors[*].extensions.code")).containsOnly("ONE_MUTATION_PER_REQUEST");
		assertThat(GraphContentHash.of(this.driver)).isEqualTo(before);
	}

	// --- versions, concurrency, idempotency

	@Test
	void twoCuratorsFromTheSameVersionOneWinsTheOtherGetsTheConflict() throws Exception {
		for (int round = 0; round < 5; round++) {
			int version = version("EIN2");
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<GraphQlHttp.Reply>> replies = new ArrayList<>();
			for (String curator : List.of("a", "b")) {
				replies.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					return this.curator.mutate("updateIntervention", "UpdateInterventionInput", Map.of("code", "EIN2",
							"basedOnVersion", version, "targetAge", "age by " + curator + " " + version, "provenance", STATED), "");
				}));
			}
			List<List<String>> codes = new ArrayList<>();
			for (var reply : replies) {
				GraphQlHttp.Reply answer = reply.get();
				assertThat(answer.body()).as("round " + round).contains("\"updateIntervention\":{");
				codes.add(answer.read("$.data.updateIntervention.errors[*].code"));
			}
			assertThat(codes).as("round " + round).containsExactlyInAnyOrder(List.of(), List.of("VERSION_CONFLICT"));
			assertThat(version("EIN2")).isEqualTo(version + 1);
		}
		var history = this.curator.send("{ interventionHistory(code: \"EIN2\") { diff { field to } } }");
		assertThat(history.<List<?>>read("$.data.interventionHistory")).hasSize(5);
	}

	@Test
	void aRetryWithTheSameKeyReturnsTheFirstAnswerEvenAfterTheVersionMovedOn() {
		int version = version("TIL1");
		Map<String, Object> input = Map.of("code", "TIL1", "basedOnVersion", version, "targetAge", "10-14",
				"provenance", STATED, "idempotencyKey", "retry-til1");
		var first = this.curator.mutate("updateIntervention", "UpdateInterventionInput", input, "");
		assertThat(first.<List<?>>read("$.data.updateIntervention.errors")).isEmpty();
		int seq = first.read("$.data.updateIntervention.change.seq");
		String afterFirst = GraphContentHash.of(this.driver);
		var retry = this.curator.mutate("updateIntervention", "UpdateInterventionInput", input, "");
		assertThat(retry.<List<?>>read("$.data.updateIntervention.errors")).isEmpty();
		assertThat((Boolean) retry.read("$.data.updateIntervention.replayed")).isTrue();
		assertThat((Integer) retry.read("$.data.updateIntervention.change.seq")).isEqualTo(seq);
		assertThat(GraphContentHash.of(this.driver)).isEqualTo(afterFirst);

		var reused = this.curator.mutate("updateIntervention", "UpdateInterventionInput",
				with(input, "basedOnVersion", version + 1, "targetAge", "11-15"), "");
		assertThat(reused.<List<String>>read("$.data.updateIntervention.errors[*].code")).containsExactly("IDEMPOTENCY_KEY_REUSED");
		assertThat(GraphContentHash.of(this.driver)).isEqualTo(afterFirst);
	}

	@Test
	void undoingEveryChangeGivesBackTheSeedExactly() {
		// Some changes of our own, so there is something to undo whatever ran before.
		link("linkInterventionFactor", "LinkInput", Map.of("code", "ZAA1", "target", "pf:betrokken-ouders", "provenance", STATED));
		assertThat(withEveryChangeUndone()).isEqualTo(this.seed.hash());
		assertThat(withoutHistory()).isNotEqualTo(this.seed.hash());
	}

	// --- helpers

	private int version(String code) {
		return this.curator.send("{ intervention(code: \"" + code + "\") { version } }").read("$.data.intervention.version");
	}

	private GraphQlHttp.Reply link(String field, String type, Map<String, Object> input) {
		return this.curator.mutate(field, type, input, "");
	}

	private static boolean ok(GraphQlHttp.Reply reply) {
		return reply.errors().isEmpty() && reply.body().contains("\"errors\":[]");
	}

	private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>(base);
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
