package nl.botoc.graph.system.graphql;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL opens with the example documents, and every example is a valid query of the schema. */
@GraphApiTest
class GraphiQlExamplesTests {

	@Autowired
	GraphQlHttp http;

	@Test
	void servesGraphiQlFromTheJarWithoutAnyCdn() {
		var page = this.http.send("GET", "/graphiql?path=/graphql", null, null, "text/html");
		assertThat(page.status()).isEqualTo(200);
		// The built page (frontend/, Vite) loads its bundle from the service; no URL points elsewhere.
		assertThat(page.body()).containsPattern("<script type=\"module\"[^>]* src=\"/assets/graphiql-[^\"]+\\.js\"")
			.doesNotContainPattern("(src|href)=\"(https?:)?//");
		String script = page.body().replaceAll("(?s).*src=\"(/assets/graphiql-[^\"]+\\.js)\".*", "$1");
		var bundle = this.http.send("GET", script, null, null, "*/*");
		assertThat(bundle.status()).isEqualTo(200);
		assertThat(bundle.body()).contains("/graphql-examples").contains("defaultTabs");
	}

	@Test
	void servesTheExampleDocuments() {
		var reply = this.http.send("GET", "/graphql-examples", null, null, "application/json");
		List<String> names = reply.read("$[*].name");
		assertThat(names).contains("01-municipality-interventions.graphql", "06-search.graphql");
	}

	@Test
	void everyExampleIsAValidQueryOfTheSchema() {
		var reply = this.http.send("GET", "/graphql-examples", null, null, "application/json");
		List<Map<String, String>> examples = reply.read("$");
		assertThat(examples).isNotEmpty();
		for (Map<String, String> example : examples) {
			var result = this.http.query(example.get("query"));
			assertThat(result.errors()).as(example.get("name"))
				.noneMatch((error) -> String.valueOf(error.get("extensions")).contains("ValidationError")
						|| String.valueOf(error.get("extensions")).contains("InvalidSyntax"));
			assertThat(result.json().read("$", Map.class)).as(example.get("name")).containsKey("data");
		}
	}

}
