package nl.botoc.graph.browser;

import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Serves what the Neo4j Browser fetches from this service: the guide, the GraSS style and the question library.
 * The Browser runs on the embedded database's web server (another origin), so these public, read-only files are sent
 * with CORS headers for any origin.
 */
@Controller
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class NeoBrowserContentController {

	private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

	private static final MediaType PLAIN = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private static final Pattern QUESTION = Pattern.compile("[a-z0-9-]+(?:/[A-Za-z0-9.-]+)?\\.cypher");

	private final BrowserGuide guide;

	private final String style;

	NeoBrowserContentController(BrowserGuide guide) {
		this.guide = guide;
		this.style = BrowserGuide.read("neo4j-browser/botoc.grass").orElseThrow();
	}

	@GetMapping(NeoBrowserSettings.PATH + "/guide.html")
	@ResponseBody
	ResponseEntity<String> guideHtml() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(this.guide.html());
	}

	@GetMapping(NeoBrowserSettings.PATH + "/guide.md")
	@ResponseBody
	ResponseEntity<String> guideMarkdown() {
		return ResponseEntity.ok().contentType(MARKDOWN).body(this.guide.markdown());
	}

	@GetMapping(NeoBrowserSettings.PATH + "/botoc.grass")
	@ResponseBody
	ResponseEntity<String> style() {
		return ResponseEntity.ok().contentType(PLAIN).body(this.style);
	}

	/** A file of {@code cypher/questions/}, e.g. {@code /neo4j-browser/questions/shared-mechanisms.cypher}. */
	@GetMapping(NeoBrowserSettings.PATH + "/questions/{*file}")
	@ResponseBody
	ResponseEntity<String> question(@PathVariable String file) {
		String name = file.startsWith("/") ? file.substring(1) : file;
		if (!QUESTION.matcher(name).matches()) {
			return ResponseEntity.notFound().build();
		}
		return BrowserGuide.read("cypher/questions/" + name)
			.map((cypher) -> ResponseEntity.ok().contentType(PLAIN).body(cypher))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
