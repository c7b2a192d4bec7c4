package nl.botoc.graph.curation;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.botoc.graph.BotocGraphApplication;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.system.StandaloneNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against an "external" Neo4j (one started by the test) through {@link BoltFaultProxy}, which drops
 * connections mid-transaction and right after a COMMIT reached the server but before its acknowledgement reached
 * the driver. The driver retries the transaction; the retry finds the Change of its idempotency key and answers with
 * the stored payload. Every mutation is applied exactly once.
 */
class CurationFaultProxyTests {

	private static final int MUTATIONS = 24;

	@TempDir
	Path serverHome;

	private DatabaseManagementService database;

	private BoltFaultProxy proxy;

	private ConfigurableApplicationContext service;

	@AfterEach
	void stopAll() throws IOException {
		if (this.service != null) {
			this.service.close();
		}
		if (this.proxy != null) {
			this.proxy.close();
		}
		if (this.database != null) {
			this.database.shutdown();
		}
	}

	@Test
	void everyMutationIsAppliedExactlyOnceWhenConnectionsDropIncludingAfterCommit() throws Exception {
		int boltPort = freePort();
		this.database = StandaloneNeo4j.start(this.serverHome, boltPort);
		this.proxy = new BoltFaultProxy(boltPort, 3, 23);
		this.service = new SpringApplicationBuilder(BotocGraphApplication.class).run(
				"--spring.neo4j.uri=bolt://127.0.0.1:" + this.proxy.port(), "--spring.neo4j.authentication.username=neo4j",
				"--spring.neo4j.authentication.password=unused", "--server.port=0", "--botoc.seed.on-startup=true",
				"--botoc.seed.location=classpath:seed/", "--spring.neo4j.connection-timeout=2s");
		CuratorClient curator = new CuratorClient(
				Integer.parseInt(this.service.getEnvironment().getProperty("local.server.port")));

		this.proxy.arm(true);
		int replayedAtFirstAttempt = 0;
		int clientRetries = 0;
		for (int i = 1; i <= MUTATIONS; i++) {
			GraphQlHttp.Reply reply = null;
			for (int attempt = 1; attempt <= 10; attempt++) {
				reply = curator.sendAsIs(addSource(), Map.of("input", input(i)));
				if (reply.status() == 200 && reply.errors().isEmpty() && reply.body().contains("\"errors\":[]")) {
					if (attempt == 1 && reply.body().contains("\"replayed\":true")) {
						replayedAtFirstAttempt++;
					}
					break;
				}
				clientRetries++;
				Thread.sleep(200);
			}
			assertThat(reply.body()).as("mutation " + i).contains("\"errors\":[]");
		}
		this.proxy.arm(false);

		assertThat(this.proxy.commitsCut.get()).as("commits whose acknowledgement was lost").isGreaterThanOrEqualTo(3);
		assertThat(this.proxy.dropped.get()).as("connections dropped mid-transaction").isGreaterThanOrEqualTo(1);
		assertThat(replayedAtFirstAttempt).as("driver retries answered from the stored Change").isGreaterThanOrEqualTo(1);

		var changes = curator.send("{ curationSeq changesSince(since: \"2000-01-01\", first: 1000) { seq idempotencyKey } sources { id } }");
		List<String> keys = changes.read("$.data.changesSince[*].idempotencyKey");
		assertThat(keys).hasSize(MUTATIONS).doesNotHaveDuplicates();
		assertThat((Integer) changes.read("$.data.curationSeq")).isEqualTo(MUTATIONS);
		assertThat(changes.<List<String>>read("$.data.sources[?(@.id =~ /src:fault-.*/)].id")).hasSize(MUTATIONS);
		System.out.printf("fault proxy: %d commits cut after commit, %d connections dropped, %d driver retries answered"
				+ " from the stored Change, %d client retries%n", this.proxy.commitsCut.get(), this.proxy.dropped.get(),
				replayedAtFirstAttempt, clientRetries);
	}

	private static String addSource() {
		return "mutation($input: AddSourceInput!) { addSource(input: $input) { replayed change { seq } errors { code } } }";
	}

	private static Map<String, Object> input(int n) {
		return Map.of("id", "src:fault-" + n, "kind", "REPORT", "title", "Fault item " + n, "descriptionEn",
				"Written through the fault proxy.", "idempotencyKey", "fault-" + n, "provenance",
				Map.of("source", List.of("src:praktijkscan#2.2"), "basis", "STATED"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
