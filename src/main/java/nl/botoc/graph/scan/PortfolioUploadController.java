package nl.botoc.graph.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.botoc.graph.system.graphql.BadArgumentException;

/**
 * {@code POST /scan}: a portfolio as a CSV or JSON file in the request body ({@code Content-Type: text/csv} or
 * {@code application/json}), answered with the scan the explorer's brief shows. The file is parsed and checked here
 * (4xx with a code for an empty, oversized, badly encoded or wrongly laid out file), then run as the GraphQL query
 * {@code scanPortfolio} through the same handler as {@code POST /graphql}: same limits, one read transaction, and
 * nothing is stored. Only in a servlet web application (the GraphQL web handler exists only there).
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PortfolioUploadController {

	/** Largest file accepted: 50 rows of the longest allowed text, with room for quoting. */
	static final int MAX_BYTES = 256 * 1024;

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private final WebGraphQlHandler graphQl;

	private final PortfolioScanner scanner;

	private final String document;

	PortfolioUploadController(WebGraphQlHandler graphQl, PortfolioScanner scanner) {
		this.graphQl = graphQl;
		this.scanner = scanner;
		try (InputStream in = new ClassPathResource("scan/brief.graphql").getInputStream()) {
			this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping(path = "/scan", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> scan(HttpServletRequest request) throws IOException {
		MediaType type = mediaType(request.getContentType());
		byte[] body = read(request);
		if (body.length == 0) {
			throw new BadArgumentException("EMPTY_PORTFOLIO", "The upload is empty; send a CSV or JSON file");
		}
		String text = PortfolioFiles.utf8(body);
		if (text.isBlank()) {
			throw new BadArgumentException("EMPTY_PORTFOLIO", "The upload is empty; send a CSV or JSON file");
		}
		PortfolioFiles.Parsed parsed = type.isCompatibleWith(MediaType.APPLICATION_JSON) ? PortfolioFiles.json(text)
				: PortfolioFiles.csv(text);
		Portfolio portfolio = PortfolioBounds.check(parsed.owner(), parsed.rows(), this.scanner.themeIds());
		Map<String, Object> input = variables(portfolio);
		Map<String, Object> response = new LinkedHashMap<>(execute(input, request));
		// The portfolio as read from the file, so that a client can import it (importScannedPortfolio) as it was scanned.
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (response.get("extensions") instanceof Map<?, ?> given) {
			given.forEach((k, v) -> extensions.put((String) k, v));
		}
		extensions.put("portfolio", input);
		response.put("extensions", extensions);
		return ResponseEntity.ok(response);
	}

	private Map<String, Object> execute(Map<String, Object> input, HttpServletRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", this.document);
		body.put("variables", Map.of("input", input));
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(URI.create(request.getRequestURL().toString()),
				new HttpHeaders(), null, Map.of(), body, UUID.randomUUID().toString(), Locale.ROOT);
		WebGraphQlResponse response = this.graphQl.handleRequest(graphQlRequest).block(Duration.ofSeconds(60));
		return (response == null) ? Map.of("errors", List.of(Map.of("message", "No answer"))) : response.toMap();
	}

	private static Map<String, Object> variables(Portfolio portfolio) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("owner", portfolio.owner());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Portfolio.Row row : portfolio.rows()) {
			Map<String, Object> r = new LinkedHashMap<>();
			r.put("name", row.name());
			r.put("description", row.description());
			r.put("approach", row.approach());
			r.put("status", row.status());
			r.put("themes", row.themes().isEmpty() ? null : row.themes());
			rows.add(r);
		}
		input.put("interventions", rows);
		return input;
	}

	private static MediaType mediaType(String contentType) {
		MediaType type;
		try {
			type = (contentType == null) ? null : MediaType.parseMediaType(contentType);
		}
		catch (RuntimeException ex) {
			type = null;
		}
		if (type == null || !(type.isCompatibleWith(CSV) || type.isCompatibleWith(MediaType.APPLICATION_JSON)
				|| type.isCompatibleWith(MediaType.TEXT_PLAIN))) {
			throw new UploadException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"Send the portfolio as text/csv or application/json");
		}
		if (type.getCharset() != null && !type.getCharset().equals(StandardCharsets.UTF_8)) {
			throw new BadArgumentException("INVALID_ENCODING", "Only UTF-8 files are accepted (charset=utf-8)");
		}
		return type;
	}

	/** The body, refusing at once what is larger than {@link #MAX_BYTES} (without reading it all first). */
	private static byte[] read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw tooLarge();
			}
			return bytes;
		}
	}

	private static UploadException tooLarge() {
		return new UploadException(HttpStatus.CONTENT_TOO_LARGE, "PORTFOLIO_TOO_LARGE",
				"The file is larger than " + (MAX_BYTES / 1024) + " KB; a scan takes at most "
						+ PortfolioBounds.MAX_ROWS + " interventions");
	}

	@ExceptionHandler(BadArgumentException.class)
	ResponseEntity<Map<String, Object>> badArgument(BadArgumentException ex) {
		HttpStatus status = ex.code().equals("PORTFOLIO_TOO_LARGE") ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		return error(status, ex.code(), ex.getMessage());
	}

	@ExceptionHandler(UploadException.class)
	ResponseEntity<Map<String, Object>> upload(UploadException ex) {
		return error(ex.status, ex.code, ex.getMessage());
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code)))));
	}

	/** An upload refused with its own HTTP status. */
	static final class UploadException extends RuntimeException {

		private final HttpStatus status;

		private final String code;

		UploadException(HttpStatus status, String code, String message) {
			super(message);
			this.status = status;
			this.code = code;
		}

	}

}
