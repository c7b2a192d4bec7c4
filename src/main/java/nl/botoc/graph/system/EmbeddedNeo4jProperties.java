package nl.botoc.graph.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that runs when no external database is configured.
 *
 * @param enabled start the embedded database (default: true unless {@code spring.neo4j.uri} or
 * {@code NEO4J_URI} is set; see {@link ExternalNeo4jEnvironment})
 * @param dataDir where the database files live; survives restarts
 * @param boltPort Bolt port for drivers, cypher-shell and the Browser (0 picks a free port)
 * @param httpPort HTTP port of Neo4j's own web server, which serves the Neo4j Browser (0 picks a free port)
 * @param listenAddress interface both connectors bind to; loopback only by default because auth is off
 * @param pageCache page cache size in Neo4j notation ("128m")
 */
@ConfigurationProperties("botoc.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort, @DefaultValue("127.0.0.1") String listenAddress,
		@DefaultValue("128m") String pageCache) {
}
