package nl.botoc.graph.system;

import nl.botoc.graph.export.DatasetVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code about}: which schema version, dataset version and kind of database this service runs on. */
@Controller
class AboutController {

	private final SchemaMigrations migrations;

	private final ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts> embeddedPorts;

	private final DatasetVersion datasetVersion;

	AboutController(SchemaMigrations migrations,
			ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts> embeddedPorts, DatasetVersion datasetVersion) {
		this.migrations = migrations;
		this.datasetVersion = datasetVersion;
		this.embeddedPorts = embeddedPorts;
	}

	@QueryMapping
	About about() {
		return new About("botoc-graph", this.migrations.appliedVersion(), this.embeddedPorts.getIfAvailable() != null,
				this.datasetVersion.current());
	}

	record About(String service, String schemaVersion, boolean embeddedDatabase, DatasetVersion.Value datasetVersion) {
	}

}
