package nl.botoc.graph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Neo4j Browser guide about this dataset. Its source, {@code neo4j-browser/guide.md}, is Markdown in the Browser 5
 * slide format (slides split on a {@code ---} line, {@code ```cypher} blocks runnable) whose query blocks pull the
 * question files in with AsciiDoc's include line ({@code include::cypher/questions/<name>.cypher[]}), so the slides
 * always run the library's Cypher, and the source converts to AsciiDoc (the new Browser's guide format) with the
 * includes intact. Served as Markdown ({@code :play …/guide.md}) and as HTML {@code <slide>}s ({@code :play} and
 * {@code :guide …/guide.html}), where each Cypher block is a {@code pre.runnable}.
 */
@Component
class BrowserGuide {

	static final String SOURCE = "neo4j-browser/guide.md";

	/** An include line; only files of the question library may be pulled in. */
	private static final Pattern INCLUDE = Pattern.compile("(?m)^include::(cypher/questions/[a-z0-9-]+(?:/[A-Za-z0-9.-]+)?\\.cypher)\\[\\]$");

	private static final Pattern SLIDE_BREAK = Pattern.compile("\\r?\\n---\\r?\\n");

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
			if ("pre".equals(tagName) && node instanceof FencedCodeBlock code && "cypher".equals(code.getInfo())) {
				attributes.put("class", "runnable");
			}
		})
		.build();

	private final String markdown;

	private final String html;

	BrowserGuide() {
		this.markdown = expandIncludes(read(SOURCE).orElseThrow(() -> new IllegalStateException("Missing " + SOURCE)));
		this.html = toSlides(this.markdown);
	}

	/** The guide as Markdown slides, includes expanded. */
	String markdown() {
		return this.markdown;
	}

	/** The guide as an HTML page of {@code <slide>}s. */
	String html() {
		return this.html;
	}

	/** The question files the guide includes, in slide order. */
	static List<String> includedFiles(String source) {
		List<String> files = new ArrayList<>();
		Matcher matcher = INCLUDE.matcher(source);
		while (matcher.find()) {
			files.add(matcher.group(1));
		}
		return files;
	}

	static String source() {
		return read(SOURCE).orElseThrow();
	}

	private static String expandIncludes(String source) {
		Matcher matcher = INCLUDE.matcher(source);
		var expanded = new StringBuilder();
		while (matcher.find()) {
			String file = matcher.group(1);
			String cypher = read(file).orElseThrow(() -> new IllegalStateException(SOURCE + " includes missing " + file));
			matcher.appendReplacement(expanded, Matcher.quoteReplacement(cypher.strip()));
		}
		matcher.appendTail(expanded);
		return expanded.toString();
	}

	private String toSlides(String markdown) {
		var page = new StringBuilder("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
		for (String slide : SLIDE_BREAK.split(markdown)) {
			page.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n")
				.append(this.renderer.render(this.parser.parse(slide)))
				.append("</div>\n</slide>\n");
		}
		return page.append("</carousel>\n</article>\n").toString();
	}

	static Optional<String> read(String path) {
		var resource = new ClassPathResource(path);
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (var in = resource.getInputStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

}
