package nl.botoc.graph.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.springframework.context.ApplicationContext;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;

import nl.botoc.graph.support.Neo4jServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against a real Neo4j 5 server in Docker: no embedded database, schema migrations applied on the
 * server. Skipped (reported as such, with Testcontainers' reason) where no Docker engine is available.
 */
@RequiresDocker
@ImportTestcontainers(Neo4jServer.class)
@SpringBootTest(properties = "botoc.embedded.enabled=false")
class ExternalNeo4jServerIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	Driver driver;

	@Test
	void runsWithoutAnEmbeddedDatabaseAgainstTheServer() {
		assertThat(this.context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
		var constraints = this.driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("name").asString())
			.toList();
		assertThat(constraints).contains("intervention_code", "municipality_id", "factor_id");
	}

}
