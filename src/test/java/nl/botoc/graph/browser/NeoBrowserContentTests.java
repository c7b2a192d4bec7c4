package nl.botoc.graph.browser;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.SeedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The service serves the guide, the style and the question library to the Browser, across origins. */
@SeedGraphTest
class NeoBrowserContentTests {

	private static final String BROWSER_ORIGIN = "http://127.0.0.1:7474";

	@Autowired
	GraphQlHttp http;

	@Test
	void theGuideIsServedAsHtmlSlidesToTheBrowsersOrigin() {
		var reply = get("/neo4j-browser/guide.html");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("text/html");
		assertThat(reply.headers().get("Access-Control-Allow-Origin")).containsExactly("*");
		assertThat(reply.body()).contains("<slide ", "<pre class=\"runnable\">");
	}

	@Test
	void theGuideIsServedAsMarkdownSlidesToo() {
		var reply = get("/neo4j-browser/guide.md");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).contains("\n---\n", "```cypher").doesNotContain("include::");
	}

	@Test
	void theStyleIsServed() {
		var reply = get("/neo4j-browser/botoc.grass");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.headers().get("Access-Control-Allow-Origin")).containsExactly("*");
		assertThat(reply.body()).contains("node.Intervention {");
	}

	@Test
	void questionFilesAreServedAsTheyAreAndNothingElse() {
		var reply = get("/neo4j-browser/questions/shared-mechanisms.cypher");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).isEqualTo(QuestionLibrary.text("shared-mechanisms.cypher"));
		assertThat(get("/neo4j-browser/questions/audit/factors.count.cypher").status()).isEqualTo(200);
		assertThat(get("/neo4j-browser/questions/no-such-question.cypher").status()).isEqualTo(404);
		assertThat(get("/neo4j-browser/questions/..%2F..%2Fapplication.properties").status()).isIn(400, 404);
		assertThat(get("/neo4j-browser/questions/../seed/01_sources.cypher").status()).isIn(400, 404);
	}

	private GraphQlHttp.Reply get(String path) {
		return this.http.send(HttpRequest.newBuilder(this.http.uri(path)).header("Origin", BROWSER_ORIGIN).GET().build());
	}

}
