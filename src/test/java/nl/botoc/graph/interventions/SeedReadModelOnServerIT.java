package nl.botoc.graph.interventions;

import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.springframework.test.context.TestPropertySource;

import nl.botoc.graph.support.Neo4jServer;
import nl.botoc.graph.system.RequiresDocker;

/** {@link SeedReadModelTests} (through HTTP) against a real Neo4j 5 server instead of the embedded database. */
@RequiresDocker
@ImportTestcontainers(Neo4jServer.class)
@TestPropertySource(properties = "botoc.embedded.enabled=false")
class SeedReadModelOnServerIT extends SeedReadModelTests {

}
