package nl.botoc.graph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ResourceLoader;

import nl.botoc.graph.seed.SeedFormat;
import nl.botoc.graph.seed.SeedLoader;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The round trip between the graph and {@code seed/}: the loaded seed exports as itself; a curated change exported and
 * loaded into an empty graph gives the same graph; the seed loader never removes or overwrites curated work; a backup
 * restores into an empty graph with the same content hash, history included; the dataset version follows the
 * curation sequence. Its own database (the real seed, changed and reloaded by every test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "botoc.seed.on-startup=true", "botoc.seed.location=classpath:seed/", "botoc.backup.keep=2" })
class ExportRoundTripTests {

	private static final String WIPE = """
			MATCH (n) WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
			DETACH DELETE n
			""";

	@Autowired
	Driver driver;

	@Autowired
	SeedLoader seedLoader;

	@Autowired
	Exports exports;

	@Autowired
	Backups backups;

	@Autowired
	DatasetVersion datasetVersion;

	@Autowired
	ResourceLoader resourceLoader;

	@Value("${local.server.port}")
	int port;

	@BeforeEach
	void startFromTheSeed() {
		run("MATCH (n) WHERE n:Change OR n:CurationCounter OR n.code STARTS WITH 'ZAA-X9' OR n.code = 'AMS-X8' DETACH DELETE n");
		run("MATCH (n) WHERE n.curatedSeq IS NOT NULL REMOVE n.curatedSeq, n.version");
		run("MATCH ()-[r]->() WHERE r.curatedSeq IS NOT NULL DELETE r");
		this.seedLoader.load();
	}

	@Test
	void exportsTheLoadedSeedAsTheSeedFilesByteForByte() {
		Map<String, byte[]> seed = SeedFormat.read(this.resourceLoader, "classpath:seed/");
		Exports.Export export = this.exports.export();
		assertThat(export.files().keySet()).containsExactlyElementsOf(seed.keySet());
		export.files().forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name)
			.isEqualTo(new String(seed.get(name), StandardCharsets.UTF_8)));
		// Without a reference order (natural key order) the same files, once their rows are sorted.
		Map<String, byte[]> unordered = SeedExport.export(this.driver, Map.of());
		unordered.forEach((name, bytes) -> assertThat(sortedLines(bytes)).as(name).isEqualTo(sortedLines(seed.get(name))));
		assertThat(export.manifest().get("filesHash")).isEqualTo(SeedFormat.hash(seed));
	}

	@Test
	void keepsACuratedNodeTheSeedLacksAndACuratedPropertyTheSeedWouldOverwrite() {
		run("MATCH (i:Intervention {code: 'AMS3'}) SET i.name = 'Credible messengers (renamed by a curator)', i.curatedSeq = 1");
		run("MATCH (m:Municipality {id: 'mun:zaanstad'}) CREATE (m)-[:RUNS {source: ['src:praktijkscan#2.2'], basis: 'stated', curatedSeq: 2}]->"
				+ "(:Intervention {code: 'ZAA-X9', name: 'A curated addition', curatedSeq: 2})");
		run("MATCH (m:Municipality {id: 'mun:zaanstad'}) CREATE (m)-[:RUNS {source: ['src:praktijkscan#2.2'], basis: 'stated'}]->"
				+ "(:Intervention {code: 'AMS-X8', name: 'Not curated, not in the seed'})");
		run("MATCH (i:Intervention {code: 'AMS1'}), (t:Theme {id: 'theme:online-leefwereld'})"
				+ " CREATE (i)-[:TOUCHES {main: false, source: ['src:praktijkscan#2.2'], basis: 'stated', curatedSeq: 3}]->(t)");
		run("MATCH (i:Intervention {code: 'AMS3'})-[r:TOUCHES]->() DELETE r");

		this.seedLoader.load();

		assertThat(one("MATCH (i:Intervention {code: 'AMS3'}) RETURN i.name AS v"))
			.isEqualTo("Credible messengers (renamed by a curator)");
		assertThat(one("MATCH (:Municipality {id: 'mun:zaanstad'})-[:RUNS]->(i:Intervention {code: 'ZAA-X9'}) RETURN i.name AS v"))
			.isEqualTo("A curated addition");
		assertThat(one("MATCH (:Intervention {code: 'AMS1'})-[r:TOUCHES]->(:Theme {id: 'theme:online-leefwereld'}) RETURN r.curatedSeq AS v"))
			.isEqualTo(3L);
		// A curator's unlink on a curated intervention stays unlinked; what is neither curated nor seeded goes.
		assertThat(one("RETURN COUNT { (:Intervention {code: 'AMS3'})-[:TOUCHES]->() } AS v")).isEqualTo(0L);
		assertThat(one("RETURN COUNT { (:Intervention {code: 'AMS-X8'}) } AS v")).isEqualTo(0L);
		// Everything else is the seed again.
		assertThat(one("MATCH (i:Intervention {code: 'AMS2'}) RETURN i.curatedSeq IS NULL AS v")).isEqualTo(true);
	}

	@Test
	void exportsACuratedChangeThatLoadsIntoAnEmptyGraphAsTheSameGraph(@TempDir Path folder) {
		curate();
		String curated = GraphContentHash.of(this.driver, GraphContentHash.Scope.SEED);
		Exports.writeTo(this.exports.export(), folder);
		assertThat(new String(read(folder.resolve("interventions.csv")), StandardCharsets.UTF_8))
			.contains("ZAA-X9,mun:zaanstad,Buurtlab Zaandam,")
			.contains("AMS3,mun:amsterdam,Credible messengers (curated),");

		run(WIPE);
		this.seedLoader.load("file:" + folder + "/");

		assertThat(GraphContentHash.lines(this.driver, GraphContentHash.Scope.SEED)).hasSizeGreaterThan(1000);
		assertThat(GraphContentHash.of(this.driver, GraphContentHash.Scope.SEED)).isEqualTo(curated);
	}

	@Test
	void restoresABackupIntoAnEmptyGraphWithTheSameContentHashHistoryIncluded(@TempDir Path root) throws IOException {
		curate();
		run("CREATE (:CurationCounter {id: 'curation', seq: 2})");
		run("CREATE (:Change {seq: 1, at: datetime('2026-12-01T10:00:00Z'), actor: 'alice', mutation: 'updateIntervention',"
				+ " input: '{\"code\":\"AMS3\"}', payload: '{}', diff: '[]', reason: 'renamed'})");
		run("CREATE (:Change {seq: 2, at: datetime('2026-12-01T10:05:00.123+01:00'), actor: 'bob', mutation: 'createIntervention',"
				+ " idempotencyKey: 'k-2', input: '{}', payload: '{}', diff: '[]', reason: 'added', weight: 0.5, tags: ['a', 'b']})");
		String before = GraphContentHash.of(this.driver, GraphContentHash.Scope.ALL);

		Backups.Backup backup = this.backups.backup(root);
		assertThat(backup.datasetVersion().curationSeq()).isEqualTo(2);
		assertThat(Files.readAllLines(backup.folder().resolve(Backups.HISTORY))).hasSize(2)
			.first().asString().contains("\"actor\":\"alice\"");
		assertThat(backup.folder().resolve("interventions.csv")).exists();
		assertThat(backup.folder().getFileName().toString()).endsWith("-" + backup.datasetVersion().id());

		assertThatThrownBy(() -> this.backups.restore(backup.folder())).isInstanceOf(Backups.RestoreException.class)
			.hasMessageContaining("not empty");
		assertThat(GraphContentHash.of(this.driver, GraphContentHash.Scope.ALL)).isEqualTo(before);

		run(WIPE);
		String empty = GraphContentHash.of(this.driver, GraphContentHash.Scope.ALL);
		Path damaged = Files.createDirectories(root.resolve("damaged"));
		Files.copy(backup.folder().resolve(Exports.MANIFEST), damaged.resolve(Exports.MANIFEST));
		Files.writeString(damaged.resolve(Backups.GRAPH), Files.readString(backup.folder().resolve(Backups.GRAPH))
			.replace("\"actor\":\"bob\"", "\"actor\":\"mallory\""));
		assertThatThrownBy(() -> this.backups.restore(damaged)).isInstanceOf(Backups.RestoreException.class)
			.hasMessageContaining("damaged");
		assertThat(GraphContentHash.of(this.driver, GraphContentHash.Scope.ALL)).isEqualTo(empty);

		DatasetVersion.Value restored = this.backups.restore(backup.folder());

		assertThat(GraphContentHash.of(this.driver, GraphContentHash.Scope.ALL)).isEqualTo(before);
		assertThat(restored).isEqualTo(backup.datasetVersion());
		assertThat(one("MATCH (c:Change {seq: 2}) RETURN c.at AS v")).hasToString("2026-12-01T10:05:00.123+01:00");
	}

	@Test
	void keepsOnlyTheNewestBackups(@TempDir Path root) {
		this.backups.backup(root);
		this.backups.backup(root);
		Backups.Backup newest = this.backups.backup(root);
		List<Path> deleted = this.backups.prune(root, 2);
		assertThat(deleted).hasSize(1);
		assertThat(root.toFile().list()).hasSize(2).contains(newest.folder().getFileName().toString());
	}

	@Test
	void citesTheSeedHashAndTheCurationSequenceInAboutEveryResponseAndTheExport() {
		String seedHash = (String) one("MATCH (v:SeedVersion) RETURN v.hash AS v");
		assertThat(this.datasetVersion.current()).isEqualTo(DatasetVersion.Value.of(seedHash, 0));
		run("CREATE (:Change {seq: 7, actor: 'alice'})");

		var reply = new GraphQlHttp(this.port).query("{ about { datasetVersion { id seedHash curationSeq } } }");
		assertThat((String) reply.read("$.data.about.datasetVersion.id")).isEqualTo(seedHash.substring(0, 12) + "-7");
		assertThat((String) reply.read("$.data.about.datasetVersion.seedHash")).isEqualTo(seedHash);
		assertThat((Integer) reply.read("$.data.about.datasetVersion.curationSeq")).isEqualTo(7);
		assertThat((String) reply.read("$.extensions.datasetVersion.id")).isEqualTo(seedHash.substring(0, 12) + "-7");
		var other = new GraphQlHttp(this.port).query("{ themes { id } }");
		assertThat((Integer) other.read("$.extensions.datasetVersion.curationSeq")).isEqualTo(7);
		assertThat(this.exports.export().datasetVersion().id()).isEqualTo(seedHash.substring(0, 12) + "-7");
	}

	/** A curated rename of AMS3 and a curated new intervention, written as a curation mutation would write them. */
	private void curate() {
		run("MATCH (i:Intervention {code: 'AMS3'}) SET i.name = 'Credible messengers (curated)', i.curatedSeq = 1, i.version = 2");
		run("""
				MATCH (m:Municipality {id: 'mun:zaanstad'}), (t:Theme {id: 'theme:online-leefwereld'}), (s:Source {id: 'src:praktijkscan'})
				CREATE (i:Intervention {code: 'ZAA-X9', name: 'Buurtlab Zaandam', descriptionEn: 'A neighbourhood lab, added by a curator.',
				        descriptionNl: 'Een buurtlab, toegevoegd door een curator.', approach: 'PREVENTIVE', approachBasis: 'stated',
				        status: 'ADDED_LATER', statusBasis: 'stated', exploratory: false, planned: false, carriedOut: false,
				        source: ['src:praktijkscan#2.2'], basis: 'stated', curatedSeq: 2, version: 1})
				CREATE (m)-[:RUNS {source: ['src:praktijkscan#2.2'], basis: 'stated', curatedSeq: 2}]->(i)
				CREATE (i)-[:TOUCHES {main: true, source: ['src:praktijkscan#2.2'], basis: 'inferred', rationale: "Online work, in the curator's words.", curatedSeq: 2}]->(t)
				CREATE (i)-[:SOURCED_FROM {locator: '2.2', source: ['src:praktijkscan#2.2'], basis: 'stated', curatedSeq: 2}]->(s)
				""");
	}

	private void run(String cypher) {
		this.driver.executableQuery(cypher).execute();
	}

	private Object one(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("v").asObject();
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> sortedLines(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8).lines().sorted().toList();
	}

}
