package nl.botoc.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests: Debian's {@code /usr/bin/chromium} driven through its
 * {@code /usr/bin/chromedriver} (no driver download), with a fresh profile per session. Offline sessions can reach
 * only the loopback interface (every other host fails to resolve and goes to a dead proxy), which is how the tests
 * prove that a page needs no internet. Tests call {@link #assumeInstalled()} first, so that they skip, saying why,
 * where Chromium is missing ({@code .ci/run} installs it).
 */
public final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("botoc.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("botoc.test.chromedriver", "/usr/bin/chromedriver"));

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Skips the calling test (or class) with a clear message when Chromium or chromedriver is not installed. */
	public static void assumeInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
						+ " are needed (apt-get install chromium chromium-driver; .ci/run does this)");
	}

	/** A new browser whose network ends at the loopback interface. */
	public static HeadlessChromium startOffline() {
		return start(1366, 900,
				// Offline: nothing but loopback resolves, and anything else would go to a proxy that is not there.
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
				"--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=localhost;127.0.0.1");
	}

	/** A new browser with the machine's network, for pages that are not ours (the Neo4j Browser). */
	public static HeadlessChromium startOnline(int width, int height) {
		return start(width, height);
	}

	private static HeadlessChromium start(int width, int height, String... network) {
		try {
			Path profile = Files.createTempDirectory("botoc-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
					"--lang=en-GB", "--force-device-scale-factor=1");
			options.addArguments(network);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.withTimeout(Duration.ofMinutes(1))
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(new Dimension(width, height));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			return new HeadlessChromium(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** Opens a page afresh (through about:blank, so that a change of only the #fragment loads it again). */
	public void open(String url) {
		this.driver.get("about:blank");
		this.driver.get(url);
	}

	public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, timeout).until(condition);
	}

	public WebElement waitForElement(String css) {
		return waitFor(Duration.ofSeconds(20), (d) -> {
			List<WebElement> found = d.findElements(By.cssSelector(css));
			return found.isEmpty() ? null : found.get(0);
		});
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... args) {
		return (T) this.driver.executeScript(script, args);
	}

	@SuppressWarnings("unchecked")
	public <T> T asyncScript(String script, Object... args) {
		return (T) this.driver.executeAsyncScript(script, args);
	}

	/** Runs a Chrome DevTools Protocol command. */
	public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
		return this.driver.executeCdpCommand(command, parameters);
	}

	/** Saves the page as a PNG, beyond the window down to at most 1600 pixels (directories created). */
	@SuppressWarnings("unchecked")
	public Path screenshot(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Map<String, Object> size = (Map<String, Object>) devTools("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
			double width = ((Number) size.get("width")).doubleValue();
			double height = Math.min(1600, ((Number) size.get("height")).doubleValue());
			Map<String, Object> shot = devTools("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
					"clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
			Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every URL the current page loaded (Resource Timing), the page itself included. */
	public List<String> loadedUrls() {
		return script("return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)];");
	}

	/** Runs axe-core's WCAG 2 A/AA rules on the current page: one entry per violation, with up to three of its places. */
	public List<Map<String, Object>> axeViolations() {
		try {
			script(Files.readString(Path.of("frontend/node_modules/axe-core/axe.min.js")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))));
				""");
	}

	/** Prints the current page as a landscape A4 PDF, as the browser's print dialog would. */
	public byte[] printA4Landscape() {
		PrintOptions a4 = new PrintOptions();
		a4.setPageSize(new PageSize(29.7, 21.0));
		return Base64.getDecoder().decode(this.driver.print(a4).getContent());
	}

	/** The number of pages of a PDF (its page objects). */
	public static int pages(byte[] pdf) {
		Matcher matcher = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
		int pages = 0;
		while (matcher.find()) {
			pages++;
		}
		return pages;
	}

	/** The browser console so far, one line per message. */
	public List<String> console() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map((entry) -> entry.getLevel() + " " + entry.getMessage())
			.toList();
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
			catch (IOException ex) {
				// a leftover temporary profile is harmless
			}
		}
	}

}
