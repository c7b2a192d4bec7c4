package nl.botoc.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.botoc.graph.seed.SeedFormat;
import nl.botoc.graph.seed.SeedProperties;
import nl.botoc.graph.system.Sessions;
import nl.botoc.graph.system.writes.ServiceWrites;

/**
 * Backups, because Neo4j Community has no online backup and, once curators write, the database is the system of
 * record. A backup is a folder {@code backup-<UTC time>-<dataset version>} with the export in the seed format (for
 * people and code review), {@code history.jsonl} (every {@code Change}, all properties, in {@code seq} order) and
 * {@code graph.jsonl}: every node and relationship with all labels, types and properties (typed, see
 * {@link PropertyJson}), which is what a restore loads. All of it is read in one read transaction, written to a
 * {@code .partial} folder and renamed when complete, so a folder named {@code backup-…} is always whole.
 * <p>
 * Scheduled every {@code botoc.backup.interval} into {@code botoc.backup.directory} (when set), keeping the newest
 * {@code botoc.backup.keep}. A restore loads a backup into an empty graph in one write transaction and checks, before
 * it commits, that the graph's content hash is the one the backup recorded: a restore is whole and exact or nothing.
 */
@Component
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	static final String GRAPH = "graph.jsonl";

	static final String HISTORY = "history.jsonl";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Everything but Neo4j-Migrations' bookkeeping, which the service's start-up writes itself. */
	private static final String NODES = """
			MATCH (n)
			WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
			RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
			ORDER BY id
			""";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			WHERE NOT any(label IN labels(a) + labels(b) WHERE label STARTS WITH '__Neo4jMigration')
			RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS properties
			ORDER BY start, end, type
			""";

	private static final String HISTORY_READ = """
			MATCH (c:Change)
			RETURN properties(c) AS properties
			ORDER BY c.seq
			""";

	private static final String NOT_EMPTY = """
			MATCH (n)
			WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
			RETURN count(n) > 0 AS notEmpty
			""";

	private static final String CREATE_NODES = """
			UNWIND $rows AS row
			CREATE (n)
			SET n = row.properties
			WITH n, row
			CALL (n, row) {
			  WITH n, row WHERE size(row.labels) > 0
			  SET n:$(row.labels)
			}
			RETURN row.id AS id, elementId(n) AS elementId
			""";

	private static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.start
			MATCH (b) WHERE elementId(b) = row.end
			CREATE (a)-[r:$(row.type)]->(b)
			SET r = row.properties
			""";

	private static final int BATCH = 1000;

	/** A backup that was written. */
	public record Backup(Path folder, DatasetVersion.Value datasetVersion, String contentHash) {
	}

	/** A backup folder that cannot be restored, with what is wrong; nothing was written. */
	public static final class RestoreException extends RuntimeException {

		RestoreException(String message) {
			super(message);
		}

	}

	private final Driver driver;

	private final ServiceWrites writes;

	private final ResourceLoader resourceLoader;

	private final SeedProperties seed;

	private final ExportProperties properties;

	Backups(Driver driver, ServiceWrites writes, ResourceLoader resourceLoader, SeedProperties seed,
			ExportProperties properties) {
		this.driver = driver;
		this.writes = writes;
		this.resourceLoader = resourceLoader;
		this.seed = seed;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "${botoc.backup.interval:24h}", fixedDelayString = "${botoc.backup.interval:24h}")
	void scheduled() {
		if (this.properties.directory() == null) {
			return;
		}
		try {
			backup(this.properties.directory());
			prune(this.properties.directory(), this.properties.keep());
		}
		catch (RuntimeException ex) {
			log.error("Scheduled backup into {} failed", this.properties.directory(), ex);
		}
	}

	/** Writes a backup into a new folder under {@code root}. */
	public Backup backup(Path root) {
		Map<String, byte[]> reference = SeedFormat.read(this.resourceLoader, this.seed.location());
		record Read(Exports.Export export, List<String> graph, List<String> history, String contentHash) {
		}
		Read read;
		try (var session = this.driver.session(Sessions.reading(this.driver))) {
			read = session.executeRead((tx) -> new Read(Exports.export(tx, reference), graphLines(tx),
					historyLines(tx), GraphContentHash.of(tx, GraphContentHash.Scope.ALL)));
		}
		DatasetVersion.Value version = read.export().datasetVersion();
		String name = "backup-" + STAMP.format(Instant.now()) + "-" + version.id();
		Path partial = root.resolve(name + ".partial");
		Path folder = root.resolve(name);
		try {
			Files.createDirectories(partial);
			read.export().manifest().put("contentHash", read.contentHash());
			Exports.writeTo(read.export(), partial);
			writeLines(partial.resolve(GRAPH), read.graph());
			writeLines(partial.resolve(HISTORY), read.history());
			Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the backup " + partial, ex);
		}
		log.info("Backup of dataset version {} written to {} ({} history entries)", version.id(), folder.toAbsolutePath(),
				read.history().size());
		return new Backup(folder, version, read.contentHash());
	}

	/** Deletes all but the newest {@code keep} backups under {@code root} (folders named {@code backup-…}). */
	public List<Path> prune(Path root, int keep) {
		List<Path> backups;
		try (Stream<Path> entries = Files.list(root)) {
			backups = entries.filter((p) -> Files.isDirectory(p) && p.getFileName().toString().startsWith("backup-")
					&& !p.getFileName().toString().endsWith(".partial"))
				.sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Path> deleted = new ArrayList<>();
		for (Path old : backups.subList(Math.min(Math.max(keep, 1), backups.size()), backups.size())) {
			try (Stream<Path> tree = Files.walk(old)) {
				for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
				deleted.add(old);
			}
			catch (IOException ex) {
				log.warn("Could not delete the old backup {}", old, ex);
			}
		}
		if (!deleted.isEmpty()) {
			log.info("Deleted {} old backup(s), keeping the newest {}", deleted.size(), keep);
		}
		return deleted;
	}

	/**
	 * Loads a backup into the graph, which must be empty (a fresh data directory or database), in one transaction.
	 * @throws RestoreException when the graph is not empty or the folder is not a whole backup; nothing written
	 */
	public DatasetVersion.Value restore(Path folder) {
		Map<String, Object> manifest = readManifest(folder);
		Object expected = manifest.get("contentHash");
		if (!(expected instanceof String expectedHash)) {
			throw new RestoreException(folder + " has no contentHash in its " + Exports.MANIFEST + ": not a backup");
		}
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> relationships = new ArrayList<>();
		readGraph(folder.resolve(GRAPH), nodes, relationships);
		String restored = this.writes.write("restore " + folder.getFileName(), (tx) -> {
			if (tx.run(NOT_EMPTY).single().get("notEmpty").asBoolean()) {
				throw new RestoreException("The graph is not empty: restore into a fresh data directory"
						+ " (botoc.embedded.data-dir) or an empty database");
			}
			Map<String, String> ids = new java.util.HashMap<>();
			for (int i = 0; i < nodes.size(); i += BATCH) {
				tx.run(CREATE_NODES, Map.of("rows", nodes.subList(i, Math.min(nodes.size(), i + BATCH))))
					.list()
					.forEach((r) -> ids.put(r.get("id").asString(), r.get("elementId").asString()));
			}
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Map<String, Object> relationship : relationships) {
				Map<String, Object> row = new LinkedHashMap<>(relationship);
				row.put("start", ids.get(relationship.get("start")));
				row.put("end", ids.get(relationship.get("end")));
				rows.add(row);
			}
			for (int i = 0; i < rows.size(); i += BATCH) {
				tx.run(CREATE_RELATIONSHIPS, Map.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH)))).consume();
			}
			String hash = GraphContentHash.of(tx, GraphContentHash.Scope.ALL);
			if (!hash.equals(expectedHash)) {
				throw new RestoreException("The restored graph's content hash " + hash + " is not the backup's "
						+ expectedHash + ": the backup is damaged; nothing was restored");
			}
			return hash;
		});
		@SuppressWarnings("unchecked")
		Map<String, Object> version = (Map<String, Object>) manifest.get("datasetVersion");
		log.info("Restored {} nodes and {} relationships from {} (content hash {})", nodes.size(), relationships.size(),
				folder, restored.substring(0, 12));
		return new DatasetVersion.Value(String.valueOf(version.get("id")), String.valueOf(version.get("seedHash")),
				((Number) version.get("curationSeq")).longValue());
	}

	private static Map<String, Object> readManifest(Path folder) {
		Path manifest = folder.resolve(Exports.MANIFEST);
		if (!Files.isRegularFile(manifest) || !Files.isRegularFile(folder.resolve(GRAPH))) {
			throw new RestoreException(folder + " is not a backup: it needs " + Exports.MANIFEST + " and " + GRAPH);
		}
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> map = JSON.readValue(manifest.toFile(), Map.class);
			return map;
		}
		catch (JacksonException ex) {
			throw new RestoreException(manifest + " is not valid JSON");
		}
	}

	/** Reads and checks every line before anything is written. */
	private static void readGraph(Path file, List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new RestoreException("Cannot read " + file + ": " + ex.getMessage());
		}
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			try {
				Map<?, ?> entry = JSON.readValue(line, Map.class);
				if (entry.get("node") instanceof String id && entry.get("labels") instanceof List<?> labels) {
					if (!ids.add(id)) {
						throw new IllegalArgumentException("node " + id + " appears twice");
					}
					nodes.add(Map.of("id", id, "labels", labels.stream().map(String::valueOf).toList(), "properties",
							PropertyJson.decode(entry.get("properties"))));
				}
				else if (entry.get("type") instanceof String type && entry.get("start") instanceof String start
						&& entry.get("end") instanceof String end) {
					if (!ids.contains(start) || !ids.contains(end)) {
						throw new IllegalArgumentException("relationship between nodes not listed before it");
					}
					relationships.add(Map.of("type", type, "start", start, "end", end, "properties",
							PropertyJson.decode(entry.get("properties"))));
				}
				else {
					throw new IllegalArgumentException("neither a node nor a relationship");
				}
			}
			catch (JacksonException | IllegalArgumentException | java.time.DateTimeException ex) {
				throw new RestoreException(file.getFileName() + " line " + (i + 1) + ": " + ex.getMessage());
			}
		}
	}

	private static List<String> graphLines(TransactionContext tx) {
		List<String> lines = new ArrayList<>();
		for (Record r : tx.run(NODES).list()) {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("node", r.get("id").asString());
			node.put("labels", r.get("labels").asList(Value::asString).stream().sorted().toList());
			node.put("properties", PropertyJson.encode(r.get("properties").asMap((v) -> v)));
			lines.add(JSON.writeValueAsString(node));
		}
		for (Record r : tx.run(RELATIONSHIPS).list()) {
			Map<String, Object> relationship = new LinkedHashMap<>();
			relationship.put("type", r.get("type").asString());
			relationship.put("start", r.get("start").asString());
			relationship.put("end", r.get("end").asString());
			relationship.put("properties", PropertyJson.encode(r.get("properties").asMap((v) -> v)));
			lines.add(JSON.writeValueAsString(relationship));
		}
		return lines;
	}

	private static List<String> historyLines(TransactionContext tx) {
		return tx.run(HISTORY_READ)
			.list()
			.stream()
			.map((r) -> JSON.writeValueAsString(PropertyJson.encode(r.get("properties").asMap((v) -> v))))
			.toList();
	}

	private static void writeLines(Path file, List<String> lines) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (String line : lines) {
				out.write(line);
				out.write('\n');
			}
		}
	}

}
