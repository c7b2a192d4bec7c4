package nl.botoc.graph.system;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import nl.botoc.graph.BotocGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pointed at another Neo4j by configuration alone, the service starts no database of its own and puts its schema
 * (and seed) into the external one. The "external" server here is a separate Neo4j started by the test.
 */
class ExternalNeo4jTests {

	@TempDir
	static Path serverHome;

	static DatabaseManagementService externalServer;

	static int externalBoltPort;

	@BeforeAll
	static void startExternalServer() {
		// A separate database on free ports, configured as the service configures its own.
		externalServer = EmbeddedNeo4jConfiguration
			.builder(new EmbeddedNeo4jProperties(true, serverHome, 0, 0, "127.0.0.1", "32m"))
			.build();
		externalBoltPort = EmbeddedNeo4jConfiguration.portsOf(externalServer).boltPort();
	}

	@AfterAll
	static void stopExternalServer() {
		externalServer.shutdown();
	}

	@Test
	void externalUriStartsNoEmbeddedDatabaseAndUsesTheServer() {
		try (var context = new SpringApplicationBuilder(BotocGraphApplication.class).web(WebApplicationType.NONE)
			.run("--spring.neo4j.uri=bolt://127.0.0.1:" + externalBoltPort,
					"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=unused")) {
			assertThat(context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
			assertThat(context.getBeansOfType(EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts.class)).isEmpty();
			// The migrations ran against the external server: its schema now has our constraints.
			try (var tx = externalServer.database("neo4j").beginTx()) {
				var constraints = tx.execute("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
					.columnAs("names")
					.next();
				assertThat(constraints.toString()).contains("intervention_code", "factor_id");
			}
		}
	}

	@Test
	void neo4jEnvironmentVariablesSelectTheExternalDatabase() {
		var environment = new MockEnvironment().withProperty("NEO4J_URI", "neo4j+s://example.databases.neo4j.io")
			.withProperty("NEO4J_USERNAME", "analyst")
			.withProperty("NEO4J_PASSWORD", "secret");
		new ExternalNeo4jEnvironment().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("spring.neo4j.uri")).isEqualTo("neo4j+s://example.databases.neo4j.io");
		assertThat(environment.getProperty("spring.neo4j.authentication.username")).isEqualTo("analyst");
		assertThat(environment.getProperty("spring.neo4j.authentication.password")).isEqualTo("secret");
		assertThat(environment.getProperty("botoc.embedded.enabled")).isEqualTo("false");
	}

	@Test
	void withoutAnExternalUriTheEmbeddedDatabaseIsTheDefault() {
		var environment = new MockEnvironment();
		new ExternalNeo4jEnvironment().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("botoc.embedded.enabled")).isEqualTo("true");
		assertThat(environment.containsProperty("spring.neo4j.uri")).isFalse();
	}

	@Test
	void anExplicitEmbeddedSettingWins() {
		var environment = new MockEnvironment().withProperty("spring.neo4j.uri", "bolt://db:7687")
			.withProperty("botoc.embedded.enabled", "true");
		new ExternalNeo4jEnvironment().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("botoc.embedded.enabled")).isEqualTo("true");
		assertThat(Map.of("uri", environment.getProperty("spring.neo4j.uri"))).containsEntry("uri", "bolt://db:7687");
	}

}
