package nl.botoc.graph.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.botoc.graph.BotocGraphApplication;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against an external Neo4j that fails: down at start-up (the service starts, reports DOWN, answers
 * DATABASE_UNAVAILABLE, and once the database is up applies schema and seed and serves), stopped while the service
 * runs, and shut down while a request is in flight. The "external" database is a separate Neo4j started by the
 * test on a port chosen before.
 */
class DatabaseFaultTests {

	@TempDir
	Path serverHome;

	private DatabaseManagementService server;

	private ConfigurableApplicationContext service;

	@AfterEach
	void stopAll() {
		if (this.service != null) {
			this.service.close();
		}
		if (this.server != null) {
			this.server.shutdown();
		}
	}

	@Test
	void startsWithoutItsDatabaseReportsDownAndServesOnceTheDatabaseIsBack() throws Exception {
		int boltPort = freePort();
		long started = System.nanoTime();
		this.service = startService(boltPort);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(90));
		GraphQlHttp http = http();

		var health = http.send("GET", "/actuator/health", null, null, "application/json");
		assertThat(health.status()).isEqualTo(503);
		assertThat(health.body()).contains("\"status\":\"DOWN\"").doesNotContain("components", "Exception", "neo4j");
		var early = http.query("{ municipalities { id } }");
		assertThat((String) early.read("$.errors[0].extensions.code")).isEqualTo("DATABASE_UNAVAILABLE");
		assertThat(early.body()).doesNotContain(Integer.toString(boltPort), "Exception");

		this.server = startDatabase(boltPort);
		waitFor(Duration.ofSeconds(60), () -> http.send("GET", "/actuator/health", null, null, "application/json").status() == 200);
		var served = http.query("{ municipalities { id } about { schemaVersion } }");
		assertThat(served.errors()).isEmpty();
		assertThat(served.<List<?>>read("$.data.municipalities")).hasSize(8);
		assertThat((String) served.read("$.data.about.schemaVersion")).isNotEqualTo("pending");
	}

	@Test
	void answersDatabaseUnavailableWhenTheDatabaseStopsWhileRunningOrMidRequestAndRecovers() throws Exception {
		int boltPort = freePort();
		this.server = startDatabase(boltPort);
		this.service = startService(boltPort);
		GraphQlHttp http = http();
		assertThat(http.query("{ themes { id } }").errors()).isEmpty();

		// Shut down while a request is in flight: its statement waits, the database goes, then it is sent.
		StatementCounter statements = this.service.getBean(StatementCounter.class);
		statements.delayStatements(Duration.ofSeconds(2));
		CompletableFuture<GraphQlHttp.Reply> inFlight = CompletableFuture.supplyAsync(() -> http.query("{ themes { id } }"));
		waitFor(Duration.ofSeconds(10), () -> statements.count() > 0);
		this.server.shutdown();
		var midRequest = inFlight.get();
		statements.reset();
		assertThat((String) midRequest.read("$.errors[0].extensions.code")).isEqualTo("DATABASE_UNAVAILABLE");
		assertThat(midRequest.body()).doesNotContain("Exception", Integer.toString(boltPort));

		// Down while running: every request fails fast with the same code, never with an empty list.
		long started = System.nanoTime();
		var down = http.query("{ themes { id } municipalities { id } }");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(down.errors()).isNotEmpty()
			.allSatisfy((error) -> assertThat(((Map<?, ?>) error.get("extensions")).get("code")).isEqualTo("DATABASE_UNAVAILABLE"));
		var health = http.send("GET", "/actuator/health", null, null, "application/json");
		assertThat(health.status()).isEqualTo(503);
		assertThat(health.body()).doesNotContain("Exception", "7687", Integer.toString(boltPort));

		this.server = startDatabase(boltPort);
		waitFor(Duration.ofSeconds(60), () -> http.query("{ themes { id } }").errors().isEmpty());
		assertThat(http.send("GET", "/actuator/health", null, null, "application/json").status()).isEqualTo(200);
	}

	private ConfigurableApplicationContext startService(int boltPort) {
		return new SpringApplicationBuilder(BotocGraphApplication.class, StatementCounterConfiguration.class).run(
				"--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort, "--spring.neo4j.authentication.username=neo4j",
				"--spring.neo4j.authentication.password=unused", "--server.port=0", "--botoc.database.retry-interval=1s",
				"--spring.neo4j.pool.connection-acquisition-timeout=5s", "--spring.neo4j.connection-timeout=2s");
	}

	private DatabaseManagementService startDatabase(int boltPort) {
		return EmbeddedNeo4jConfiguration
			.builder(new EmbeddedNeo4jProperties(true, this.serverHome, boltPort, 0, "127.0.0.1", "32m"))
			.build();
	}

	private GraphQlHttp http() {
		return new GraphQlHttp(Integer.parseInt(this.service.getEnvironment().getProperty("local.server.port")));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited " + limit).isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	/** The statement counter around the service's driver, to hold a request in flight. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class StatementCounterConfiguration {

		@org.springframework.context.annotation.Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

}
