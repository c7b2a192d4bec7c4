package nl.botoc.graph.system.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the example documents under {@code graphql-examples/*.graphql} (one per question the API answers), so
 * GraphiQL can open with one tab per example (see {@code graphiql/index.html}) and front-end developers can
 * fetch them. Every feature adds its examples as files; nothing here needs to change.
 */
@RestController
class GraphQlExamplesController {

	private final List<Example> examples;

	GraphQlExamplesController() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:graphql-examples/*.graphql");
		List<Example> found = new ArrayList<>();
		for (Resource resource : Arrays.stream(resources)
			.sorted(Comparator.comparing(Resource::getFilename, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList()) {
			try {
				found.add(new Example(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		this.examples = List.copyOf(found);
	}

	@GetMapping("/graphql-examples")
	List<Example> examples() {
		return this.examples;
	}

	/** One example: its file name and the query document. */
	record Example(String name, String query) {
	}

}
