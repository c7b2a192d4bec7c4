package nl.botoc.graph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.neo4j.driver.Driver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import nl.botoc.graph.system.SchemaMigrations;

/**
 * The whole service on a random port, on its own embedded database holding the real seed (loaded at start-up
 * by the seed loader, as in production), with the statement counter around the driver.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SeedGraphTest.Counting.class)
public @interface SeedGraphTest {

	/** The statement counter, and a fixture helper that only clones (it never replaces the seed). */
	@TestConfiguration(proxyBeanMethods = false)
	class Counting {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		GraphFixture graphCloner(Driver driver, SchemaMigrations migrations) {
			return new GraphFixture(driver, migrations);
		}

	}

}
