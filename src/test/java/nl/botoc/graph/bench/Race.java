package nl.botoc.graph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

import nl.botoc.graph.bench.Workloads.Statement;
import nl.botoc.graph.bench.Workloads.Workload;

/**
 * The race of issue 8: every workload of {@link Workloads}, against every running target (one scale of the graph:
 * our service, the embedded Neo4j inside it, and the peer on that same Neo4j), in interleaved rounds, so that the
 * noise of a busy machine falls on all contenders alike. Writes the results as Markdown.
 * <p>
 * Per round every (workload, target, contender) cell runs once, in an order shuffled per round. A cell stops taking
 * part once it has spent its time budget and has its minimum of samples, so that slow cells (W2 at 100× on the old
 * read path) bound the run instead of dominating it. Then, per target: database statements per request (from Neo4j's
 * query collector, {@code db.stats}), database hits of the raw statements ({@code PROFILE}, independent of the
 * machine's noise), throughput at 8 and 32 clients in interleaved time slices, and the resident memory of the service
 * and the peer at rest and under load.
 * <p>
 * Started by {@code bench/race.sh}, which builds and starts what is raced; run it alone with {@code --help}.
 */
public final class Race {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** One scale of the graph and the processes serving it. */
	record Target(String name, URI api, URI bolt, URI peer, long pid, long peerPid) {
	}

	enum Contender {

		OURS("botoc-graph"), RAW("raw Cypher"), PEER("@neo4j/graphql");

		final String label;

		Contender(String label) {
			this.label = label;
		}

	}

	/** Latencies of one (workload, target, contender) and the count of its last answer. */
	static final class Cell {

		final Workload workload;

		final Target target;

		final Contender contender;

		final Callable<Long> call;

		final List<Long> nanos = new ArrayList<>();

		long spent;

		/** Time and requests spent warming up (not recorded). */
		long warmSpent;

		int warmRequests;

		long count = -1;

		/** The last failure, and how many requests failed (a cell stops after three). */
		String error;

		int failures;

		boolean stopped() {
			return this.failures >= 3;
		}

		Cell(Workload workload, Target target, Contender contender, Callable<Long> call) {
			this.workload = workload;
			this.target = target;
			this.contender = contender;
			this.call = call;
		}

		double percentile(double p) {
			List<Long> sorted = new ArrayList<>(this.nanos);
			Collections.sort(sorted);
			if (sorted.isEmpty()) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
			return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
		}

	}

	private final Map<String, String> options;

	private final List<Target> targets;

	private final Map<Target, Driver> drivers = new LinkedHashMap<>();

	private final Map<Target, Boolean> firstSupported = new LinkedHashMap<>();

	private final Map<Target, List<Workload>> workloads = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
		.build();

	private final List<Cell> cells = new ArrayList<>();

	private final Map<String, String> statements = new LinkedHashMap<>();

	private final Map<String, Long> dbHits = new LinkedHashMap<>();

	private final Map<String, double[]> throughput = new LinkedHashMap<>();

	private final Map<Target, long[]> memory = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	Race(Map<String, String> options, List<Target> targets) {
		this.options = options;
		this.targets = targets;
	}

	/**
	 * {@code Race --target name=seed,api=http://…/graphql,bolt=bolt://…,peer=http://…/,pid=…,peerPid=… [--target …]
	 * [--rounds 60] [--warmup 5000] [--warmup-seconds 6] [--budget 8] [--min-samples 5] [--clients 8,32] [--slices 3] [--slice-seconds 2]
	 * [--first 100] [--questions cypher/questions] [--out docs/BENCHMARKS.md] [--meta key=value …]}.
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		List<Target> targets = new ArrayList<>();
		StringBuilder meta = new StringBuilder();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help")) {
				System.out.println("see the Javadoc of Race.main and bench/race.sh --help");
				return;
			}
			String value = args[++i];
			switch (arg) {
				case "--target" -> targets.add(target(value));
				case "--meta" -> meta.append(value).append('\n');
				default -> options.put(arg.substring(2), value);
			}
		}
		options.put("meta", meta.toString());
		new Race(options, targets).run();
	}

	private static Target target(String spec) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : spec.split(",")) {
			String[] kv = part.split("=", 2);
			parts.put(kv[0], kv[1]);
		}
		return new Target(parts.get("name"), URI.create(parts.get("api")), URI.create(parts.get("bolt")),
				parts.containsKey("peer") ? URI.create(parts.get("peer")) : null,
				Long.parseLong(parts.getOrDefault("pid", "0")), Long.parseLong(parts.getOrDefault("peerPid", "0")));
	}

	private int option(String name, int fallback) {
		return Integer.parseInt(this.options.getOrDefault(name, String.valueOf(fallback)));
	}

	void run() throws Exception {
		String loadBefore = uptime();
		long started = System.nanoTime();
		for (Target target : this.targets) {
			this.drivers.put(target, GraphDatabase.driver(target.bolt(), AuthTokens.none()));
			this.memory.put(target, new long[] { rss(target.pid()), rss(target.peerPid()), 0, 0 });
			boolean first = acceptsFirst(target);
			this.firstSupported.put(target, first);
			this.workloads.put(target, Workloads.all(Path.of(this.options.getOrDefault("questions", "cypher/questions")),
					option("first", 100), first));
		}
		for (Target target : this.targets) {
			for (Workload workload : this.workloads.get(target)) {
				this.cells.add(new Cell(workload, target, Contender.OURS, () -> graphQl(target.api(), workload.ours(),
						workload.variables(), workload.oursCount())));
				this.cells.add(new Cell(workload, target, Contender.RAW,
						() -> {
							try (var session = this.drivers.get(target).session()) {
								return session.executeRead((tx) -> workload.raw().run(tx));
							}
						}));
				if (workload.peer() != null && target.peer() != null) {
					this.cells.add(new Cell(workload, target, Contender.PEER,
							() -> graphQl(target.peer(), workload.peer(), workload.variables(), workload.peerCount())));
				}
			}
		}
		latencies();
		for (Target target : this.targets) {
			countStatements(target);
			profile(target);
		}
		for (Target target : this.targets) {
			throughputs(target);
		}
		String loadAfter = uptime();
		long minutes = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		String report = new Report(this).write(loadBefore, loadAfter, minutes);
		Path out = Path.of(this.options.getOrDefault("out", "docs/BENCHMARKS.md"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
		System.out.println(report);
		this.drivers.values().forEach(Driver::close);
	}

	/** Whether our API's {@code Query.municipalities} takes {@code first} (it arrives with the new read path). */
	private boolean acceptsFirst(Target target) throws Exception {
		String body = post(target.api(), Map.of("query",
				"{ __type(name: \"Query\") { fields { name args { name } } } }"));
		List<String> args = JsonPath.read(body, "$.data.__type.fields[?(@.name == 'municipalities')].args[*].name");
		return args.contains("first");
	}

	private void latencies() throws InterruptedException {
		int rounds = option("rounds", 60);
		long budget = Duration.ofSeconds(option("budget", 8)).toNanos();
		int minSamples = option("min-samples", 5);
		warmUp();
		Random random = new Random(8);
		for (int round = 0; round < rounds; round++) {
			List<Cell> order = new ArrayList<>(this.cells);
			Collections.shuffle(order, random);
			boolean any = false;
			for (Cell cell : order) {
				if (!cell.stopped() && (cell.spent < budget || cell.nanos.size() < minSamples)) {
					once(cell, true);
					any = true;
				}
			}
			if (!any) {
				break;
			}
			if (round % 10 == 9) {
				System.err.printf("round %d of %d done%n", round + 1, rounds);
			}
		}
	}

	/**
	 * Warm-up until the JIT has done its work, so that the race measures steady state (start-up is measured on its
	 * own): in shuffled rounds, every cell runs until it has spent {@code warmup-seconds} or made {@code warmup}
	 * requests. A few requests per cell are not enough: on 2 cores the JVMs compile for minutes after a start, and the
	 * cold code is mostly ours (Tomcat, Spring, graphql-java), not the database's. Then waits for the services to
	 * go idle, so that no compilation or collection left over from the warm-up falls on the first samples.
	 */
	private void warmUp() throws InterruptedException {
		int maxRequests = option("warmup", 5000);
		long budget = (long) (Double.parseDouble(this.options.getOrDefault("warmup-seconds", "6")) * 1e9);
		Random random = new Random(7);
		long started = System.nanoTime();
		boolean any = true;
		while (any) {
			any = false;
			List<Cell> order = new ArrayList<>(this.cells);
			Collections.shuffle(order, random);
			for (Cell cell : order) {
				if (!cell.stopped() && cell.warmSpent < budget && cell.warmRequests < maxRequests) {
					long t = System.nanoTime();
					once(cell, false);
					cell.warmSpent += System.nanoTime() - t;
					cell.warmRequests++;
					any = true;
				}
			}
		}
		long warm = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		long settled = settle();
		this.notes.add("Warm-up: " + warm + " s (each cell until it had spent " + (budget / 1_000_000_000.0)
				+ " s or made " + maxRequests + " requests), then " + settled
				+ " s until the services were idle (below 5% of a core for 1 s).");
		System.err.printf("warm-up %d s, settled after %d s%n", warm, settled);
	}

	/** Waits (at most 60 s) until the services and peers together use less than 5% of a core; returns the seconds. */
	private long settle() throws InterruptedException {
		long started = System.nanoTime();
		long[] pids = this.targets.stream().flatMapToLong((t) -> java.util.stream.LongStream.of(t.pid(), t.peerPid()))
			.filter((pid) -> pid > 0).toArray();
		while (Duration.ofNanos(System.nanoTime() - started).toSeconds() < 60) {
			long before = java.util.Arrays.stream(pids).map(Race::cpuTicks).sum();
			Thread.sleep(1000);
			long after = java.util.Arrays.stream(pids).map(Race::cpuTicks).sum();
			// clock ticks of 10 ms: 5 ticks in a second is 5% of a core
			if (after - before < 5) {
				break;
			}
		}
		return Duration.ofNanos(System.nanoTime() - started).toSeconds();
	}

	/** CPU time of a process in clock ticks (user + system), from /proc; 0 when unknown. */
	static long cpuTicks(long pid) {
		try {
			String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private void once(Cell cell, boolean record) {
		long t = System.nanoTime();
		try {
			cell.count = cell.call.call();
		}
		catch (Exception ex) {
			cell.error = String.valueOf(ex.getMessage()).lines().findFirst().orElse("error");
			cell.failures++;
			// A failed request costs its time too: a cell that keeps timing out must not run forever.
			cell.spent += System.nanoTime() - t;
			System.err.println(cell.workload.id() + " " + cell.target.name() + " " + cell.contender + ": " + cell.error);
			return;
		}
		long took = System.nanoTime() - t;
		if (record) {
			cell.nanos.add(took);
			cell.spent += took;
		}
	}

	/** Posts a GraphQL request and returns the size of what {@code countPath} selects; GraphQL errors throw. */
	private long graphQl(URI uri, String query, Map<String, Object> variables, String countPath) throws Exception {
		String body = post(uri, Map.of("query", query, "variables", variables));
		if (body.contains("\"errors\"")) {
			throw new IllegalStateException("GraphQL errors: " + body.substring(0, Math.min(400, body.length())));
		}
		Object selected = JsonPath.read(body, countPath);
		return (selected instanceof List<?> list) ? list.size() : ((Number) selected).longValue();
	}

	private String post(URI uri, Map<String, Object> payload) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return response.body();
	}

	/**
	 * Statements per request, from Neo4j's query collector: restart collection, send three requests, count the
	 * invocations the collector saw. Works the same for us, the peer and the floor, and needs no change to either.
	 */
	private void countStatements(Target target) throws Exception {
		Driver driver = this.drivers.get(target);
		int requests = 3;
		for (Cell cell : this.cells) {
			if (cell.target != target || cell.stopped()) {
				continue;
			}
			try (var session = driver.session()) {
				session.run("CALL db.stats.stop('QUERIES')").consume();
				session.run("CALL db.stats.clear('QUERIES')").consume();
				session.run("CALL db.stats.collect('QUERIES')").consume();
			}
			for (int i = 0; i < requests; i++) {
				cell.call.call();
			}
			Thread.sleep(300);
			long invocations = 0;
			try (var session = driver.session()) {
				session.run("CALL db.stats.stop('QUERIES')").consume();
				for (Record row : session.run("""
						CALL db.stats.retrieve('QUERIES') YIELD data
						WITH data WHERE NOT data.query CONTAINS 'db.stats.'
						RETURN sum(data.invocationSummary.invocationCount) AS invocations
						""").list()) {
					invocations += row.get("invocations").asLong(0);
				}
			}
			this.statements.put(key(cell.workload.id(), target, cell.contender),
					String.format(Locale.ROOT, "%.3g", invocations / (double) requests).replaceAll("\\.?0+$", ""));
		}
	}

	/**
	 * Database hits, by PROFILE, of each single-statement floor query and of the statements our API ran for the same
	 * request (with their parameters, from the {@code cypher} extension that {@code expose-cypher} allows): the growth
	 * that does not depend on noise.
	 */
	private void profile(Target target) {
		for (Workload workload : this.workloads.get(target)) {
			if (workload.raw() instanceof Statement statement) {
				try (var session = this.drivers.get(target).session()) {
					long hits = session.executeRead((tx) -> DbHits.total(DbHits.profile(tx, statement.cypher(), statement.parameters())));
					this.dbHits.put(key(workload.id(), target, Contender.RAW), hits);
				}
				catch (RuntimeException ex) {
					this.notes.add("PROFILE of the floor of " + workload.id() + " at " + target.name() + " failed: " + ex.getMessage());
				}
			}
			try {
				this.dbHits.put(key(workload.id(), target, Contender.OURS), profileOurs(target, workload));
			}
			catch (Exception ex) {
				this.notes.add("PROFILE of our statements for " + workload.id() + " at " + target.name() + " failed: " + ex.getMessage());
			}
		}
	}

	/** Asks our API for the statements of one request, then PROFILEs them all in one read transaction. */
	@SuppressWarnings("unchecked")
	private long profileOurs(Target target, Workload workload) throws Exception {
		String body = post(target.api(), Map.of("query", workload.ours(), "variables", workload.variables(),
				"extensions", Map.of("botoc", Map.of("cypher", true))));
		Map<String, Object> reply = JSON.readValue(body, Map.class);
		if (!(reply.get("extensions") instanceof Map<?, ?> extensions) || !(extensions.get("cypher") instanceof Map<?, ?> cypher)
				|| !(cypher.get("parameters") instanceof List<?> parameters)) {
			throw new IllegalStateException("the service did not return its Cypher (is botoc.read.expose-cypher on?)");
		}
		List<String> statements = (List<String>) cypher.get("statements");
		if (reply.get("errors") != null || statements.isEmpty()) {
			// Refused before it read anything (a limit): there is nothing to profile, and 0 would read as free.
			throw new IllegalStateException("the request ran no statement: " + String.valueOf(reply.get("errors")).lines().findFirst().orElse(""));
		}
		try (var session = this.drivers.get(target).session()) {
			return session.executeRead((tx) -> {
				long total = 0;
				for (int i = 0; i < statements.size(); i++) {
					total += DbHits.total(DbHits.profile(tx, statements.get(i), (Map<String, Object>) parameters.get(i)));
				}
				return total;
			});
		}
	}

	/**
	 * Requests per second at each client count, for the workloads marked for throughput: time slices of every
	 * contender in turn (shuffled), summed; a slice ends when its time is up and every client has finished its
	 * request, and is counted to that moment. Samples the resident memory of the service and the peer meanwhile.
	 */
	private void throughputs(Target target) throws Exception {
		int slices = option("slices", 3);
		long sliceNanos = Duration.ofSeconds(option("slice-seconds", 2)).toNanos();
		AtomicBoolean sampling = new AtomicBoolean(true);
		long[] memory = this.memory.get(target);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (sampling.get()) {
				memory[2] = Math.max(memory[2], rss(target.pid()));
				memory[3] = Math.max(memory[3], rss(target.peerPid()));
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		Random random = new Random(32);
		for (String clientCount : this.options.getOrDefault("clients", "8,32").split(",")) {
			int clients = Integer.parseInt(clientCount.trim());
			for (Workload workload : this.workloads.get(target)) {
				if (!workload.throughput()) {
					continue;
				}
				List<Cell> contenders = this.cells.stream()
					.filter((c) -> c.target == target && c.workload == workload && !c.stopped())
					.toList();
				Map<Contender, long[]> totals = new LinkedHashMap<>();
				for (int slice = 0; slice < slices; slice++) {
					List<Cell> order = new ArrayList<>(contenders);
					Collections.shuffle(order, random);
					for (Cell cell : order) {
						long[] result = slice(cell, clients, sliceNanos);
						long[] total = totals.computeIfAbsent(cell.contender, (k) -> new long[3]);
						total[0] += result[0];
						total[1] += result[1];
						total[2] += result[2];
					}
				}
				totals.forEach((contender, total) -> this.throughput.put(
						key(workload.id(), target, contender) + "@" + clients,
						new double[] { total[0] / (total[1] / 1e9), total[2] }));
			}
		}
		sampling.set(false);
		sampler.join();
	}

	/** Runs {@code clients} closed-loop clients for one slice: completed requests, elapsed nanos, errors. */
	private long[] slice(Cell cell, int clients, long sliceNanos) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
		CountDownLatch finished = new CountDownLatch(clients);
		long start = System.nanoTime();
		long deadline = start + sliceNanos;
		for (int i = 0; i < clients; i++) {
			Thread.ofPlatform().start(() -> {
				try {
					while (System.nanoTime() < deadline) {
						try {
							cell.call.call();
							done.incrementAndGet();
						}
						catch (Exception ex) {
							errors.incrementAndGet();
							firstError.compareAndSet(null, String.valueOf(ex.getMessage()));
						}
					}
				}
				finally {
					finished.countDown();
				}
			});
		}
		finished.await();
		if (firstError.get() != null) {
			// What failed goes to the log, so that an error count in the table can be explained.
			String message = firstError.get();
			System.out.println("  " + errors.get() + " errors in " + cell.workload.id() + " on " + cell.target.name() + " by "
					+ cell.contender + " at " + clients + " clients; the first: "
					+ message.substring(0, Math.min(message.length(), 400)));
		}
		return new long[] { done.get(), System.nanoTime() - start, errors.get() };
	}

	static String key(String workload, Target target, Contender contender) {
		return workload + "|" + target.name() + "|" + contender;
	}

	/** Resident set size of a process in kB (0 when unknown), from /proc. */
	static long rss(long pid) {
		if (pid <= 0) {
			return 0;
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return 0;
	}

	static String uptime() {
		try {
			return new String(new ProcessBuilder("uptime").start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	// Read by Report.

	Map<String, String> options() {
		return this.options;
	}

	List<Target> targets() {
		return this.targets;
	}

	List<Cell> cells() {
		return this.cells;
	}

	Map<Target, List<Workload>> workloads() {
		return this.workloads;
	}

	Map<Target, Boolean> firstSupported() {
		return this.firstSupported;
	}

	Map<String, String> statements() {
		return this.statements;
	}

	Map<String, Long> dbHits() {
		return this.dbHits;
	}

	Map<String, double[]> throughput() {
		return this.throughput;
	}

	Map<Target, long[]> memory() {
		return this.memory;
	}

	List<String> notes() {
		return this.notes;
	}

}
