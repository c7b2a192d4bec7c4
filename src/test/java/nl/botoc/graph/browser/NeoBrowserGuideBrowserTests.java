package nl.botoc.graph.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import nl.botoc.graph.support.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user's first minutes, in a real headless Chromium: the link the start-up log prints opens the Neo4j Browser
 * of the embedded default with the connect form filled in; after connecting the Browser shows our guide and loads our
 * style; the guide's first query draws nodes with our captions and colours. Saves a screenshot under target/.
 */
class NeoBrowserGuideBrowserTests extends EmbeddedDefaultServiceTest {

	@Autowired
	Neo4jConnectionDetails connection;

	@Autowired
	DatabaseManagementService database;

	@Autowired
	Driver driver;

	@Test
	void theDatabaseTellsTheBrowserToOpenOnOurStyleAndGuide() {
		var config = this.driver.executableQuery("CALL dbms.clientConfig() YIELD name, value RETURN name, value")
			.execute()
			.records();
		assertThat(config).anySatisfy((row) -> {
			assertThat(row.get("name").asString()).isEqualTo("browser.post_connect_cmd");
			assertThat(row.get("value").asString()).isEqualTo("style http://localhost:" + SERVER_PORT
					+ "/neo4j-browser/botoc.grass; play http://localhost:" + SERVER_PORT + "/neo4j-browser/guide.html");
		});
		assertThat(config).anySatisfy((row) -> {
			assertThat(row.get("name").asString()).isEqualTo("browser.remote_content_hostname_whitelist");
			assertThat(row.get("value").asString()).isEqualTo("localhost,127.0.0.1");
		});
	}

	@Test
	void theBrowserConnectsShowsOurGuideAndDrawsItsFirstQueryWithOurCaptions() {
		HeadlessChromium.assumeInstalled();
		try (HeadlessChromium chromium = HeadlessChromium.startOnline(1600, 1000)) {
			WebDriver page = chromium.driver();
			var wait = new WebDriverWait(page, Duration.ofSeconds(90));
			try {
				page.get(NeoBrowserSettings.connectUri(browserUri(), this.connection.getUri()).toString());

				// The connect form comes filled in from the link: our Bolt URL and "No authentication".
				WebElement address = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='boltaddress']")));
				assertThat(address.getDomProperty("value")).contains("127.0.0.1:" + this.connection.getUri().getPort());
				assertThat(page.findElement(By.cssSelector("[data-testid='authenticationMethod']")).getDomProperty("value"))
					.isEqualTo("NO_AUTH");
				// With "No authentication" preselected the Browser connects by itself; click only if it did not.
				page.findElements(By.cssSelector("[data-testid='connect']")).forEach(WebElement::click);

				// After connecting, the Browser runs our post-connect commands: the guide appears.
				WebElement firstRunnable = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("pre.runnable")));
				assertThat(page.findElement(By.tagName("body")).getText())
					.contains("botoc-graph: the evidence behind youth-crime prevention");
				assertThat(firstRunnable.getText()).contains("MATCH p = (:Municipality)-[:RUNS]->(:Intervention)");

				// Its first query goes into the editor with one click, and runs.
				firstRunnable.click();
				wait.until((d) -> editorText(d).contains("(:Municipality)-[:RUNS]->"));
				page.findElement(By.cssSelector("[data-testid='editor-Run']")).click();

				// Nodes are drawn with our captions and colours (from botoc.grass).
				wait.until((d) -> captions(d).contains("Amsterdam"));
				List<String> captions = captions(page);
				assertThat(captions).contains("Amsterdam", "Rotterdam");
				assertThat(captions).anyMatch((caption) -> caption.matches("AMS\\d+.*"));
				assertThat(captions).doesNotContain("Algemeen", "Jongeren");
				assertThat(fills(page)).contains("#4C8EDA", "#F79767", "#8DCC93");
			}
			finally {
				chromium.screenshot(Path.of("target", "neo4j-browser-guide.png"));
			}
		}
	}

	private static String editorText(WebDriver page) {
		Object text = ((JavascriptExecutor) page).executeScript(
				"const e = document.querySelector('[data-testid=\"activeEditor\"]'); return e ? e.innerText : '';");
		return (text != null) ? text.toString().replace('\u00a0', ' ') : "";
	}

	@SuppressWarnings("unchecked")
	private static List<String> captions(WebDriver page) {
		return (List<String>) ((JavascriptExecutor) page).executeScript(
				"return Array.from(document.querySelectorAll('svg g.node text')).map(t => t.textContent.trim());");
	}

	@SuppressWarnings("unchecked")
	private static List<String> fills(WebDriver page) {
		return (List<String>) ((JavascriptExecutor) page).executeScript(
				"return Array.from(document.querySelectorAll('svg g.node circle')).map(c => (c.getAttribute('fill') || '').toUpperCase());");
	}

	private URI browserUri() {
		var api = (GraphDatabaseAPI) this.database.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		int port = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.HTTP).getPort();
		return URI.create("http://127.0.0.1:" + port + "/browser/");
	}

}
