package nl.botoc.graph.system;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before any bean exists, whether this process talks to an external Neo4j or starts its own.
 * <p>
 * {@code NEO4J_URI}, {@code NEO4J_USERNAME} and {@code NEO4J_PASSWORD} (the names Neo4j's own tools use)
 * are mapped onto Boot's {@code spring.neo4j.*} properties, and {@code botoc.embedded.enabled} defaults to
 * false as soon as an external URI is known. An explicit {@code botoc.embedded.enabled} always wins.
 */
class ExternalNeo4jEnvironment implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "botocExternalNeo4j";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> mapped = new HashMap<>();
		String envUri = environment.getProperty("NEO4J_URI");
		if (hasText(envUri) && !environment.containsProperty("spring.neo4j.uri")) {
			mapped.put("spring.neo4j.uri", envUri);
			copy(environment, "NEO4J_USERNAME", "spring.neo4j.authentication.username", mapped);
			copy(environment, "NEO4J_PASSWORD", "spring.neo4j.authentication.password", mapped);
		}
		boolean external = hasText(envUri) || hasText(environment.getProperty("spring.neo4j.uri"));
		if (!environment.containsProperty("botoc.embedded.enabled")) {
			mapped.put("botoc.embedded.enabled", String.valueOf(!external));
		}
		// Lowest precedence: anything the user set explicitly overrides these defaults.
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, mapped));
	}

	private static void copy(ConfigurableEnvironment environment, String from, String to, Map<String, Object> into) {
		String value = environment.getProperty(from);
		if (hasText(value) && !environment.containsProperty(to)) {
			into.put(to, value);
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
