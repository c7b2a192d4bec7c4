package nl.botoc.graph.curation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import nl.botoc.graph.BotocGraphApplication;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a separate JVM on its embedded default database: a stream of acknowledged mutations, {@code kill -9}
 * in the middle of it, a restart on the same data directory, and every acknowledged write is there, exactly once,
 * complete; the one in flight at the kill is either wholly there or wholly absent, and its retry with the same key
 * leaves it there once.
 */
class CurationKillTests {

	private static final int HTTP_PORT = 18080;

	@Test
	void everyAcknowledgedMutationSurvivesAKilledProcessOnceAndWhole() throws Exception {
		Path dataDir = Path.of("target", "curation-kill", "neo4j-" + System.nanoTime()).toAbsolutePath();
		Files.createDirectories(dataDir);
		CuratorClient curator = new CuratorClient(HTTP_PORT);
		List<Integer> acknowledged = new ArrayList<>();
		int attempted;
		Process service = start(dataDir);
		try {
			AtomicBoolean killed = new AtomicBoolean();
			int i = 0;
			while (true) {
				i++;
				GraphQlHttp.Reply reply;
				try {
					reply = curator.sendAsIs(addSource(), Map.of("input", input(i)));
				}
				catch (RuntimeException ex) {
					break; // the connection died with the process
				}
				if (reply.status() == 200 && reply.body().contains("\"errors\":[]")) {
					acknowledged.add(i);
				}
				if (acknowledged.size() == 12 && !killed.get()) {
					// Kill in the middle of the next request: sent on another thread, the process dies under it.
					killed.set(true);
					final int inFlight = i + 1;
					Thread sender = new Thread(() -> {
						try {
							curator.sendAsIs(addSource(), Map.of("input", input(inFlight)));
						}
						catch (RuntimeException ex) {
							// expected: the process is gone
						}
					});
					sender.start();
					Thread.sleep(15);
					service.destroyForcibly(); // SIGKILL
					assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
					sender.join(10_000);
					i = inFlight;
					break;
				}
			}
			attempted = i;
		}
		finally {
			service.destroyForcibly();
		}

		service = start(dataDir);
		try {
			var changes = curator.send("{ changesSince(since: \"2000-01-01\", first: 1000) { seq idempotencyKey } curationSeq }");
			List<String> keys = changes.read("$.data.changesSince[*].idempotencyKey");
			List<Integer> seqs = changes.read("$.data.changesSince[*].seq");
			for (int n : acknowledged) {
				assertThat(keys).as("acknowledged write " + n).containsOnlyOnce("kill-" + n);
			}
			assertThat(keys).doesNotHaveDuplicates().hasSizeBetween(acknowledged.size(), acknowledged.size() + 1);
			List<Integer> expectedSeqs = new ArrayList<>();
			for (int s = 1; s <= seqs.size(); s++) {
				expectedSeqs.add(s);
			}
			assertThat(seqs).as("no gap, no duplicate").isEqualTo(expectedSeqs);
			assertThat((Integer) changes.read("$.data.curationSeq")).isEqualTo(seqs.size());
			// Every change has its whole node, every node its change: nothing partial.
			var sources = curator.send("{ sources { id title descriptionEn version provenance { source } } }");
			List<String> ids = sources.read("$.data.sources[?(@.id =~ /src:kill-.*/)].id");
			assertThat(ids).hasSize(keys.size());
			assertThat(sources.<List<Integer>>read("$.data.sources[?(@.id =~ /src:kill-.*/)].version")).containsOnly(1);
			// The retries of everything attempted: applied once, never twice.
			for (int n = 1; n <= attempted; n++) {
				var retry = curator.send(addSource(), Map.of("input", input(n)));
				assertThat(retry.<List<?>>read("$.data.addSource.errors")).as("retry " + n).isEmpty();
			}
			var after = curator.send("{ curationSeq sources { id } }");
			assertThat(after.<List<String>>read("$.data.sources[?(@.id =~ /src:kill-.*/)].id")).hasSize(attempted);
			assertThat((Integer) after.read("$.data.curationSeq")).isEqualTo(attempted);
		}
		finally {
			service.destroyForcibly();
			service.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static String addSource() {
		return "mutation($input: AddSourceInput!) { addSource(input: $input) { replayed change { seq } errors { code } } }";
	}

	private static Map<String, Object> input(int n) {
		return Map.of("id", "src:kill-" + n, "kind", "REPORT", "title", "Stream item " + n, "descriptionEn",
				"Written in the kill test.", "idempotencyKey", "kill-" + n, "provenance",
				Map.of("source", List.of("src:praktijkscan#2.2"), "basis", "STATED"));
	}

	/** The test classpath (under Surefire a manifest-only jar naming it; SchemaMigrations counts a file seen twice once). */
	private static String classpath() {
		return System.getProperty("java.class.path");
	}

	/** The service in its own JVM (the test classpath), embedded database, own ports and data directory. */
	private static Process start(Path dataDir) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", classpath(),
				BotocGraphApplication.class.getName(), "--server.port=" + HTTP_PORT, "--botoc.embedded.data-dir=" + dataDir,
				"--botoc.embedded.bolt-port=17687", "--botoc.embedded.http-port=17474", "--botoc.seed.on-startup=true",
				"--botoc.seed.location=classpath:seed/"))
			.redirectErrorStream(true)
			.start();
		try {
			awaitReady(process);
		}
		catch (Throwable ex) {
			process.destroyForcibly();
			throw ex;
		}
		return process;
	}

	private static void awaitReady(Process process) throws java.io.IOException {
		long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		java.util.Deque<String> last = new java.util.ArrayDeque<>();
		while ((line = out.readLine()) != null && !line.contains("botoc-graph is ready")) {
			last.addLast(line);
			if (last.size() > 40) {
				last.removeFirst();
			}
			assertThat(System.nanoTime()).as("service start").isLessThan(deadline);
		}
		assertThat(line).as("the service reported ready; its last lines:\n" + String.join("\n", last)).isNotNull();
		Thread drain = new Thread(() -> {
			try {
				while (out.readLine() != null) {
					// keep the pipe flowing
				}
			}
			catch (java.io.IOException ex) {
				// process gone
			}
		});
		drain.setDaemon(true);
		drain.start();
	}

}
