package nl.botoc.graph.system;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.botoc.graph.BotocGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Data written through the service survives a shutdown and a new start on the same data directory. */
class RestartKeepsDataTests {

	@TempDir
	Path dataDir;

	@Test
	void committedDataSurvivesARestart() {
		try (var first = start()) {
			var driver = first.getBean(Driver.class);
			driver.executableQuery("CREATE (:RestartProbe {marker: $marker})")
				.withParameters(Map.of("marker", "kept"))
				.execute();
		}
		try (var second = start()) {
			var driver = second.getBean(Driver.class);
			var markers = driver.executableQuery("MATCH (p:RestartProbe) RETURN p.marker AS marker")
				.execute()
				.records()
				.stream()
				.map(r -> r.get("marker").asString())
				.toList();
			assertThat(markers).containsExactly("kept");
			// The schema migrations are applied once and recorded; the second start found them in place.
			assertThat(second.getBean(SchemaMigrations.class).appliedVersion()).isNotEqualTo("none");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BotocGraphApplication.class).web(WebApplicationType.NONE)
			// Command-line arguments outrank the per-test random data directory of the test configuration.
			.run("--botoc.embedded.data-dir=" + this.dataDir, "--botoc.embedded.bolt-port=0",
					"--botoc.embedded.http-port=0");
	}

}
