package nl.botoc.graph.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code about}: which schema version and which kind of database this service runs on. */
@Controller
class AboutController {

	private final SchemaMigrations migrations;

	private final ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts> embeddedPorts;

	AboutController(SchemaMigrations migrations,
			ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts> embeddedPorts) {
		this.migrations = migrations;
		this.embeddedPorts = embeddedPorts;
	}

	@QueryMapping
	About about() {
		return new About("botoc-graph", this.migrations.appliedVersion(), this.embeddedPorts.getIfAvailable() != null);
	}

	record About(String service, String schemaVersion, boolean embeddedDatabase) {
	}

}
