package nl.botoc.graph.system;

import java.nio.file.Path;

import org.neo4j.dbms.api.DatabaseManagementService;

/** A Neo4j of its own for tests outside this package that need an "external" database (built as the service builds its embedded one). */
public final class StandaloneNeo4j {

	private StandaloneNeo4j() {
	}

	public static DatabaseManagementService start(Path home, int boltPort) {
		return EmbeddedNeo4jConfiguration
			.builder(new EmbeddedNeo4jProperties(true, home, boltPort, 0, "127.0.0.1", "32m"))
			.build();
	}

}
