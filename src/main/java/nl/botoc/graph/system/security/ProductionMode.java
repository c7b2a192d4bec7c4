package nl.botoc.graph.system.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code botoc.api.production=true} switches off, in one setting, what helps developers but tells an attacker the
 * whole schema: introspection, GraphiQL ({@code /graphiql}) and the printed schema ({@code /graphql/schema}). It
 * takes precedence over the three Spring for GraphQL settings it sets. The explorer at {@code /} does not need them.
 */
class ProductionMode implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "botocProductionMode";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("botoc.api.production", Boolean.class, false)) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource(SOURCE_NAME,
					Map.of("spring.graphql.schema.introspection.enabled", "false", "spring.graphql.graphiql.enabled",
							"false", "spring.graphql.schema.printer.enabled", "false")));
	}

}
