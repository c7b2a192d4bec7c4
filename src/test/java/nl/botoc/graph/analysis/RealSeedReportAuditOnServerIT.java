package nl.botoc.graph.analysis;

import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.springframework.test.context.TestPropertySource;

import nl.botoc.graph.support.Neo4jServer;
import nl.botoc.graph.system.RequiresDocker;

/** {@link RealSeedReportAuditTests} against a real Neo4j 5 server. */
@RequiresDocker
@ImportTestcontainers(Neo4jServer.class)
@TestPropertySource(properties = "botoc.embedded.enabled=false")
class RealSeedReportAuditOnServerIT extends RealSeedReportAuditTests {

}
