package nl.botoc.graph.seed;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.DefaultResourceLoader;

import static nl.botoc.graph.seed.SeedFixtures.append;
import static nl.botoc.graph.seed.SeedFixtures.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each test breaks one thing in a copy of the valid fixture and checks that the validator names the file,
 * the line and the problem. Plain JUnit: validation never touches the database.
 */
class SeedValidatorTests {

	@TempDir
	Path seed;

	@BeforeEach
	void copyTheValidFixture() {
		SeedFixtures.copyValid(this.seed);
	}

	private ValidatedSeed validate() {
		return new SeedValidator().validate(SeedFiles.read(new DefaultResourceLoader(), SeedFixtures.location(this.seed)));
	}

	private SeedValidationException invalid() {
		var ex = catchThrowableOfType(SeedValidationException.class, this::validate);
		assertThat(ex).as("the seed should be rejected").isNotNull();
		return ex;
	}

	@Test
	void acceptsTheValidFixtureAndKeepsEveryRow() {
		ValidatedSeed valid = validate();

		assertThat(valid.files()).hasSize(12).startsWith("sources.csv");
		assertThat(valid.rows().get("interventions.csv")).extracting((row) -> row.get("code"))
			.containsExactly("AMS1", "ARN1", "NL-X1");
		assertThat(valid.rows().get("municipalities.csv").get(0).get("summary_en"))
			.isEqualTo("A city programme with \"authority\",\nspread over two lines.");
		assertThat(valid.hash()).hasSize(64);
	}

	@Test
	void reportsAMissingFile() throws Exception {
		Files.delete(this.seed.resolve("mechanisms.csv"));

		assertThat(invalid().errors()).anySatisfy((e) -> assertThat(e).startsWith("mechanisms.csv: file is missing"));
	}

	@Test
	void reportsAMissingColumn() {
		edit(this.seed, "themes.csv", "id,label_nl,short_label_nl,label_en,", "id,label_nl,label_en,");

		assertThat(invalid().errors()).contains("themes.csv line 1: missing column 'short_label_nl'");
	}

	@Test
	void reportsAnUnknownColumn() {
		edit(this.seed, "mechanisms.csv", "description_nl,source", "description_de,source");

		assertThat(invalid().errors()).contains("mechanisms.csv line 1: unknown column 'description_de'",
				"mechanisms.csv line 1: missing column 'description_nl'");
	}

	@Test
	void reportsMisorderedColumns() {
		edit(this.seed, "intervention_themes.csv", "intervention,theme,main", "theme,intervention,main");

		assertThat(invalid().errors()).containsExactly("intervention_themes.csv line 1: columns are out of order; "
				+ "expected intervention,theme,main,source,basis,rationale but found theme,intervention,main,source,basis,rationale");
	}

	@Test
	void reportsAWrongNumberOfFieldsOnALine() {
		edit(this.seed, "theme_factors.csv", "theme:opsporing-vervolging,rf:criminele-achtergrond,",
				"theme:opsporing-vervolging,");

		assertThat(invalid().errors()).containsExactly("theme_factors.csv line 4: expected 5 fields but found 4");
	}

	@Test
	void reportsABlankLine() {
		edit(this.seed, "themes.csv", "\ntheme:opsporing-vervolging,", "\n\ntheme:opsporing-vervolging,");

		assertThat(invalid().errors()).containsExactly("themes.csv line 3: blank line (the seed format allows none)");
	}

	@Test
	void reportsAnEmptyRequiredField() {
		edit(this.seed, "factors.csv", "Loyaal zijn,Being loyal", "Loyaal zijn,");

		assertThat(invalid().errors()).containsExactly("factors.csv line 4: column 'name_en' is empty but required");
	}

	@Test
	void reportsAMunicipalityAsRequiredUnlessTheInterventionWasAddedLater() {
		edit(this.seed, "interventions.csv", "ARN1,mun:arnhem,", "ARN1,,");

		assertThat(invalid().errors())
			.containsExactly("interventions.csv line 3: column 'municipality' is empty but required when 'status' is 'NOT_CARRIED_OUT'");
	}

	@Test
	void reportsAnUnknownEnumValue() {
		edit(this.seed, "interventions.csv", "REPRESSIVE,inferred", "BOTH,inferred");

		assertThat(invalid().errors()).containsExactly(
				"interventions.csv line 3: unknown value 'BOTH' in column 'approach' (allowed: PREVENTIVE, REPRESSIVE)");
	}

	@Test
	void reportsABadBoolean() {
		edit(this.seed, "intervention_themes.csv", "ARN1,theme:opsporing-vervolging,true", "ARN1,theme:opsporing-vervolging,yes");

		assertThat(invalid().errors()).contains(
				"intervention_themes.csv line 4: 'yes' in column 'main' is not a boolean (write true or false)");
	}

	@Test
	void reportsABadInteger() {
		edit(this.seed, "sources.csv", "Bureau Beke,24,", "Bureau Beke,twenty-four,");

		assertThat(invalid().errors()).containsExactly("sources.csv line 3: 'twenty-four' in column 'studies_analysed' is not an integer");
	}

	@Test
	void reportsAnIdThatDoesNotMatchItsPattern() {
		edit(this.seed, "interventions.csv", "ARN1,mun:arnhem", "Arn 1,mun:arnhem");
		edit(this.seed, "intervention_themes.csv", "ARN1,", "Arn 1,");

		assertThat(invalid().errors()).anySatisfy((e) -> assertThat(e)
			.startsWith("interventions.csv line 3: 'Arn 1' in column 'code' is not a valid id"));
	}

	@Test
	void reportsADuplicateId() {
		append(this.seed, "mechanisms.csv",
				"mech:credible-messenger,Again,Weer,Same id twice.,Twee keer.,src:praktijkscan#5.2,stated,");

		assertThat(invalid().errors())
			.containsExactly("mechanisms.csv line 3: duplicate id 'mech:credible-messenger' (first on line 2)");
	}

	@Test
	void reportsADuplicateRelationshipRow() {
		append(this.seed, "theme_factors.csv", "theme:opsporing-vervolging,rf:criminele-achtergrond,src:praktijkscan#2.1,stated,");

		assertThat(invalid().errors()).containsExactly("theme_factors.csv line 5: duplicate row for theme "
				+ "'theme:opsporing-vervolging' and factor 'rf:criminele-achtergrond' (first on line 4)");
	}

	@ParameterizedTest(name = "{0} column {2}")
	@CsvSource(delimiter = ';', textBlock = """
			interventions.csv;           2; municipality;  AMS1,mun:amsterdam,;           AMS1,mun:atlantis,;             municipality 'mun:atlantis'
			intervention_themes.csv;     5; theme;         NL-X1,theme:straatcoaches-jongerenwerk; NL-X1,theme:straatcoaches;  theme 'theme:straatcoaches'
			intervention_factors.csv;    4; factor;        ARN1,rf:loyaal-zijn;             ARN1,rf:trouw;                  factor 'rf:trouw'
			intervention_mechanisms.csv; 2; mechanism;     AMS1,mech:credible-messenger;    AMS1,mech:buddy;                mechanism 'mech:buddy'
			intervention_factors.csv;    4; intervention;  ARN1,rf:loyaal-zijn;             ARN2,rf:loyaal-zijn;            intervention 'ARN2'
			themes.csv;                  3; source;        src:praktijkscan#2.1|src:praktijkscan#3.1.1; src:praktijkscan#2.1|src:rapport#3.1.1; source 'src:rapport'
			factors.csv;                 5; identified_in; UNGRADED,Algemeen,,true,inferred,,src:do-or-dont; UNGRADED,Algemeen,,true,inferred,,src:do-dont; source 'src:do-dont'
			interventions.csv;           2; recognised_by; true,src:nji,;                  true,src:nij,;                  source 'src:nij'
			""")
	void reportsAnUnknownReference(String file, int line, String column, String from, String to, String what) {
		edit(this.seed, file, from, to);

		assertThat(invalid().errors())
			.containsExactly(file + " line " + line + ": unknown " + what + " in column '" + column + "'");
	}

	@Test
	void reportsAnInferredBasisWithoutRationale() {
		edit(this.seed, "mechanisms.csv", "inferred,Named differently per municipality.", "inferred,");
		edit(this.seed, "interventions.csv", "inferred,Asterisk in Bijlage 2.", "inferred,");

		assertThat(invalid().errors()).containsExactly(
				"mechanisms.csv line 2: column 'rationale' is empty but required when 'basis' is 'inferred'",
				"interventions.csv line 3: column 'status_rationale' is empty but required when 'status_basis' is 'inferred'");
	}

	@Test
	void needsNoRationaleForAnInferredDefaultButForEveryOtherInferredValue() {
		// AMS1 is AS_PLANNED (the default): its inferred status may go without a rationale; ARN1's REPRESSIVE
		// approach is not the default and still needs one.
		edit(this.seed, "interventions.csv", "AS_PLANNED,inferred,No asterisk in Bijlage 2.", "AS_PLANNED,inferred,");
		edit(this.seed, "interventions.csv", "REPRESSIVE,inferred,Investigation is a repressive theme.", "REPRESSIVE,inferred,");

		assertThat(invalid().errors()).containsExactly(
				"interventions.csv line 3: column 'approach_rationale' is empty but required when 'approach_basis' is 'inferred'");
	}

	@Test
	void leavesTheVerdictsOfAnAddedInterventionEmptyButRequiresThemForAPlannedOne() {
		// NL-X1 was added later: the report did not assess it, so recognised/grounded may be empty.
		edit(this.seed, "interventions.csv", "ADDED_LATER,stated,,,false,,stated,,false,stated,",
				"ADDED_LATER,stated,,,,,,,,,");
		edit(this.seed, "interventions.csv", "NOT_CARRIED_OUT,inferred,Asterisk in Bijlage 2.,,false,,stated,,false,stated,",
				"NOT_CARRIED_OUT,inferred,Asterisk in Bijlage 2.,,false,,stated,,,,");

		assertThat(invalid().errors()).containsExactly(
				"interventions.csv line 3: column 'grounded' is empty but required when 'status' is 'NOT_CARRIED_OUT'",
				"interventions.csv line 3: column 'grounded_basis' is empty but required when 'status' is 'NOT_CARRIED_OUT'");
	}

	@Test
	void reportsClaimLinesThatAreNotLineNumbers() {
		edit(this.seed, "claims.csv", "EQUALS,2,2,L1,src:praktijkscan#voorwoord", "EQUALS,2,2,p. 3,src:praktijkscan#voorwoord");

		assertThat(invalid().errors()).containsExactly(
				"claims.csv line 2: 'p. 3' in column 'lines' is not a valid id (expected the form L[0-9]+(-[0-9]+)?)");
	}

	@Test
	void reportsAMalformedSource() {
		edit(this.seed, "municipalities.csv", "src:praktijkscan#bijlage-2|src:praktijkscan#2.2",
				"src:praktijkscan#bijlage-2|praktijkscan 2.2");

		assertThat(invalid().errors()).containsExactly("municipalities.csv line 4: malformed source 'praktijkscan 2.2' "
				+ "in column 'source' (expected <source-id>#<locator>, several separated by |)");
	}

	@Test
	void reportsASecondMainTheme() {
		edit(this.seed, "intervention_themes.csv", "AMS1,theme:opsporing-vervolging,false", "AMS1,theme:opsporing-vervolging,true");

		assertThat(invalid().errors()).containsExactly("intervention_themes.csv line 3: intervention 'AMS1' has more "
				+ "than one main theme: 'theme:opsporing-vervolging' here and 'theme:straatcoaches-jongerenwerk' on line 2");
	}

	@Test
	void reportsAnInterventionWithoutMainTheme() {
		edit(this.seed, "intervention_themes.csv", "ARN1,theme:opsporing-vervolging,true", "ARN1,theme:opsporing-vervolging,false");

		assertThat(invalid().errors()).containsExactly("interventions.csv line 3: intervention 'ARN1' has no main theme "
				+ "(no row with main=true in intervention_themes.csv)");
	}

	@Test
	void reportsAnInterventionWithoutAnyTheme() {
		edit(this.seed, "intervention_themes.csv", "NL-X1,theme:straatcoaches-jongerenwerk,true,src:praktijkscan#2.2,inferred,Online youth work.\n", "");

		assertThat(invalid().errors())
			.containsExactly("interventions.csv line 4: intervention 'NL-X1' has no theme in intervention_themes.csv");
	}

	@Test
	void reportsAnUngroundedInterventionTargetingAGroundedRiskFactor() {
		edit(this.seed, "intervention_factors.csv", "ARN1,rf:loyaal-zijn", "ARN1,rf:criminele-achtergrond");

		assertThat(invalid().errors()).containsExactly("intervention_factors.csv line 4: intervention 'ARN1' is not "
				+ "grounded (grounded=false) but targets grounded risk factor 'rf:criminele-achtergrond'");
	}

	@Test
	void reportsCsvThatIsNotRfc4180() {
		edit(this.seed, "mechanisms.csv", "Someone with a past", "Someone with a \"past\"");

		assertThat(invalid().errors()).containsExactly(
				"mechanisms.csv line 2: quote inside an unquoted field (quote the whole field and double the quote)");
	}

	@Test
	void countsLinesFromTheStartOfEachRecordAcrossQuotedLineBreaks() {
		edit(this.seed, "municipalities.csv", "mun:arnhem,Arnhem,ARN", "mun:arnhem,Arnhem,ARNHEM");

		assertThat(invalid().errors()).containsExactly("municipalities.csv line 4: unknown value 'ARNHEM' in column "
				+ "'code_prefix' (allowed: AMS, ARN, DH, EIN, ROT, TIL, UTR, ZAA)");
	}

	@Test
	void collectsEveryProblemOfEveryFileInOnePass() throws Exception {
		Files.delete(this.seed.resolve("claims.csv"));
		edit(this.seed, "interventions.csv", "AMS1,mun:amsterdam,", "AMS1,mun:atlantis,");
		edit(this.seed, "factors.csv", "GROUNDED,Algemeen,true,false", "GROUNDED,Algemeen,true,no");
		edit(this.seed, "theme_factors.csv", "theme:opsporing-vervolging,rf:criminele-achtergrond,src:praktijkscan#3.1.1,stated,",
				"theme:opsporing-vervolging,rf:criminele-achtergrond,src:praktijkscan#3.1.1,inferred,");

		SeedValidationException ex = invalid();

		assertThat(ex.errors()).containsExactlyInAnyOrder("claims.csv: file is missing from " + SeedFixtures.location(this.seed),
				"interventions.csv line 2: unknown municipality 'mun:atlantis' in column 'municipality'",
				"factors.csv line 2: 'no' in column 'modifiable' is not a boolean (write true or false)",
				"theme_factors.csv line 4: column 'rationale' is empty but required when 'basis' is 'inferred'");
		assertThat(ex.getMessage()).contains("4 problems").contains("nothing was loaded");
	}

}
