package nl.botoc.graph.export;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export}: the whole graph in the seed format as a zip ({@code seed/*.csv} and {@code seed/manifest.json}),
 * for curators (their credential as for mutations) unless {@code botoc.access.export-open}. The dataset version is
 * also in the header {@code X-Dataset-Version} and in the file name.
 */
@RestController
class ExportController {

	private final Exports exports;

	ExportController(Exports exports) {
		this.exports = exports;
	}

	@GetMapping(path = "/export", produces = "application/zip")
	ResponseEntity<byte[]> export() {
		Exports.Export export = this.exports.export();
		String version = export.datasetVersion().id();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"botoc-graph-" + version + ".zip\"")
			.header("X-Dataset-Version", version)
			.body(Exports.zip(export));
	}

}
