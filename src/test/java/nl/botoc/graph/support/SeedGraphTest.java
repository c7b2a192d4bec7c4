package nl.botoc.graph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;

import nl.botoc.graph.system.SchemaMigrations;

/**
 * The whole service on a random port, on its own embedded database holding the real seed (loaded at start-up
 * by the seed loader, as in production, from the packaged copy whatever the environment says), with the
 * statement counter around the driver. Test classes with this annotation (and no other settings) share one
 * context; none of them may leave the seed changed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "botoc.seed.on-startup=true", "botoc.seed.location=classpath:seed/" })
@Import(SeedGraphTest.Counting.class)
public @interface SeedGraphTest {

	/** The statement counter, a fixture helper that only clones (it never replaces the seed), and the HTTP client. */
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

		/** Created when a test asks for it, by which time the server listens on its random port. */
		@Bean
		@Lazy
		GraphQlHttp graphQlHttp(@Value("${local.server.port}") int port) {
			return new GraphQlHttp(port);
		}

	}

}
