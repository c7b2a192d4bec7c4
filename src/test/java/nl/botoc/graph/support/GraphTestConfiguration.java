package nl.botoc.graph.support;

import org.neo4j.driver.Driver;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import nl.botoc.graph.system.SchemaMigrations;

/**
 * The statement counter around the driver, and the fixture graph loaded into the test database. Use with
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

}
