package nl.botoc.graph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download: Selenium Manager is bypassed
 * by naming both executables). {@link #startOrSkip()} skips the calling test, saying why, where either is missing.
 */
final class ChromiumBrowser implements AutoCloseable {

	private final WebDriver driver;

	private final Path profile;

	private ChromiumBrowser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static ChromiumBrowser startOrSkip() {
		Optional<Path> chromium = executable("chromium");
		Optional<Path> chromedriver = executable("chromedriver");
		Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
				"Skipped: the Browser test needs Debian's chromium and chromedriver on the PATH "
						+ "(apt-get install chromium chromium-driver; .ci/run installs them)");
		try {
			Path profile = Files.createTempDirectory("botoc-chromium-");
			var options = new ChromeOptions();
			options.setBinary(chromium.get().toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1600,1000", "--user-data-dir=" + profile);
			var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile())
				.withTimeout(Duration.ofMinutes(1))
				.build();
			return new ChromiumBrowser(new ChromeDriver(service, options), profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	/** Saves what the browser shows as a PNG. */
	Path screenshot(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

	private static Optional<Path> executable(String name) {
		String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin";
		return Stream.of(path.split(":"))
			.filter((dir) -> !dir.isBlank())
			.map((dir) -> Path.of(dir, name))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
