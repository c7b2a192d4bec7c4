package nl.botoc.graph.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads the question files of {@code cypher/questions/} from the classpath (the build copies {@code cypher/} into
 * the jar), so the service runs exactly the Cypher a researcher runs in the Browser. The {@code // :param} header
 * lines are comments and need no stripping.
 */
@Component
class CypherQuestions {

	static final String LOCATION = "cypher/questions/";

	private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

	/** The question {@code name} ({@code cypher/questions/<name>.cypher}); fails when it is missing. */
	String get(String name) {
		return find(name).orElseThrow(() -> new IllegalStateException("Missing Cypher question " + LOCATION + name + ".cypher"));
	}

	/** The question {@code name}, or empty when there is no such file. */
	Optional<String> find(String name) {
		return this.cache.computeIfAbsent(name, CypherQuestions::read);
	}

	private static Optional<String> read(String name) {
		var resource = new ClassPathResource(LOCATION + name + ".cypher");
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (var in = resource.getInputStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
