package nl.botoc.graph.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import nl.botoc.graph.BotocGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The two start failures a new user meets first (found walking the README from a clean clone) are explained in a
 * few lines that say what to do: the data directory held by another process (the service still running while
 * {@code --export} starts) and a Neo4j port already taken. Both are real: a second database really holds the
 * directory, a real socket really holds the port.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedNeo4jStartFailureTests {

	@TempDir
	Path dataDir;

	private static Throwable startFails(String... arguments) {
		var application = new SpringApplication(BotocGraphApplication.class);
		return catchThrowable(() -> application.run(arguments));
	}

	@Test
	void aDataDirectoryHeldByAnotherProcessIsExplainedWithWhatToDo(CapturedOutput output) {
		var holder = EmbeddedNeo4jConfiguration
			.builder(new EmbeddedNeo4jProperties(true, this.dataDir, 0, 0, "127.0.0.1", "16m", false, ""))
			.build();
		try {
			Throwable failure = startFails("--export=" + this.dataDir.resolve("export"),
					"--botoc.embedded.data-dir=" + this.dataDir, "--botoc.command.exit=false");
			assertThat(failure).isNotNull();
			var analysis = new EmbeddedNeo4jStartFailure().analyze(failure);
			assertThat(analysis).as("analysis of %s", failure).isNotNull();
			assertThat(analysis.getDescription()).contains("another process holds it")
				.contains(this.dataDir.toAbsolutePath().toString());
			assertThat(analysis.getAction()).contains("GET /export").contains("--botoc.embedded.data-dir=");
			// Registered: Spring Boot prints it instead of the stack trace.
			assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
				.contains("another process holds it");
		}
		finally {
			holder.shutdown();
		}
	}

	@Test
	void aTakenNeo4jPortIsExplainedWithTheSettingsToChooseAnother(CapturedOutput output) throws IOException {
		try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Throwable failure = startFails("--botoc.embedded.data-dir=" + this.dataDir, "--server.port=0",
					"--botoc.embedded.bolt-port=" + taken.getLocalPort(), "--botoc.embedded.http-port=0");
			assertThat(failure).isNotNull();
			var analysis = new EmbeddedNeo4jStartFailure().analyze(failure);
			assertThat(analysis).as("analysis of %s", failure).isNotNull();
			assertThat(analysis.getDescription()).contains(":" + taken.getLocalPort()).contains("in use");
			assertThat(analysis.getAction()).contains("--botoc.embedded.bolt-port=").contains("--botoc.embedded.http-port=");
			assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
				.contains("could not listen on its ports");
		}
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(new EmbeddedNeo4jStartFailure().analyze(new IllegalStateException("something else"))).isNull();
	}

}
