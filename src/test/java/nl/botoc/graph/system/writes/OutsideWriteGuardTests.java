package nl.botoc.graph.system.writes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import nl.botoc.graph.browser.EmbeddedDefaultServiceTest;
import nl.botoc.graph.seed.SeedLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On the embedded default, another client cannot write to the curated graph, not even by dressing up as the
 * service; the service itself (seed loader, anything going through {@link ServiceWrites}) can.
 */
class OutsideWriteGuardTests extends EmbeddedDefaultServiceTest {

	@Autowired
	ServiceWrites writes;

	@Autowired
	OutsideWriteGuard guard;

	@Autowired
	SeedLoader seedLoader;

	@Autowired
	Neo4jConnectionDetails connection;

	@Autowired
	DatabaseManagementService database;

	private Driver outside;

	@BeforeEach
	void connectAnotherClient() {
		this.outside = GraphDatabase.driver(this.connection.getUri(), AuthTokens.none());
	}

	@AfterEach
	void disconnect() {
		this.outside.close();
	}

	@Test
	void aPlainCreateFromAnotherClientIsRefusedWithTheReason() {
		assertThatThrownBy(() -> this.outside.executableQuery("CREATE (:Probe {by: 'cypher-shell'})").execute())
			.isInstanceOf(ClientException.class)
			.hasMessageContaining("writes from outside the service are refused")
			.hasMessageContaining("seed/*.csv")
			.hasMessageContaining("botoc.embedded.allow-outside-writes=true");
		assertThat(probes()).isZero();
	}

	@Test
	void changingOrDeletingSeedDataFromAnotherClientIsRefused() {
		assertThatThrownBy(() -> this.outside.executableQuery("MATCH (i:Intervention {code: 'AMS1'}) SET i.name = 'x'")
			.execute()).hasMessageContaining("refused");
		assertThatThrownBy(() -> this.outside.executableQuery("MATCH (m:Mechanism) DETACH DELETE m").execute())
			.hasMessageContaining("refused");
		assertThat(this.outside.executableQuery("MATCH (i:Intervention {code: 'AMS1'}) RETURN i.name AS name")
			.execute().records().get(0).get("name").asString()).isNotEqualTo("x");
		assertThat(this.outside.executableQuery("RETURN COUNT { MATCH (m:Mechanism) } AS n").execute()
			.records().get(0).get("n").asLong()).isPositive();
	}

	@Test
	void copyingTheMetadataOfARunningServiceTransactionIsRefused() throws Exception {
		var serviceIsWriting = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		CompletableFuture<Void> serviceWrite = CompletableFuture.runAsync(() -> this.writes
			.writeWithoutResult("guard test", (tx) -> {
				tx.run("CREATE (:Probe {by: 'service'})").consume();
				serviceIsWriting.countDown();
				await(release);
			}));
		try {
			assertThat(serviceIsWriting.await(30, TimeUnit.SECONDS)).isTrue();
			// What any client can see of the service's transaction.
			Map<String, Object> metadata = this.outside.executableQuery("""
					SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.app = 'botoc-graph'
					RETURN metaData""").execute().records().get(0).get("metaData").asMap();
			assertThat(metadata).containsEntry("purpose", "guard test");

			try (Session session = this.outside.session()) {
				var asTheService = TransactionConfig.builder().withMetadata(metadata).build();
				assertThatThrownBy(() -> session.executeWriteWithoutResult(
						(tx) -> tx.run("CREATE (:Probe {by: 'impostor'})").consume(), asTheService))
					.hasMessageContaining("refused");
				assertThatThrownBy(() -> session.executeWriteWithoutResult((tx) -> {
					tx.run("CALL tx.setMetaData($m)", Map.of("m", metadata)).consume();
					tx.run("CREATE (:Probe {by: 'impostor'})").consume();
				})).hasMessageContaining("refused");
			}
		}
		finally {
			release.countDown();
		}
		serviceWrite.get(30, TimeUnit.SECONDS);
		assertThat(this.outside.executableQuery("MATCH (p:Probe) RETURN collect(p.by) AS by").execute()
			.records().get(0).get("by").asList()).containsExactly("service");
		this.writes.writeWithoutResult("guard test cleanup", (tx) -> tx.run("MATCH (p:Probe) DELETE p").consume());
		assertThat(probes()).isZero();
	}

	@Test
	void askingForAChallengeFromOutsideGainsNothing() {
		try (Session session = this.outside.session()) {
			assertThatThrownBy(() -> session.executeWriteWithoutResult((tx) -> {
				tx.run("CALL botoc.writeChallenge()").consume();
				tx.run("CREATE (:Probe {by: 'impostor'})").consume();
			})).hasMessageContaining("refused");
		}
		assertThat(probes()).isZero();
	}

	@Test
	void aChallengeVouchesOnlyForTheTransactionThatReceivedIt() {
		try (Session session = this.outside.session(); var first = session.beginTransaction()) {
			// A challenge handed to another transaction (even one vouched for in-process) does not carry over.
			String challenge = first.run("CALL botoc.writeChallenge()").single().get("challenge").asString();
			this.guard.vouch(challenge);
			first.rollback();
		}
		try (Session session = this.outside.session()) {
			assertThatThrownBy(() -> session.executeWriteWithoutResult(
					(tx) -> tx.run("CREATE (:Probe {by: 'impostor'})").consume()))
				.hasMessageContaining("refused");
		}
		assertThatThrownBy(() -> this.guard.vouch("made-up")).isInstanceOf(IllegalStateException.class);
		assertThat(probes()).isZero();
	}

	@Test
	void theQueryApiOverHttpIsRefusedToo() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort() + "/db/neo4j/query/v2"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"statement\": \"CREATE (:Probe {by: 'http'})\"}"))
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("refused");
		assertThat(probes()).isZero();
	}

	@Test
	void schemaChangesAndReadsFromOutsidePass() {
		this.outside.executableQuery("CREATE INDEX probe_by IF NOT EXISTS FOR (p:Probe) ON (p.by)").execute();
		this.outside.executableQuery("DROP INDEX probe_by").execute();
		assertThat(this.outside.executableQuery("RETURN COUNT { MATCH (i:Intervention) } AS n").execute()
			.records().get(0).get("n").asLong()).isEqualTo(62 + addedLater());
	}

	@Test
	void theSeedLoaderWritesThroughTheGuard() {
		var result = this.seedLoader.load();
		assertThat(result.loaded()).isTrue();
		assertThat(result.nodes().get("Intervention")).isPositive();
	}

	private int httpPort() {
		var api = (GraphDatabaseAPI) this.database.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.HTTP).getPort();
	}

	private long addedLater() {
		return this.outside.executableQuery("RETURN COUNT { MATCH (i:Intervention {status: 'ADDED_LATER'}) } AS n")
			.execute().records().get(0).get("n").asLong();
	}

	private long probes() {
		return this.outside.executableQuery("RETURN COUNT { MATCH (p:Probe) } AS n").execute()
			.records().get(0).get("n").asLong();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
