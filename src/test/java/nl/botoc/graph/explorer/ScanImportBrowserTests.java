package nl.botoc.graph.explorer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan page's import control in headless Chromium, offline, in a context of its own (it changes the graph): hidden
 * until a key is typed; a reader's key gets the refusal and writes nothing; a curator's key imports the portfolio
 * as it was scanned and links the new municipality; the key is kept nowhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"botoc.seed.on-startup=true", "botoc.seed.location=classpath:seed/", "botoc.test.context=scan-import-browser" })
class ScanImportBrowserTests {

	@LocalServerPort
	int port;

	HeadlessChromium browser;

	@Test
	void aCuratorKeyImportsTheScannedPortfolioAndAReaderKeyIsRefused() {
		HeadlessChromium.assumeInstalled();
		try (HeadlessChromium chromium = HeadlessChromium.startOffline()) {
			this.browser = chromium;
			importThroughThePage();
		}
	}

	private void importThroughThePage() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		List<Map<String, Object>> rows = List.of(
				Map.of("name", "Straatcoaches in de wijk", "description", "Straatcoaches spreken jongeren op straat aan."),
				Map.of("name", "Begeleiding naar werk", "description", "Jongeren krijgen een werkplek en hulp bij een opleiding."));
		var scan = api.query("query($input: PortfolioInput!) { scanPortfolio(input: $input) { interventions { mainTheme { theme { id } } } } }",
				Map.of("input", Map.of("interventions", rows)));
		this.browser.open("http://localhost:" + this.port + "/#/scan");
		this.browser.script("sessionStorage.clear()");
		this.browser.open("http://localhost:" + this.port + "/#/scan");
		this.browser.waitFor(Duration.ofSeconds(60), (d) -> !d.findElements(By.cssSelector("main[data-ready='scan']")).isEmpty());
		this.browser.driver().findElement(By.id("scan-owner")).sendKeys("Gemeente Testdorp");
		List<WebElement> fields = this.browser.driver().findElements(By.cssSelector(".scan-row"));
		for (int i = 0; i < rows.size(); i++) {
			fields.get(i).findElement(By.cssSelector(".scan-name")).sendKeys((String) rows.get(i).get("name"));
			fields.get(i).findElement(By.cssSelector(".scan-description")).sendKeys((String) rows.get(i).get("description"));
		}
		this.browser.driver().findElement(By.id("scan-submit")).click();
		this.browser.waitForElement("#scan-brief");

		WebElement submit = this.browser.driver().findElement(By.id("scan-import-submit"));
		this.browser.driver().findElement(By.cssSelector("#scan-import summary")).click();
		assertThat(submit.isDisplayed()).as("no import button without a key").isFalse();
		WebElement key = this.browser.driver().findElement(By.id("scan-import-key"));
		assertThat(key.getAttribute("type")).isEqualTo("password");
		assertThat(this.browser.driver().findElement(By.id("scan-import-id")).getAttribute("value")).isEqualTo("mun:testdorp");

		key.sendKeys("test-reader-key");
		assertThat(submit.isDisplayed()).isTrue();
		submit.click();
		WebElement refused = this.browser.waitForElement("#scan-import-errors");
		assertThat(refused.getText()).contains("FORBIDDEN");
		assertThat(api.query("{ municipality(id: \"mun:testdorp\") { id } }").<Object>read("$.data.municipality")).isNull();

		key.sendKeys("test-curator-key");
		submit.click();
		WebElement imported = this.browser.waitForElement("#scan-import-result");
		assertThat(imported.getText()).contains("Gemeente Testdorp").contains("2");
		assertThat(imported.findElement(By.tagName("a")).getAttribute("href")).endsWith("#/municipality/mun%3Atestdorp");
		assertThat(key.getAttribute("value")).as("the key field is cleared").isEmpty();
		String kept = this.browser.script("return JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + document.cookie");
		assertThat(kept).doesNotContain("test-curator-key").doesNotContain("test-reader-key");

		var read = api.query("{ municipality(id: \"mun:testdorp\") { interventions { code name mainTheme { id } provenance { basis } } } }");
		assertThat(read.<List<String>>read("$.data.municipality.interventions[*].name"))
			.containsExactlyInAnyOrder("Straatcoaches in de wijk", "Begeleiding naar werk");
		assertThat(read.<List<String>>read("$.data.municipality.interventions[*].provenance.basis")).containsOnly("INFERRED");
		assertThat(read.<List<String>>read("$.data.municipality.interventions[?(@.code == 'TES1')].mainTheme.id"))
			.containsExactly(scan.<String>read("$.data.scanPortfolio.interventions[0].mainTheme.theme.id"));

		imported.findElement(By.tagName("a")).click();
		this.browser.waitFor(Duration.ofSeconds(60), (d) -> !d.findElements(By.cssSelector("main[data-ready='municipality']")).isEmpty());
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText()).contains("Straatcoaches in de wijk");
		assertThat(this.browser.loadedUrls()).allMatch((u) -> u.startsWith("http://localhost:" + this.port + "/"));
	}

}
