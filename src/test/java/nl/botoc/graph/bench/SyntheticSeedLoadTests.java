package nl.botoc.graph.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.botoc.graph.bench.SyntheticSeed.Csv;
import nl.botoc.graph.seed.SeedLoadResult;
import nl.botoc.graph.seed.SeedLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** A synthetic seed passes the validator and loads through the service's own loader, row for row. */
// The same settings as IndexAnchoredGrowthTests, so that the two share one context (and one embedded database).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "botoc.seed.on-startup=false", "botoc.read.expose-cypher=true" })
class SyntheticSeedLoadTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	Driver driver;

	@TempDir
	Path dir;

	@AfterEach
	void removeTheSyntheticGraph() {
		this.driver.executableQuery("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").execute();
	}

	@Test
	void loadsTenTimesTheSeedThroughTheLoader() {
		var summary = SyntheticSeed.write(Path.of("seed"), this.dir, 10, 42);

		SeedLoadResult result = this.loader.load("file:" + this.dir.toAbsolutePath() + "/");

		assertThat(result.loaded()).isTrue();
		assertThat(result.nodes()).containsEntry("Municipality", (long) summary.municipalities())
			.containsEntry("Intervention", (long) summary.interventions())
			.containsEntry("Theme", 12L)
			.containsEntry("Factor", 72L);
		int themeFactors = Csv.read(this.dir.resolve("theme_factors.csv")).rows().size();
		assertThat(result.relationships()).containsEntry("RUNS", (long) summary.interventions())
			.containsEntry("TOUCHES", (long) summary.themeLinks())
			.containsEntry("TARGETS", (long) (summary.factorLinks() + themeFactors))
			.containsEntry("USES", (long) summary.mechanismLinks());
		long mainThemes = this.driver.executableQuery("MATCH (:Intervention)-[r:TOUCHES {main: true}]->() RETURN count(r) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		assertThat(mainThemes).isEqualTo(summary.interventions());
	}

}
