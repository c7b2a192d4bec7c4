package nl.botoc.graph.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash loses nothing that was committed: a separate JVM opens the embedded database exactly as the service
 * configures it, commits a node and is then killed (SIGKILL, no shutdown hooks). Reopening the folder finds the node.
 */
class CrashKeepsCommittedDataTests {

	@TempDir
	Path dataDir;

	@Test
	void committedTransactionSurvivesAKilledProcess() throws Exception {
		var javaBin = ProcessHandle.current().info().command().orElse("java");
		var process = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
				CrashProbe.class.getName(), this.dataDir.toString()))
			.redirectErrorStream(true)
			.start();
		try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals(CrashProbe.COMMITTED)) {
				// Neo4j's start-up output; wait for the probe's signal.
			}
			assertThat(line).as("probe reported its commit").isEqualTo(CrashProbe.COMMITTED);
			process.destroyForcibly();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

		DatabaseManagementService reopened = EmbeddedNeo4jConfiguration.builder(CrashProbe.properties(this.dataDir)).build();
		try {
			var markers = reopened.database("neo4j")
				.executeTransactionally("MATCH (p:CrashProbe) RETURN p.marker AS marker", Map.of(),
						result -> result.<String>columnAs("marker").stream().toList());
			assertThat(markers).containsExactly("committed-before-kill");
		}
		finally {
			reopened.shutdown();
		}
	}

	/** Runs in the child JVM: commit, say so, then wait to be killed. */
	static final class CrashProbe {

		static final String COMMITTED = "CRASH-PROBE-COMMITTED";

		static EmbeddedNeo4jProperties properties(Path dataDir) {
			return new EmbeddedNeo4jProperties(true, dataDir, 0, 0, "127.0.0.1", "16m");
		}

		public static void main(String[] args) throws InterruptedException {
			var dbms = EmbeddedNeo4jConfiguration.builder(properties(Path.of(args[0]))).build();
			dbms.database("neo4j").executeTransactionally("CREATE (:CrashProbe {marker: 'committed-before-kill'})");
			System.out.println(COMMITTED);
			System.out.flush();
			Thread.sleep(120_000);
		}

	}

}
