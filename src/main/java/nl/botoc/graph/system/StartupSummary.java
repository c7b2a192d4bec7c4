package nl.botoc.graph.system;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import nl.botoc.graph.browser.NeoBrowserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the service, in a few lines, where everything is. */
@Component
class StartupSummary {

	private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);

	private final Environment environment;

	private final ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts> embeddedPorts;

	private final Neo4jConnectionDetails connection;

	StartupSummary(Environment environment, ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts> embeddedPorts,
			Neo4jConnectionDetails connection) {
		this.environment = environment;
		this.embeddedPorts = embeddedPorts;
		this.connection = connection;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		log.info(text());
	}

	/** The lines printed once the service is ready: every address the README's table lists, as configured. */
	String text() {
		String port = this.environment.getProperty("local.server.port", "8080");
		String base = "http://localhost:" + port;
		var lines = new StringBuilder("\n\n  botoc-graph is ready (JVM up ")
			.append(ManagementFactory.getRuntimeMXBean().getUptime())
			.append(" ms)\n")
			.append("    Explorer         : ").append(base).append("/\n")
			.append("    GraphQL endpoint : ").append(base).append("/graphql\n");
		// botoc.api.production switches both pages off: do not point to them.
		if (!this.environment.getProperty("botoc.api.production", Boolean.class, false)) {
			lines.append("    GraphiQL         : ").append(base).append("/graphiql\n")
				.append("    GraphQL schema   : ").append(base).append("/graphql/schema\n");
		}
		lines.append("    Health           : ").append(base).append("/actuator/health\n")
			.append("    Export (seed/)   : ").append(base).append("/export")
			.append(this.environment.getProperty("botoc.access.export-open", Boolean.class, false) ? "\n" : "  (curators)\n");
		var ports = this.embeddedPorts.getIfAvailable();
		if (ports != null) {
			boolean auth = this.environment.getProperty("botoc.embedded.auth-enabled", Boolean.class, false);
			lines.append("    Neo4j (embedded) : ").append(ports.boltUri())
				.append(auth ? "  (user neo4j, password botoc.embedded.password)\n" : "  (no authentication)\n")
				.append("    Neo4j Browser    : ").append(NeoBrowserSettings.connectUri(ports.browserUri(), ports.boltUri()))
				.append("\n                       (connects by itself and opens on the guide; in any Browser: :play ")
				.append(base).append("/neo4j-browser/guide.html)\n")
				.append("    Data directory   : ").append(Path.of(this.environment.getProperty("botoc.embedded.data-dir", "./data/neo4j"))
					.toAbsolutePath()
					.normalize())
				.append('\n');
		}
		else {
			lines.append("    Neo4j (external) : ").append(this.connection.getUri()).append('\n');
		}
		return lines.toString();
	}

}
