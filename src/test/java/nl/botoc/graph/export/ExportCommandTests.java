package nl.botoc.graph.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;

import nl.botoc.graph.BotocGraphApplication;
import nl.botoc.graph.seed.SeedFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --export=DIR} runs the service as a command: no web server, the export written into DIR, then it stops. */
class ExportCommandTests {

	@Test
	void exportsTheGraphOfADataDirectoryIntoAFolderWithoutStartingTheWebServer(@TempDir Path data, @TempDir Path out)
			throws Exception {
		try (var context = SpringApplication.run(BotocGraphApplication.class, "--export=" + out,
				"--botoc.command.exit=false", "--botoc.embedded.data-dir=" + data)) {
			assertThat(context.getEnvironment().getProperty("local.server.port")).isNull();
		}
		for (SeedFormat.File file : SeedFormat.files()) {
			// An empty data directory (a command never loads the seed): every file, header only.
			assertThat(Files.readString(out.resolve(file.name()))).isEqualTo(String.join(",", file.header()) + "\n");
		}
		assertThat(Files.readString(out.resolve(Exports.MANIFEST))).contains("\"id\" : \"noseed-0\"");
	}

}
