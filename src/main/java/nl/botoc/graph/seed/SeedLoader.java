package nl.botoc.graph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.botoc.graph.system.DatabaseFailures;
import nl.botoc.graph.system.GraphReadiness;
import nl.botoc.graph.system.SchemaMigrations;
import nl.botoc.graph.system.Sessions;
import nl.botoc.graph.system.StartupWork;
import nl.botoc.graph.system.writes.ServiceWrites;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Puts the curated seed into the graph: validates every file first, then runs the statements under
 * {@code cypher/seed/} in one write transaction, so the graph holds either the whole new seed or exactly
 * what it held before. A seed whose hash the graph already records is skipped.
 * <p>
 * Loads at start-up when {@code botoc.seed.on-startup} is on. It takes {@link SchemaMigrations} so that it
 * runs after the constraints exist, and it runs while the context is built, before the web server takes
 * traffic, so no request sees a half-loaded or empty graph. An invalid seed stops the start-up with every
 * problem listed. When the database is not available at start-up, {@link GraphReadiness} loads the seed once it
 * is back (after the schema).
 */
@Component
@Order(1)
public class SeedLoader implements StartupWork {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private static final String CYPHER_LOCATION = "classpath:cypher/seed/";

	private static final String STORED_VERSION = """
			OPTIONAL MATCH (v:SeedVersion {id: 'seed'})
			RETURN v.hash AS hash, v.loaderHash AS loaderHash
			""";

	/** The labels and relationship types the seed writes, in the order results and the log list them. */
	private static final List<String> LABELS = List.of("Source", "Municipality", "Theme", "Factor", "RiskFactor",
			"ProtectiveFactor", "Mechanism", "Intervention", "ExploratoryElement", "Claim", "SeedVersion");

	private static final List<String> TYPES = List.of("SOURCED_FROM", "RUNS", "RECOGNISED_BY", "IDENTIFIED_IN",
			"TOUCHES", "TARGETS", "USES", "ELEMENT_OF", "IN_MUNICIPALITY", "ON_THEME", "DRAWS_ON");

	private static final String COUNTS = """
			RETURN [label IN $labels | COUNT { MATCH (:$(label)) }] AS nodes,
			       [type IN $types | COUNT { MATCH ()-[:$(type)]->() }] AS relationships
			""";


	private final Driver driver;

	private final ServiceWrites writes;

	private final ResourceLoader resourceLoader;

	private final SeedProperties properties;

	private final SeedValidator validator = new SeedValidator();

	/** The statement of each seed file (keyed by file name); read once, they do not change while we run. */
	private final Map<String, String> statements;

	private final String finalStatement;

	/** SHA-256 over the loader's statements: a changed loader reloads an unchanged seed too. */
	private final String loaderHash;

	private volatile boolean startupDone;

	SeedLoader(SchemaMigrations schema, Driver driver, ServiceWrites writes, ResourceLoader resourceLoader,
			SeedProperties properties) {
		this.driver = driver;
		this.writes = writes;
		this.resourceLoader = resourceLoader;
		this.properties = properties;
		this.statements = SeedSchema.FILES.stream()
			.collect(Collectors.toMap(SeedSchema.FileSchema::name, (file) -> cypher(file.cypher())));
		this.finalStatement = cypher(SeedSchema.FINAL_CYPHER);
		Map<String, byte[]> loader = new LinkedHashMap<>();
		SeedSchema.FILES.forEach((file) -> loader.put(file.cypher(), this.statements.get(file.name()).getBytes(StandardCharsets.UTF_8)));
		loader.put(SeedSchema.FINAL_CYPHER, this.finalStatement.getBytes(StandardCharsets.UTF_8));
		this.loaderHash = SeedFiles.hash(loader);
		this.startupDone = !properties.onStartup();
		if (properties.onStartup() && schema.done()) {
			try {
				retry();
			}
			catch (RuntimeException ex) {
				if (!DatabaseFailures.isUnavailable(ex)) {
					throw ex;
				}
				log.warn("Seed not loaded: the database is not available; loading it once it is");
			}
		}
	}

	/** The start-up load: the configured seed unless the graph already holds it. */
	@Override
	public void retry() {
		loadIfChanged();
		this.startupDone = true;
	}

	@Override
	public boolean done() {
		return this.startupDone;
	}

	/** Loads the configured seed unless the graph already holds it. */
	public SeedLoadResult loadIfChanged() {
		return loadIfChanged(this.properties.location());
	}

	/** Loads the configured seed, even when the graph already holds it. */
	public SeedLoadResult load() {
		return load(this.properties.location());
	}

	/**
	 * Loads the seed at a location (a Spring resource location such as {@code file:./seed/}) unless the graph
	 * already holds it.
	 * @throws SeedValidationException when the files break the seed contract; nothing is written then
	 */
	public SeedLoadResult loadIfChanged(String location) {
		return run(location, false);
	}

	/**
	 * Loads the seed at a location, even when the graph already holds it.
	 * @throws SeedValidationException when the files break the seed contract; nothing is written then
	 */
	public SeedLoadResult load(String location) {
		return run(location, true);
	}

	private SeedLoadResult run(String location, boolean force) {
		long start = System.nanoTime();
		ValidatedSeed seed = this.validator.validate(SeedFiles.read(this.resourceLoader, location));
		try (Session session = this.driver.session(Sessions.writing(this.driver))) {
			Record stored = session.run(STORED_VERSION).single();
			boolean load = force || !seed.hash().equals(stored.get("hash").asString(null))
					|| !this.loaderHash.equals(stored.get("loaderHash").asString(null));
			if (load) {
				this.writes.writeWithoutResult("seed load", (tx) -> {
					Map<String, Object> all = new LinkedHashMap<>();
					for (SeedSchema.FileSchema file : SeedSchema.FILES) {
						List<Map<String, String>> rows = seed.rows().get(file.name());
						long t = System.nanoTime();
						var counters = tx.run(this.statements.get(file.name()), Map.of("rows", rows)).consume().counters();
						log.debug("{}: {} rows in {} ms ({})", file.name(), rows.size(), (System.nanoTime() - t) / 1_000_000,
								counters);
						all.put(file.baseName(), keysOf(file, rows));
					}
					tx.run(this.finalStatement, Map.of("seed", all, "hash", seed.hash(), "loaderHash", this.loaderHash,
							"files", seed.files())).consume();
				});
			}
			Record counts = session.run(COUNTS, Map.of("labels", LABELS, "types", TYPES)).single();
			var result = new SeedLoadResult(location, seed.hash(), load, counts(LABELS, counts.get("nodes")),
					counts(TYPES, counts.get("relationships")), Duration.ofNanos(System.nanoTime() - start));
			long relationships = result.relationships().values().stream().mapToLong(Long::longValue).sum();
			log.info("Seed from {} {} in {} ms (hash {}): {}; {} relationships", location,
					load ? "loaded" : "already in the graph, not reloaded,", result.took().toMillis(),
					seed.hash().substring(0, 12), result.nodes(), relationships);
			return result;
		}
	}

	/**
	 * Only the key columns of each row, which is all the final statement reads: passing every row again made the
	 * final statement of a 1000× synthetic seed exceed the transaction memory limit with 150 MB of parameters.
	 */
	private static List<Map<String, String>> keysOf(SeedSchema.FileSchema file, List<Map<String, String>> rows) {
		List<Map<String, String>> keys = new java.util.ArrayList<>(rows.size());
		for (Map<String, String> row : rows) {
			Map<String, String> key = new LinkedHashMap<>();
			for (String column : file.key()) {
				key.put(column, row.get(column));
			}
			keys.add(key);
		}
		return keys;
	}

	private static Map<String, Long> counts(List<String> names, Value values) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			counts.put(names.get(i), values.get(i).asLong());
		}
		return counts;
	}

	private String cypher(String name) {
		try (InputStream in = this.resourceLoader.getResource(CYPHER_LOCATION + name).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed statement " + CYPHER_LOCATION + name, ex);
		}
	}

}
