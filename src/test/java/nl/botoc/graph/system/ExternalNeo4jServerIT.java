package nl.botoc.graph.system;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against a real Neo4j 5 server in Docker: no embedded database, schema migrations applied on the
 * server. Skipped (reported as such, with Testcontainers' reason) where no Docker engine is available.
 */
@RequiresDocker
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "botoc.embedded.enabled=false")
class ExternalNeo4jServerIT {

	@Container
	@ServiceConnection
	static Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

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
