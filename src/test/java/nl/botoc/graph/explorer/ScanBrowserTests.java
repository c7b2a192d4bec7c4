package nl.botoc.graph.explorer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.botoc.graph.support.HeadlessChromium;
import nl.botoc.graph.support.SeedBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan page of the explorer ({@code #/scan}) in headless Chromium, offline: typed rows and an uploaded file give
 * the brief the API answers for the same portfolio, a refused file shows the refusal, the brief prints on one A4
 * page and passes axe-core. The screenshot goes to {@code target/explorer-screenshots/scan.png}.
 */
class ScanBrowserTests extends SeedBrowserTest {

	void openScanPage() {
		this.browser.open(url("#/scan"));
		this.browser.script("sessionStorage.clear()");
		this.browser.open(url("#/scan"));
		this.browser.waitFor(Duration.ofSeconds(60),
				(d) -> !d.findElements(By.cssSelector("main[data-ready='scan']")).isEmpty());
	}

	void awaitBrief() {
		this.browser.waitFor(Duration.ofSeconds(60), (d) -> !d.findElements(By.cssSelector("#scan-brief, #scan-error")).isEmpty());
		assertThat(this.browser.driver().findElements(By.id("scan-error"))).as("no refusal").isEmpty();
	}

	@Test
	void typedRowsGiveTheBriefTheApiAnswersAndItPrintsOnOnePage() throws Exception {
		List<Map<String, Object>> rows = List.of(
				Map.of("name", "Straatcoaches in de wijk", "description", "Straatcoaches spreken jongeren op straat aan."),
				Map.of("name", "Begeleiding naar werk", "description", "Jongeren krijgen een werkplek en hulp bij een opleiding."));
		var reply = this.api.query("""
				query($input: PortfolioInput!) { scanPortfolio(input: $input) {
				  interventions { mainTheme { theme { shortLabelNl labelEn } } } factorGaps { factor { id } } } }""",
				Map.of("input", Map.of("interventions", rows)));
		openScanPage();
		List<WebElement> fields = this.browser.driver().findElements(By.cssSelector(".scan-row"));
		for (int i = 0; i < rows.size(); i++) {
			fields.get(i).findElement(By.cssSelector(".scan-name")).sendKeys((String) rows.get(i).get("name"));
			fields.get(i).findElement(By.cssSelector(".scan-description")).sendKeys((String) rows.get(i).get("description"));
		}
		this.browser.driver().findElement(By.id("scan-submit")).click();
		awaitBrief();
		assertThat(texts("#scan-brief tbody th")).hasSize(2);
		List<String> labels = reply.read("$.data.scanPortfolio.interventions[*].mainTheme.theme.labelEn");
		List<String> shown = texts("#scan-brief td.scan-main");
		for (int i = 0; i < labels.size(); i++) {
			assertThat(shown.get(i)).startsWith(labels.get(i));
		}
		// The brief cites the state of the graph it was made on (issue 12's dataset version).
		String version = reply.read("$.extensions.datasetVersion.id");
		assertThat(version).isNotBlank();
		assertThat(texts("#scan-dataset-version")).singleElement().asString().endsWith(" " + version);
		List<String> gaps = reply.read("$.data.scanPortfolio.factorGaps[*].factor.id");
		assertThat(this.browser.driver().findElements(By.cssSelector("#scan-gaps li")).stream()
			.map((e) -> e.getAttribute("data-factor")).toList()).containsExactlyElementsOf(gaps);
		assertThat(this.browser.loadedUrls()).allMatch((u) -> u.startsWith("http://localhost:" + this.port + "/"));
		this.browser.screenshot(ExplorerBrowserTests.SCREENSHOTS.resolve("scan.png"));

		assertThat(this.browser.axeViolations()).as("axe-core WCAG 2 A/AA violations").isEmpty();

		byte[] pdf = this.browser.printA4Landscape();
		assertThat(HeadlessChromium.pages(pdf)).as("pages of the printed brief").isEqualTo(1);
		Files.write(ExplorerBrowserTests.SCREENSHOTS.resolve("scan.pdf"), pdf);
	}

	@Test
	void anUploadedFileGivesTheBriefAndABadOneItsRefusal() throws Exception {
		openScanPage();
		this.browser.driver().findElement(By.id("scan-file"))
			.sendKeys(Path.of("docs/examples/portfolio.csv").toAbsolutePath().toString());
		this.browser.driver().findElement(By.id("scan-upload-submit")).click();
		awaitBrief();
		assertThat(texts("#scan-brief tbody th")).hasSize(8).anyMatch((t) -> t.startsWith("Werkplaats Perspectief"));
		String version = this.api.query("{ about { datasetVersion { id } } }").read("$.data.about.datasetVersion.id");
		assertThat(texts("#scan-dataset-version")).singleElement().asString().endsWith(" " + version);

		Path bad = Files.createTempFile("portfolio", ".csv");
		Files.writeString(bad, "naam;kleur\nA;rood\n", StandardCharsets.UTF_8);
		openScanPage();
		this.browser.driver().findElement(By.id("scan-file")).sendKeys(bad.toString());
		this.browser.driver().findElement(By.id("scan-upload-submit")).click();
		WebElement error = this.browser.waitForElement("#scan-error");
		assertThat(error.getText()).contains("not one of name, description");
		assertThat(this.browser.driver().findElements(By.id("scan-brief"))).isEmpty();
		Files.delete(bad);
	}

}
