package nl.botoc.graph.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static nl.botoc.graph.seed.SeedFixtures.VALID;
import static nl.botoc.graph.seed.SeedFixtures.edit;
import static nl.botoc.graph.seed.SeedFixtures.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The loader against a real embedded database, on the small fixture under {@code seed-fixtures/valid/}. */
@SpringBootTest(properties = "botoc.seed.on-startup=false")
class SeedLoaderTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	Driver driver;

	@TempDir
	Path copy;

	@BeforeEach
	void startFromAGraphWithoutSeed() {
		// Everything but the schema migrations' own bookkeeping (:__Neo4jMigration).
		this.driver.executableQuery("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").execute();
	}

	private List<Record> query(String cypher) {
		return this.driver.executableQuery(cypher).execute().records();
	}

	@Test
	void writesTheNodesAndRelationshipsOfTheModel() {
		SeedLoadResult result = this.loader.load(VALID);

		assertThat(result.loaded()).isTrue();
		assertThat(result.nodes()).containsEntry("Source", 3L)
			.containsEntry("Municipality", 2L)
			.containsEntry("Theme", 2L)
			.containsEntry("Factor", 4L)
			.containsEntry("RiskFactor", 3L)
			.containsEntry("ProtectiveFactor", 1L)
			.containsEntry("Mechanism", 1L)
			.containsEntry("Intervention", 3L)
			.containsEntry("Claim", 2L)
			.containsEntry("ExploratoryElement", 1L)
			.containsEntry("SeedVersion", 1L);
		assertThat(result.relationships()).containsEntry("RUNS", 2L)
			.containsEntry("TOUCHES", 4L)
			.containsEntry("TARGETS", 6L)
			.containsEntry("USES", 1L)
			.containsEntry("IDENTIFIED_IN", 4L)
			.containsEntry("RECOGNISED_BY", 1L)
			.containsEntry("IN_MUNICIPALITY", 1L)
			.containsEntry("ELEMENT_OF", 0L);
		Map<String, Object> ams1 = query("MATCH (i:Intervention {code: 'AMS1'}) RETURN properties(i) AS p").get(0)
			.get("p")
			.asMap();
		assertThat(ams1).containsEntry("formerNames", List.of("Jongerenwerk Noord"))
			.containsEntry("recognised", true)
			.containsEntry("planned", true)
			.containsEntry("carriedOut", true)
			.containsEntry("source", List.of("src:praktijkscan#bijlage-2"))
			.doesNotContainKey("recognisedRationale");
		assertThat(query("""
				MATCH (i:Intervention) OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
				RETURN i.code AS code, i.planned AS planned, i.carriedOut AS carriedOut, m.id AS municipality
				ORDER BY code""")).extracting((r) -> r.get("code").asString() + " " + r.get("planned").asBoolean() + " "
						+ r.get("carriedOut").asBoolean() + " " + r.get("municipality").asString(null))
			.containsExactly("AMS1 true true mun:amsterdam", "ARN1 true false mun:arnhem", "NL-X1 false false null");
		assertThat(query("""
				MATCH (:Municipality {id: 'mun:arnhem'})-[r:SOURCED_FROM]->(s:Source)
				RETURN s.id + '#' + r.locator AS cite ORDER BY cite""")).extracting((r) -> r.get("cite").asString())
			.containsExactly("src:praktijkscan#2.2", "src:praktijkscan#bijlage-2");
		assertThat(query("MATCH (v:SeedVersion) RETURN v.hash AS hash, v.files AS files").get(0))
			.satisfies((v) -> assertThat(v.get("hash").asString()).isEqualTo(result.hash()))
			.satisfies((v) -> assertThat(v.get("files").asList()).hasSize(12));
	}

	@Test
	void loadingTheSameSeedTwiceChangesNothing() {
		SeedLoadResult first = this.loader.load(VALID);
		GraphSnapshot before = GraphSnapshot.of(this.driver);

		SeedLoadResult skipped = this.loader.loadIfChanged(VALID);
		GraphSnapshot afterSkip = GraphSnapshot.of(this.driver);
		SeedLoadResult forced = this.loader.load(VALID);
		GraphSnapshot afterForce = GraphSnapshot.of(this.driver);

		assertThat(skipped.loaded()).isFalse();
		assertThat(forced.loaded()).isTrue();
		assertThat(List.of(skipped.hash(), forced.hash())).containsOnly(first.hash());
		assertThat(List.of(skipped.nodes(), forced.nodes())).containsOnly(first.nodes());
		assertThat(List.of(skipped.relationships(), forced.relationships())).containsOnly(first.relationships());
		assertThat(afterSkip).isEqualTo(before);
		assertThat(afterForce).isEqualTo(before);
	}

	@Test
	void listColumnsBecomeListProperties() {
		this.loader.load(VALID);

		var authors = query("MATCH (s:Source {id: 'src:do-or-dont'}) RETURN s.authors AS authors").get(0)
			.get("authors")
			.asList(Value::asString);

		assertThat(authors).containsExactly("De Boer", "Ferwerda", "Kuppens");
	}

	@Test
	void aChangedLoaderReloadsAnUnchangedSeed() {
		this.loader.load(VALID);
		// As if the graph had been loaded by an earlier version of the loader statements.
		query("MATCH (v:SeedVersion {id: 'seed'}) SET v.loaderHash = 'an-older-loader'");

		SeedLoadResult result = this.loader.loadIfChanged(VALID);

		assertThat(result.loaded()).isTrue();
		assertThat(query("MATCH (v:SeedVersion {id: 'seed'}) RETURN v.loaderHash AS h").get(0).get("h").asString())
			.isNotEqualTo("an-older-loader")
			.hasSize(64);
	}

	@Test
	void aSeedThatFailsValidationLeavesTheDatabaseExactlyAsItWas() {
		this.loader.load(VALID);
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		SeedFixtures.copyValid(this.copy);
		edit(this.copy, "municipalities.csv", "mun:amsterdam,Amsterdam", "mun:amsterdam,Mokum");
		edit(this.copy, "interventions.csv", "AMS1,mun:amsterdam,", "AMS1,mun:atlantis,");

		assertThatExceptionOfType(SeedValidationException.class).isThrownBy(() -> this.loader.load(location(this.copy)))
			.satisfies((ex) -> assertThat(ex.errors())
				.containsExactly("interventions.csv line 2: unknown municipality 'mun:atlantis' in column 'municipality'"));
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	/** One case per kind of error: the file to break, the text to replace, its replacement, the expected message. */
	static Stream<Arguments> brokenSeeds() {
		return Stream.of(
				Arguments.of("missing column", "themes.csv", "id,label_nl,short_label_nl,label_en,", "id,label_nl,label_en,",
						"themes.csv line 1: missing column 'short_label_nl'"),
				Arguments.of("empty required field", "factors.csv", "Loyaal zijn,Being loyal", "Loyaal zijn,",
						"factors.csv line 4: column 'name_en' is empty but required"),
				Arguments.of("unknown enum value", "interventions.csv", "REPRESSIVE,inferred", "BOTH,inferred",
						"interventions.csv line 3: unknown value 'BOTH' in column 'approach' (allowed: PREVENTIVE, REPRESSIVE)"),
				Arguments.of("bad boolean", "intervention_themes.csv", "ARN1,theme:opsporing-vervolging,true",
						"ARN1,theme:opsporing-vervolging,yes",
						"intervention_themes.csv line 4: 'yes' in column 'main' is not a boolean (write true or false)"),
				Arguments.of("bad integer", "sources.csv", "Bureau Beke,24,", "Bureau Beke,twenty-four,",
						"sources.csv line 3: 'twenty-four' in column 'studies_analysed' is not an integer"),
				Arguments.of("unknown reference", "interventions.csv", "AMS1,mun:amsterdam,", "AMS1,mun:atlantis,",
						"interventions.csv line 2: unknown municipality 'mun:atlantis' in column 'municipality'"),
				Arguments.of("inferred without rationale", "mechanisms.csv", "inferred,Named differently per municipality.",
						"inferred,", "mechanisms.csv line"),
				Arguments.of("second main theme", "intervention_themes.csv", "AMS1,theme:opsporing-vervolging,false",
						"AMS1,theme:opsporing-vervolging,true", "intervention_themes.csv line"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenSeeds")
	void everyKindOfBrokenFileIsRejectedWithItsMessageAndWritesNothing(String kind, String file, String from, String to,
			String message) {
		this.loader.load(VALID);
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		SeedFixtures.copyValid(this.copy);
		// A valid change elsewhere, which must not reach the graph either.
		edit(this.copy, "municipalities.csv", "mun:amsterdam,Amsterdam", "mun:amsterdam,Mokum");
		edit(this.copy, file, from, to);

		assertThatExceptionOfType(SeedValidationException.class).isThrownBy(() -> this.loader.load(location(this.copy)))
			.satisfies((ex) -> assertThat(ex.errors()).anySatisfy((error) -> assertThat(error).startsWith(message)));
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void aFailureHalfwayThroughTheStatementsRollsBackEverything() {
		this.loader.load(VALID);
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		// Valid by the seed contract, but refused by the database: two interventions with one name, under a
		// uniqueness constraint this test adds. Municipalities (statement 2) are changed before that fails.
		SeedFixtures.copyValid(this.copy);
		edit(this.copy, "municipalities.csv", "mun:amsterdam,Amsterdam", "mun:amsterdam,Mokum");
		edit(this.copy, "interventions.csv", "Knock and talk", "Straatcoaches Noord");
		this.driver.executableQuery("CREATE CONSTRAINT test_intervention_name FOR (n:Intervention) REQUIRE n.name IS UNIQUE")
			.execute();
		try {
			assertThatExceptionOfType(ClientException.class).isThrownBy(() -> this.loader.load(location(this.copy)))
				.withMessageContaining("Straatcoaches Noord");
		}
		finally {
			this.driver.executableQuery("DROP CONSTRAINT test_intervention_name").execute();
		}
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void aRowRemovedFromACsvDisappearsFromTheGraphOnReload() {
		this.loader.load(VALID);
		SeedFixtures.copyValid(this.copy);
		edit(this.copy, "interventions.csv",
				"NL-X1,,Online platform,An online platform added later.,Een later toegevoegd online platform.,"
						+ "PREVENTIVE,inferred,Not repressive.,ADDED_LATER,stated,,,false,,stated,,false,stated,,true,,"
						+ "src:praktijkscan#2.2,stated,\n",
				"");
		edit(this.copy, "intervention_themes.csv",
				"NL-X1,theme:straatcoaches-jongerenwerk,true,src:praktijkscan#2.2,inferred,Online youth work.\n", "");
		edit(this.copy, "theme_factors.csv",
				"theme:opsporing-vervolging,rf:criminele-achtergrond,src:praktijkscan#3.1.1,stated,\n", "");

		SeedLoadResult result = this.loader.loadIfChanged(location(this.copy));

		assertThat(result.loaded()).isTrue();
		assertThat(query("MATCH (i:Intervention) RETURN i.code AS code ORDER BY code"))
			.extracting((r) -> r.get("code").asString())
			.containsExactly("AMS1", "ARN1");
		assertThat(query("MATCH (t:Theme)-[:TARGETS]->(f:Factor) RETURN t.id + ' ' + f.id AS link ORDER BY link"))
			.extracting((r) -> r.get("link").asString())
			.containsExactly("theme:straatcoaches-jongerenwerk pf:kunnen-reflecteren",
					"theme:straatcoaches-jongerenwerk rf:criminele-achtergrond");
		assertThat(result.relationships()).containsEntry("TOUCHES", 3L).containsEntry("TARGETS", 5L);
	}

	@Test
	void aChangedRowReplacesTheRelationshipsItImplied() {
		this.loader.load(VALID);
		SeedFixtures.copyValid(this.copy);
		edit(this.copy, "municipalities.csv", "src:praktijkscan#bijlage-2|src:praktijkscan#2.2", "src:praktijkscan#2.2");
		edit(this.copy, "interventions.csv", "true,src:nji,stated", "false,,stated");
		edit(this.copy, "interventions.csv", "ARN1,mun:arnhem,", "ARN1,mun:amsterdam,");
		edit(this.copy, "municipalities.csv", "A smaller programme.", "A smaller programme (rewritten).");

		this.loader.load(location(this.copy));

		assertThat(query("""
				MATCH (:Municipality {id: 'mun:arnhem'})-[r:SOURCED_FROM]->(s:Source)
				RETURN s.id + '#' + r.locator AS cite""")).extracting((r) -> r.get("cite").asString())
			.containsExactly("src:praktijkscan#2.2");
		assertThat(query("MATCH ()-[r:RECOGNISED_BY]->() RETURN count(r) AS n").get(0).get("n").asLong()).isZero();
		assertThat(query("MATCH (m:Municipality)-[:RUNS]->(:Intervention {code: 'ARN1'}) RETURN m.id AS id"))
			.extracting((r) -> r.get("id").asString())
			.containsExactly("mun:amsterdam");
		assertThat(query("MATCH (m:Municipality {id: 'mun:arnhem'}) RETURN m.summaryEn AS s").get(0).get("s").asString())
			.isEqualTo("A smaller programme (rewritten).");
	}

	@Test
	void everyNodeAndRelationshipWrittenHasSourceAndBasisAndEveryInferredOneARationale() {
		this.loader.load(VALID);

		// Every label and type the seed writes; SeedVersion is bookkeeping about the load, not a fact of the
		// report, and carries no provenance.
		List<Record> nodes = query("""
				MATCH (n:Source|Municipality|Theme|Factor|Mechanism|Intervention|Claim)
				RETURN labels(n)[0] + ' ' + coalesce(n.id, n.code) AS node, n.source AS source, n.basis AS basis,
				       n.rationale AS rationale""");
		List<Record> relationships = query("""
				MATCH (a)-[r:RUNS|TOUCHES|TARGETS|USES|IDENTIFIED_IN|RECOGNISED_BY|SOURCED_FROM]->(b)
				RETURN coalesce(a.id, a.code) + ' -' + type(r) + '-> ' + coalesce(b.id, b.code) AS node,
				       r.source AS source, r.basis AS basis, r.rationale AS rationale""");

		assertThat(nodes).hasSize(17);
		assertThat(relationships).hasSizeGreaterThan(20);
		for (Record record : concat(nodes, relationships)) {
			String what = record.get("node").asString();
			assertThat(record.get("source").asList(Value::asString)).as("source of %s", what)
				.isNotEmpty()
				.allMatch((s) -> s.matches("src:[a-z0-9-]+#\\S+"));
			assertThat(record.get("basis").asString(null)).as("basis of %s", what).isIn("stated", "inferred");
			if (record.get("basis").asString().equals("inferred")) {
				assertThat(record.get("rationale").asString(null)).as("rationale of %s", what).isNotBlank();
			}
		}
	}

	private static List<Record> concat(List<Record> a, List<Record> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
