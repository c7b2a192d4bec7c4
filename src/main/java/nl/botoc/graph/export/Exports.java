package nl.botoc.graph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import nl.botoc.graph.seed.SeedFormat;
import nl.botoc.graph.seed.SeedProperties;
import nl.botoc.graph.system.Sessions;

/**
 * The export of the whole graph in the seed format, with a manifest ({@code manifest.json}) that names the dataset
 * version it was taken at, the hash the seed loader will record for these files, the content hash of what they
 * hold, and the row count and SHA-256 of each file. Everything is read in one read transaction. Labels outside the
 * seed format are listed under {@code notInSeedFormat} (the history, bookkeeping): a backup carries those.
 */
@Component
public class Exports {

	private static final Logger log = LoggerFactory.getLogger(Exports.class);

	static final String MANIFEST = "manifest.json";

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final String VERSION = """
			OPTIONAL MATCH (v:SeedVersion {id: 'seed'})
			CALL () { MATCH (c:Change) RETURN max(c.seq) AS seq }
			RETURN v.hash AS seedHash, coalesce(seq, 0) AS curationSeq
			""";

	private static final String OTHER_LABELS = """
			MATCH (n)
			WHERE NOT any(label IN labels(n) WHERE label IN $seedLabels OR label STARTS WITH '__Neo4jMigration')
			UNWIND labels(n) AS label
			RETURN label, count(*) AS nodes ORDER BY label
			""";

	/** An export: the seed files (name to bytes, in load order) and the manifest. */
	public record Export(Map<String, byte[]> files, Map<String, Object> manifest) {

		public DatasetVersion.Value datasetVersion() {
			@SuppressWarnings("unchecked")
			Map<String, Object> version = (Map<String, Object>) this.manifest.get("datasetVersion");
			return new DatasetVersion.Value((String) version.get("id"), (String) version.get("seedHash"),
					((Number) version.get("curationSeq")).longValue());
		}

		public byte[] manifestJson() {
			return JSON.writeValueAsBytes(this.manifest);
		}

	}

	private final Driver driver;

	private final ResourceLoader resourceLoader;

	private final SeedProperties seed;

	Exports(Driver driver, ResourceLoader resourceLoader, SeedProperties seed) {
		this.driver = driver;
		this.resourceLoader = resourceLoader;
		this.seed = seed;
	}

	/** Exports the graph, rows in the order of the configured seed ({@code botoc.seed.location}). */
	public Export export() {
		Map<String, byte[]> reference = SeedFormat.read(this.resourceLoader, this.seed.location());
		try (var session = this.driver.session(Sessions.reading(this.driver))) {
			return session.executeRead((tx) -> export(tx, reference));
		}
	}

	/** The export inside a transaction of the caller's (a backup adds its history in the same one). */
	static Export export(TransactionContext tx, Map<String, byte[]> reference) {
		Record version = tx.run(VERSION).single();
		DatasetVersion.Value datasetVersion = DatasetVersion.Value.of(version.get("seedHash").asString(null),
				version.get("curationSeq").asLong(0));
		Map<String, byte[]> files = SeedExport.export(tx, reference);
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("datasetVersion", Map.of("id", datasetVersion.id(), "seedHash",
				String.valueOf(datasetVersion.seedHash()), "curationSeq", datasetVersion.curationSeq()));
		manifest.put("exportedAt", Instant.now().toString());
		manifest.put("format", "seed/FORMAT.md");
		manifest.put("filesHash", SeedFormat.hash(files));
		manifest.put("seedContentHash", GraphContentHash.of(tx, GraphContentHash.Scope.SEED));
		Map<String, Object> perFile = new LinkedHashMap<>();
		files.forEach((name, bytes) -> perFile.put(name, Map.of("rows", rows(bytes), "sha256",
				SeedFormat.hash(Map.of(name, bytes)))));
		manifest.put("files", perFile);
		Map<String, Object> other = new LinkedHashMap<>();
		tx.run(OTHER_LABELS, Map.of("seedLabels", seedAndKindLabels()))
			.list()
			.forEach((r) -> other.put(r.get("label").asString(), r.get("nodes").asLong()));
		manifest.put("notInSeedFormat", other);
		return new Export(files, manifest);
	}

	private static List<String> seedAndKindLabels() {
		var labels = new java.util.ArrayList<>(GraphContentHash.SEED_LABELS);
		labels.addAll(List.of("RiskFactor", "ProtectiveFactor"));
		return labels;
	}

	private static long rows(byte[] csv) {
		// Data rows: records after the header. Quoted fields may hold line breaks, so count record ends outside quotes.
		long records = 0;
		boolean quoted = false;
		for (byte b : csv) {
			if (b == '"') {
				quoted = !quoted;
			}
			else if (b == '\n' && !quoted) {
				records++;
			}
		}
		return Math.max(0, records - 1);
	}

	/** Writes the export's files and manifest into a folder (created if needed; files of the same names replaced). */
	public static void writeTo(Export export, Path folder) {
		try {
			Files.createDirectories(folder);
			for (var file : export.files().entrySet()) {
				Files.write(folder.resolve(file.getKey()), file.getValue());
			}
			Files.write(folder.resolve(MANIFEST), export.manifestJson());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the export to " + folder, ex);
		}
		log.info("Exported the graph (dataset version {}) to {}", export.datasetVersion().id(), folder.toAbsolutePath());
	}

	/** The export as one zip: the seed files and the manifest. */
	public static byte[] zip(Export export) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var file : export.files().entrySet()) {
				zip.putNextEntry(new ZipEntry("seed/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("seed/" + MANIFEST));
			zip.write(export.manifestJson());
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
