package nl.botoc.graph.support;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * A real Neo4j 5 server in Docker, declared once for the {@code *OnServerIT} integration tests
 * ({@code @ImportTestcontainers(Neo4jServer.class)} with {@code botoc.embedded.enabled=false}). Those tests
 * rerun the seed, read-model and analysis checks of the embedded suite against it; they carry
 * {@code @RequiresDocker} and skip where no Docker engine runs.
 */
public interface Neo4jServer {

	@Container
	@ServiceConnection
	Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

}
