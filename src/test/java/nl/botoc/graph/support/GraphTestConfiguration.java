package nl.botoc.graph.support;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

import nl.botoc.graph.system.SchemaMigrations;

/**
 * The statement counter around the driver, the fixture graph loaded into the test database, and an HTTP client for
 * the service. Use with
 * {@code botoc.seed.on-startup=false}, so that the seed loader does not put the real seed beside the fixture.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GraphTestConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	GraphFixture graphFixture(Driver driver, SchemaMigrations migrations) {
		GraphFixture fixture = new GraphFixture(driver, migrations);
		fixture.load();
		return fixture;
	}

	/** Created when a test asks for it, by which time the server listens on its random port. */
	@Bean
	@Lazy
	GraphQlHttp graphQlHttp(@Value("${local.server.port}") int port) {
		return new GraphQlHttp(port);
	}

}
