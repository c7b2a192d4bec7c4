package nl.botoc.graph.system;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines printed at start-up point to what the README's table lists, as configured: the explorer and the export
 * too, no GraphiQL or schema page in production mode (they are switched off there), and the embedded Neo4j's
 * authentication as it is.
 */
class StartupSummaryTests {

	private static String summary(MockEnvironment environment, boolean embedded) {
		var beans = new DefaultListableBeanFactory();
		if (embedded) {
			beans.registerSingleton("ports", new EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts("127.0.0.1", 27687, 27474));
		}
		Neo4jConnectionDetails external = new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return URI.create("neo4j+s://db.example.org");
			}
		};
		return new StartupSummary(environment.withProperty("local.server.port", "28080"),
				beans.getBeanProvider(EmbeddedNeo4jConfiguration.EmbeddedNeo4jPorts.class), external)
			.text();
	}

	@Test
	void listsTheExplorerAndEveryPageOfTheReadmeTable() {
		String text = summary(new MockEnvironment(), true);
		assertThat(text).contains("botoc-graph is ready")
			.contains("Explorer         : http://localhost:28080/\n")
			.contains("http://localhost:28080/graphql\n")
			.contains("http://localhost:28080/graphiql\n")
			.contains("http://localhost:28080/graphql/schema\n")
			.contains("http://localhost:28080/actuator/health\n")
			.contains("http://localhost:28080/export  (curators)\n")
			.contains("bolt://127.0.0.1:27687  (no authentication)")
			.contains("http://127.0.0.1:27474/browser/");
	}

	@Test
	void productionModeAuthenticationAndAnOpenExportAreShownAsConfigured() {
		String text = summary(new MockEnvironment().withProperty("botoc.api.production", "true")
			.withProperty("botoc.embedded.auth-enabled", "true")
			.withProperty("botoc.access.export-open", "true"), true);
		assertThat(text).doesNotContain("/graphiql").doesNotContain("/graphql/schema")
			.doesNotContain("no authentication")
			.contains("bolt://127.0.0.1:27687  (user neo4j")
			.contains("http://localhost:28080/export\n");
	}

	@Test
	void anExternalDatabaseIsNamed() {
		assertThat(summary(new MockEnvironment(), false)).contains("Neo4j (external) : neo4j+s://db.example.org")
			.doesNotContain("Neo4j Browser");
	}

}
