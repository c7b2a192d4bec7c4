package nl.botoc.graph.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that runs when no external database is configured.
 *
 * @param enabled start the embedded database (default: true unless {@code spring.neo4j.uri} or
 * {@code NEO4J_URI} is set; see {@link ExternalNeo4jEnvironment})
 * @param dataDir where the database files live; survives restarts
 * @param boltPort Bolt port for drivers, cypher-shell and the Browser (0 picks a free port)
 * @param httpPort HTTP port of Neo4j's own web server, which serves the Neo4j Browser (0 picks a free port)
 * @param listenAddress interface both connectors bind to; loopback only by default because auth is off. Any other
 * address (such as {@code 0.0.0.0}) needs {@code authEnabled} with a password that is not a default, or the service
 * refuses to start
 * @param pageCache page cache size in Neo4j notation ("128m")
 * @param authEnabled require a user and password on Bolt and HTTP (user {@code neo4j}); the service's own driver
 * then logs in with {@code password}
 * @param password the password of user {@code neo4j} when {@code authEnabled}: at least 8 characters, not
 * {@code neo4j} or {@code password}; set on every start
 */
@ConfigurationProperties("botoc.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort, @DefaultValue("127.0.0.1") String listenAddress,
		@DefaultValue("128m") String pageCache, @DefaultValue("false") boolean authEnabled, String password) {

	@ConstructorBinding
	public EmbeddedNeo4jProperties {
		password = (password != null) ? password : "";
	}

	/** Loopback, no authentication: what tests and tools that start a database of their own use. */
	public EmbeddedNeo4jProperties(boolean enabled, Path dataDir, int boltPort, int httpPort, String listenAddress,
			String pageCache) {
		this(enabled, dataDir, boltPort, httpPort, listenAddress, pageCache, false, "");
	}

}
