package nl.botoc.graph.support;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seeded service ({@link SeedGraphTest}, so every subclass shares its context) and one offline
 * {@link HeadlessChromium} per test class, started before the subclass's own {@code @BeforeAll} methods run; the
 * class is skipped, saying why, where Chromium is not installed.
 */
@SeedGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SeedBrowserTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected GraphQlHttp api;

	protected HeadlessChromium browser;

	@BeforeAll
	void startBrowser() {
		HeadlessChromium.assumeInstalled();
		this.browser = HeadlessChromium.startOffline();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	/** The address of a page of the service, e.g. {@code url("#/scan")}. */
	protected String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	protected List<String> texts(String css) {
		return this.browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	protected List<String> attributes(String css, String attribute) {
		return this.browser.driver().findElements(By.cssSelector(css)).stream().map((e) -> e.getAttribute(attribute)).toList();
	}

}
