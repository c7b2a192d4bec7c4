package nl.botoc.graph.explorer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.botoc.graph.support.SeedBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL at {@code /graphiql} renders and runs an example in a headless Chromium that can reach nothing but the
 * service: its React, GraphiQL, CSS and Monaco editor workers all come from the jar.
 */
class GraphiQlOfflineBrowserTests extends SeedBrowserTest {

	@Test
	void rendersWithTheExampleTabsAndRunsTheFirstExampleOffline() {
		List<Map<String, String>> examples = this.api.send("GET", "/graphql-examples", null, null, "application/json").read("$");
		// Notes when GraphiQL's editor first shows, measured in the page from navigation start.
		this.browser.devTools("Page.enable", Map.of());
		this.browser.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				new MutationObserver((_, observer) => {
				  if (document.querySelector('.graphiql-query-editor .monaco-editor')) {
				    window.__graphiqlRendered = performance.now(); observer.disconnect();
				  }
				}).observe(document, { childList: true, subtree: true });"""));
		this.browser.open(url("graphiql"));
		this.browser.waitForElement(".graphiql-query-editor .monaco-editor");
		this.browser.waitFor(Duration.ofSeconds(20), (d) -> d.findElements(By.cssSelector(".graphiql-tab")).size() == examples.size());
		double millis = ((Number) this.browser.script("return window.__graphiqlRendered")).doubleValue();
		System.out.printf("GraphiQL, time to first render (navigation start to query editor): %.0f ms%n", millis);
		this.browser.screenshot(ExplorerBrowserTests.SCREENSHOTS.resolve("graphiql.png"));

		// The first tab holds the first example; run it and find the API's own answer in the result pane.
		String expected = this.api.query(examples.get(0).get("query")).read("$.data.municipality.name");
		this.browser.driver().findElement(By.cssSelector(".graphiql-execute-button")).click();
		this.browser.waitFor(Duration.ofSeconds(20), (d) -> d.findElement(By.cssSelector(".result-window")).getText().contains("\"data\""));
		String result = this.browser.driver().findElement(By.cssSelector(".result-window")).getText();
		assertThat(result).contains("\"name\": \"" + expected + "\"").doesNotContain("\"errors\"");
		this.browser.screenshot(ExplorerBrowserTests.SCREENSHOTS.resolve("graphiql-result.png"));

		assertThat(this.browser.loadedUrls()).allMatch((u) -> u.startsWith("http://localhost:" + this.port + "/"));
		// Monaco's workers were bundled: it did not fall back to running them on the page's thread.
		assertThat(this.browser.console()).noneMatch((line) -> line.contains("Could not create web worker"));
	}

}
