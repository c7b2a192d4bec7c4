package nl.botoc.graph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.botoc.graph.support.ReportText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real seed held against the report: the figures the claims quote, the local names, the checklist of every
 * number and quantifier, and the inferred layer's rules (no count-filling, no boilerplate, no outside knowledge
 * hidden). Plain JUnit on the CSV files; the checks that need the report's text skip with a message where it is
 * not present (it does not belong in the repository).
 */
class SeedAgainstReportTests {

	/** The numbers and quantifiers the checklist must cover: the same pattern the checklist was built with. */
	static final Pattern FIGURE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])([0-9]+|één|eén|twee|drie|vier|vijf|zes|zeven|acht"
			+ "|achttal|negen|tien|elf|twaalf|dertien|zeventien|negen-?tien|enkele|meerdere|sommige|geen|allen|allemaal"
			+ "|alle|een paar|de meeste|meeste|meerderheid|klein aantal|slechts|weinige|lage aantal|een aantal|veel"
			+ "|diverse|ieder|elke|enige|grootste deel|groot gedeelte|substantieel deel|verreweg)(?![\\p{L}\\p{N}])");

	static final Set<String> VERDICTS = Set.of("AGREES", "AGREES_ON_INFERRED", "DISAGREES_EXPLAINED", "CONSISTENT",
			"TENSION_NOTED", "NOT_IN_GRAPH", "NOT_A_FIGURE", "NAME_VARIANT");

	static List<Map<String, String>> rows(String file) {
		try {
			String text = Files.readString(Path.of("seed").resolve(file), StandardCharsets.UTF_8);
			List<CsvReader.CsvRecord> records = CsvReader.read(text);
			List<String> header = records.get(0).fields();
			List<Map<String, String>> rows = new ArrayList<>();
			for (CsvReader.CsvRecord record : records.subList(1, records.size())) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), record.fields().get(i));
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException | CsvReader.CsvSyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void everyClaimNamesItsSectionAndItsLinesAndPrintedWords() {
		assertThat(rows("claims.csv")).isNotEmpty().allSatisfy((claim) -> {
			assertThat(claim.get("source")).as(claim.get("id")).matches("src:praktijkscan#[a-z0-9.-]+(\\|.+)?");
			assertThat(claim.get("lines")).as(claim.get("id")).matches("L[0-9]+(-[0-9]+)?");
			assertThat(claim.get("printed")).as(claim.get("id")).isNotBlank();
		});
	}

	@Test
	void everyClaimsPrintedWordsStandOnItsLinesOfTheReport() {
		ReportText report = ReportText.orSkip();
		assertThat(rows("claims.csv").stream()
			.filter((claim) -> !report.printsOn(claim.get("lines"), claim.get("printed")))
			.map((claim) -> claim.get("id") + ": '" + claim.get("printed") + "' is not on " + claim.get("lines"))
			.toList()).isEmpty();
	}

	@Test
	void everyLocalNameIsTheReportsOwnTerm() {
		ReportText report = ReportText.orSkip();
		String text = report.all();
		List<String> strays = new ArrayList<>();
		for (Map<String, String> use : rows("intervention_mechanisms.csv")) {
			String name = use.get("local_name");
			if (!name.isEmpty() && !text.contains(ReportText.normalise(name))) {
				strays.add(use.get("intervention") + " " + use.get("mechanism") + ": '" + name + "'");
			}
		}
		for (Map<String, String> element : rows("exploratory_elements.csv")) {
			String term = element.get("term_nl");
			if (!term.isEmpty() && !text.contains(ReportText.normalise(term))) {
				strays.add(element.get("id") + ": '" + term + "'");
			}
		}
		assertThat(strays).isEmpty();
	}

	@Test
	void aLocalNameThatIsAlsoTheTitleStandsInTheTextAsWell() {
		// A title may be the generic term itself (Buurthelden, Schoolveiligheid), but then the report must use it
		// in a passage too, not only in the Bijlage 2 list: the list title alone is not a local name.
		ReportText report = ReportText.orSkip();
		String text = report.all();
		Map<String, String> names = rows("interventions.csv").stream()
			.collect(Collectors.toMap((i) -> i.get("code"), (i) -> ReportText.normalise(i.get("name"))));
		assertThat(rows("intervention_mechanisms.csv").stream()
			.filter((use) -> !use.get("local_name").isEmpty())
			.filter((use) -> names.get(use.get("intervention")).equals(ReportText.normalise(use.get("local_name"))))
			.filter((use) -> occurrences(text, ReportText.normalise(use.get("local_name"))) < 2)
			.map((use) -> use.get("intervention") + ": " + use.get("local_name"))
			.toList()).isEmpty();
	}

	private static int occurrences(String text, String phrase) {
		int count = 0;
		for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
			count++;
		}
		return count;
	}

	@Test
	void theChecklistCoversEveryNumberAndQuantifierOfTheReport() {
		ReportText report = ReportText.orSkip();
		Set<String> listed = rows("review/figures-checklist.csv").stream()
			.map((row) -> row.get("line") + " " + row.get("printed").toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<String> missing = new ArrayList<>();
		for (int n = 1; n <= report.size(); n++) {
			var matcher = FIGURE.matcher(report.line(n));
			while (matcher.find()) {
				if (!listed.contains(n + " " + matcher.group(1).toLowerCase(Locale.ROOT))) {
					missing.add("L" + n + " '" + matcher.group(1) + "'");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theChecklistGivesEveryFigureAVerdictAndEveryClaimARow() {
		List<Map<String, String>> checklist = rows("review/figures-checklist.csv");
		Set<String> claims = rows("claims.csv").stream().map((c) -> c.get("id")).collect(Collectors.toSet());
		assertThat(checklist).allSatisfy((row) -> {
			assertThat(row.get("verdict")).as("L" + row.get("line") + " " + row.get("printed")).isIn(VERDICTS);
			if (!row.get("claim").isEmpty()) {
				assertThat(claims).as("L" + row.get("line")).contains(row.get("claim"));
			}
		});
		assertThat(checklist.stream().map((row) -> row.get("claim")).collect(Collectors.toSet())).containsAll(claims);
	}

	@Test
	void noRationaleIsRepeatedBoilerplate() {
		Map<String, List<String>> columns = Map.of("interventions.csv",
				List.of("approach_rationale", "status_rationale", "recognised_rationale", "grounded_rationale"),
				"intervention_themes.csv", List.of("rationale"), "intervention_factors.csv", List.of("rationale"),
				"intervention_mechanisms.csv", List.of("rationale"), "factors.csv", List.of("modifiable_rationale"),
				"exploratory_elements.csv", List.of("link_rationale"));
		List<String> repeated = new ArrayList<>();
		columns.forEach((file, names) -> {
			for (String column : names) {
				Map<String, Long> counts = rows(file).stream()
					.map((row) -> row.get(column))
					.filter((value) -> !value.isEmpty())
					.collect(Collectors.groupingBy((value) -> value, TreeMap::new, Collectors.counting()));
				counts.forEach((value, count) -> {
					if (count > 1) {
						repeated.add(file + " " + column + " x" + count + ": " + value);
					}
				});
			}
		});
		assertThat(repeated).isEmpty();
	}

	@Test
	void everyInferredRationaleCitesTheLinesItRestsOn() {
		assertThat(rows("intervention_themes.csv")).allSatisfy(
				(row) -> assertThat(row.get("rationale")).as(row.get("intervention")).containsPattern("txt L[0-9]+"));
		assertThat(rows("intervention_mechanisms.csv")).allSatisfy(
				(row) -> assertThat(row.get("rationale")).as(row.get("intervention")).containsPattern("txt L[0-9]+"));
		assertThat(rows("intervention_factors.csv")).allSatisfy(
				(row) -> assertThat(row.get("rationale")).as(row.get("intervention")).containsPattern("txt L[0-9]+"));
	}

	@Test
	void theTwoRecognisedInterventionsTheReportDoesNotNameSayTheyRestOnOutsideKnowledge() {
		Map<String, Map<String, String>> byCode = new HashMap<>();
		rows("interventions.csv").forEach((i) -> byCode.put(i.get("code"), i));
		List<String> recognised = byCode.values().stream()
			.filter((i) -> "true".equals(i.get("recognised")))
			.map((i) -> i.get("code"))
			.sorted()
			.toList();
		assertThat(recognised).containsExactly("ARN3", "EIN10", "EIN12", "EIN2", "EIN9", "ROT2");
		assertThat(List.of("EIN9", "EIN12")).allSatisfy((code) -> {
			assertThat(byCode.get(code).get("recognised_basis")).isEqualTo("inferred");
			assertThat(byCode.get(code).get("recognised_rationale")).startsWith("Outside knowledge");
		});
		assertThat(List.of("EIN2", "ROT2", "ARN3", "EIN10"))
			.allSatisfy((code) -> assertThat(byCode.get(code).get("recognised_basis")).isEqualTo("stated"));
	}

	@Test
	void addedInterventionsCarryNoVerdictAndTheSection313PilotsAreNotInterventions() {
		List<Map<String, String>> interventions = rows("interventions.csv");
		assertThat(interventions).noneMatch((i) -> i.get("code").startsWith("NL-"));
		assertThat(interventions.stream().filter((i) -> "ADDED_LATER".equals(i.get("status"))))
			.extracting((i) -> i.get("code"))
			.containsExactly("ROT-X1", "ZAA-X1");
		assertThat(interventions.stream().filter((i) -> "ADDED_LATER".equals(i.get("status"))))
			.allSatisfy((i) -> assertThat(i.get("grounded") + i.get("recognised")).isEmpty());
		assertThat(rows("exploratory_elements.csv")).hasSize(7)
			.filteredOn((e) -> !e.get("intervention").isEmpty())
			.extracting((e) -> e.get("intervention"))
			.containsExactlyInAnyOrder("ROT-X1", "ZAA-X1");
	}

	@Test
	void aConfidantIsNotACredibleMessengerAndTheDrugCampaignTargetsDrugUse() {
		assertThat(rows("intervention_mechanisms.csv")).noneMatch(
				(u) -> "EIN6".equals(u.get("intervention")) && "mech:credible-messenger".equals(u.get("mechanism")));
		assertThat(rows("intervention_factors.csv").stream().filter((l) -> "rf:drugsgebruik".equals(l.get("factor"))))
			.extracting((l) -> l.get("intervention"))
			.containsExactly("ROT5");
		assertThat(rows("intervention_mechanisms.csv")).anyMatch(
				(u) -> "ROT5".equals(u.get("intervention")) && "mech:awareness-campaign".equals(u.get("mechanism")));
	}

	@Test
	void everyModifiableJudgementHasItsOwnBasisAndEveryPastRecordIsNotModifiable() {
		List<Map<String, String>> factors = rows("factors.csv");
		assertThat(factors).allSatisfy((f) -> assertThat(f.get("modifiable_basis")).isEqualTo("inferred"));
		Map<String, String> modifiable = factors.stream()
			.collect(Collectors.toMap((f) -> f.get("id"), (f) -> f.get("modifiable")));
		assertThat(modifiable).containsEntry("rf:criminele-achtergrond", "false")
			.containsEntry("rf:detentiegeschiedenis", "false");
	}

}
