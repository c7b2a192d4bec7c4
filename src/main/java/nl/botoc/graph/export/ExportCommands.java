package nl.botoc.graph.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The one-shot commands: {@code ./run.sh --export=DIR} writes the graph in the seed format into DIR (with its
 * manifest), {@code --backup=DIR} writes a backup folder into DIR, {@code --restore=DIR} loads the backup folder DIR
 * into an empty graph. The service then stops (exit code 0, or 1 with the reason). Run them with the service stopped
 * when it uses the embedded database (Neo4j locks its data directory), or against the external database
 * ({@code NEO4J_URI}); a running service exports through {@code GET /export}.
 */
@Component
class ExportCommands implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ExportCommands.class);

	static final List<String> COMMANDS = List.of("export", "backup", "restore");

	private final Exports exports;

	private final Backups backups;

	private final ConfigurableApplicationContext context;

	ExportCommands(Exports exports, Backups backups, ConfigurableApplicationContext context) {
		this.exports = exports;
		this.backups = backups;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String command = COMMANDS.stream().filter(arguments::containsOption).findFirst().orElse(null);
		if (command == null) {
			return;
		}
		List<String> values = arguments.getOptionValues(command);
		if (values == null || values.size() != 1 || values.get(0).isBlank()) {
			finish(1, "--" + command + " needs one folder: --" + command + "=DIR");
			return;
		}
		Path folder = Path.of(values.get(0));
		try {
			String done = switch (command) {
				case "export" -> {
					Exports.Export export = this.exports.export();
					Exports.writeTo(export, folder);
					yield "Exported dataset version " + export.datasetVersion().id() + " to " + folder.toAbsolutePath();
				}
				case "backup" -> {
					Backups.Backup backup = this.backups.backup(folder);
					yield "Backed up dataset version " + backup.datasetVersion().id() + " to " + backup.folder().toAbsolutePath();
				}
				default -> "Restored dataset version " + this.backups.restore(folder).id() + " from " + folder.toAbsolutePath();
			};
			finish(0, done);
		}
		catch (RuntimeException ex) {
			log.error("--{} failed", command, ex);
			finish(1, "--" + command + " failed: " + ex.getMessage());
		}
	}

	private void finish(int code, String message) {
		// On stdout as well as in the log: the command's answer, e.g. the dataset version to cite.
		System.out.println(message);
		if (this.context.getEnvironment().getProperty("botoc.command.exit", Boolean.class, true)) {
			System.exit(SpringApplication.exit(this.context, () -> code));
		}
	}

	/**
	 * A command runs without the web server, without loading the seed (it works on the graph as it is) and on free
	 * Bolt/HTTP ports, so it never clashes with settings made for the service.
	 */
	static class CommandMode implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			if (COMMANDS.stream().noneMatch(environment::containsProperty)) {
				return;
			}
			environment.getPropertySources()
				.addFirst(new MapPropertySource("botocCommandMode",
						Map.of("spring.main.web-application-type", "none", "botoc.seed.on-startup", "false",
								"botoc.embedded.bolt-port", "0", "botoc.embedded.http-port", "0")));
		}

	}

}
