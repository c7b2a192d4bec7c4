package nl.botoc.graph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.botoc.graph.bench.Race.Cell;
import nl.botoc.graph.bench.Race.Contender;
import nl.botoc.graph.bench.Race.Target;
import nl.botoc.graph.bench.Workloads.Workload;

/** Writes the results of a {@link Race} as the Markdown of docs/BENCHMARKS.md. */
final class Report {

	private final Race race;

	private final StringBuilder out = new StringBuilder();

	Report(Race race) {
		this.race = race;
	}

	String write(String loadBefore, String loadAfter, long seconds) {
		Map<String, String> options = this.race.options();
		line("# Benchmarks");
		line();
		line("Written by `bench/race.sh` (the harness: `src/test/java/nl/botoc/graph/bench/`); rerun it rather than edit this file.");
		line("Contenders, on the same embedded Neo4j and the same data, in interleaved rounds: **botoc-graph** (our GraphQL");
		line("API over HTTP), **raw Cypher** (hand-written statements through the Neo4j Java driver over Bolt: the floor) and");
		line("**@neo4j/graphql 7** (the peer, on Apollo Server, same Bolt port; `bench/peer/`). Ratios below 1.0 mean we are faster.");
		line();
		line("How: `bench/race.sh [--scale seed,100] [--rounds 60] [--budget 8] [--clients 8,32] [--xmx 1g] …` (`--help` lists");
		line("all options) builds the jar, generates the synthetic seeds (`SyntheticSeed`: the curated seed resampled at N times");
		line("its size), starts one service per scale on an empty data directory (the service's own loader loads the seed),");
		line("installs and starts the peer with `npm ci`, races, restarts the first service on its data for a warm start, and");
		line("writes this file (a copy of every published run goes to `bench/results/`). Each (workload, scale, contender) cell");
		line("warms up until the JIT has settled (in shuffled rounds, for the time or requests under settings below, then until");
		line("the services are idle: the race measures steady state, start-up is measured apart), then runs once per round in a");
		line("shuffled order until it has spent its time budget; statements per request");
		line("come from Neo4j's query collector (`db.stats.collect('QUERIES')`), database hits from `PROFILE` of the raw statement and of the statements our API ran for the request (read from its `cypher` extension).");
		line("The floor for the analysis questions is the question file of `cypher/questions/` run through the driver with the same");
		line("parameters (the report audit: its claims and metric files in one read transaction); the peer cannot express them.");
		line("Full runs take about 15 minutes at the defaults on 2 quiet cores; the machine's load is printed below, and on a busy");
		line("machine only the ratios of one run mean something.");
		line();
		targets();
		line("## Run");
		line();
		line("| | |");
		line("|---|---|");
		line("| date | " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + " |");
		line("| machine | " + machine() + " |");
		line("| load before | `" + loadBefore + "` |");
		line("| load after | `" + loadAfter + "` |");
		line("| harness time | " + seconds + " s |");
		line("| settings | rounds " + options.getOrDefault("rounds", "60") + ", warm-up per cell "
				+ options.getOrDefault("warmup-seconds", "6") + " s or " + options.getOrDefault("warmup", "5000")
				+ " requests, budget " + options.getOrDefault("budget", "8") + " s per cell (at least "
				+ options.getOrDefault("min-samples", "5") + " samples), throughput " + options.getOrDefault("slices", "3")
				+ " slices × " + options.getOrDefault("slice-seconds", "2") + " s per contender |");
		for (String meta : options.getOrDefault("meta", "").split("\n")) {
			if (!meta.isBlank()) {
				String[] kv = meta.split("=", 2);
				line("| " + kv[0] + " | " + (kv.length > 1 ? kv[1] : "") + " |");
			}
		}
		for (Target target : this.race.targets()) {
			line("| target " + target.name() + " | our API " + target.api() + ", Bolt " + target.bolt()
					+ (target.peer() != null ? ", peer " + target.peer() : ", no peer") + "; W2 "
					+ (this.race.firstSupported().get(target) ? "reads `municipalities(first: " + options.getOrDefault("first", "100") + ")`"
							: "reads all municipalities (`municipalities` has no `first` on this build)")
					+ " |");
		}
		line();
		for (Target target : this.race.targets()) {
			latencyTable(target);
		}
		growthTable();
		throughputTable();
		memoryTable();
		if (!this.race.notes().isEmpty()) {
			line("## Notes");
			line();
			this.race.notes().forEach((note) -> line("- " + note));
			line();
		}
		return this.out.toString();
	}

	/** The targets of issue 8, checked against this run's medians. */
	private void targets() {
		line("## Targets of issue 8");
		line();
		line("| target | workload | measured | holds |");
		line("|---|---|---|---|");
		for (Target target : this.race.targets()) {
			for (Workload workload : this.race.workloads().get(target)) {
				Cell ours = cell(workload, target, Contender.OURS);
				Cell raw = cell(workload, target, Contender.RAW);
				Cell peer = cell(workload, target, Contender.PEER);
				if (workload.id().equals("search")) {
					continue;
				}
				line("| " + target.name() + " | " + workload.id() + ": p50 ≤ 1.5× raw Cypher | " + ratio(ours, raw) + "× | "
						+ holds(ours, raw, 1.5) + " |");
				if (peer != null) {
					line("| " + target.name() + " | " + workload.id() + ": ahead of @neo4j/graphql (p50 ratio < 1.0) | "
							+ ratio(ours, peer) + "× | " + holds(ours, peer, 1.0) + " |");
				}
			}
			String clients = this.race.options().getOrDefault("clients", "8,32").split(",")[0].trim();
			double[] ours = this.race.throughput().get(Race.key("W2", target, Contender.OURS) + "@" + clients);
			double[] raw = this.race.throughput().get(Race.key("W2", target, Contender.RAW) + "@" + clients);
			String ratio = rateRatio(ours, raw);
			line("| " + target.name() + " | W2: throughput at " + clients + " clients ≥ 0.7× raw Cypher's | " + ratio + "× | "
					+ (ratio.equals("–") ? "not measured" : (ours[0] / raw[0] >= 0.7 ? "yes" : "**no**")) + " |");
		}
		line();
	}

	private static String holds(Cell a, Cell b, double limit) {
		if (a == null || b == null || a.nanos.isEmpty() || b.nanos.isEmpty()) {
			return "not measured" + ((a != null && a.error != null) ? " (ours failed)" : "");
		}
		double ratio = a.percentile(50) / b.percentile(50);
		return ratio <= limit ? "yes" : String.format(Locale.ROOT, "**no** (%.1f× over)", ratio / limit);
	}

	private void latencyTable(Target target) {
		line("## Latency at 1 client: " + target.name());
		line();
		line("p50 / p95 / p99 in ms; statements: Cypher statements Neo4j ran per request (query collector); n: samples per contender.");
		line();
		line("| workload | botoc-graph | raw Cypher | @neo4j/graphql | ours/raw p50 | ours/peer p50 | statements ours / peer / raw | n | answer size ours / raw / peer |");
		line("|---|---|---|---|---|---|---|---|---|");
		for (Workload workload : this.race.workloads().get(target)) {
			Cell ours = cell(workload, target, Contender.OURS);
			Cell raw = cell(workload, target, Contender.RAW);
			Cell peer = cell(workload, target, Contender.PEER);
			line("| " + workload.id() + ": " + workload.title() + " | " + triple(ours) + " | " + triple(raw) + " | "
					+ triple(peer) + " | " + ratio(ours, raw) + " | " + ratio(ours, peer) + " | "
					+ statements(workload, target, Contender.OURS) + " / " + statements(workload, target, Contender.PEER)
					+ " / " + statements(workload, target, Contender.RAW) + " | " + samples(ours, raw, peer) + " | "
					+ size(ours) + " / " + size(raw) + " / " + size(peer) + " |");
		}
		line();
		for (Cell cell : this.race.cells()) {
			if (cell.target == target && cell.error != null) {
				line("- " + cell.workload.id() + ", " + cell.contender.label + ": " + cell.failures + " request(s) failed"
						+ (cell.stopped() ? " (the cell stopped after three)" : "") + ", the last with `"
						+ cell.error.replace('|', '/') + "`");
			}
		}
		line();
	}

	private void growthTable() {
		List<Target> targets = this.race.targets();
		if (targets.size() < 2) {
			return;
		}
		Target small = targets.get(0);
		Target large = targets.get(targets.size() - 1);
		line("## Growth: " + targets.stream().map(Target::name).reduce((a, b) -> a + " → " + b).orElseThrow());
		line();
		line("p50 in ms per scale, raced in the same rounds; growth = p50 at " + large.name() + " / p50 at " + small.name()
				+ "; db hits: PROFILE of the statements our API ran for the request and of the raw statement (independent of the"
				+ " machine's load).");
		line();
		StringBuilder header = new StringBuilder("| workload |");
		StringBuilder rule = new StringBuilder("|---|");
		for (Contender contender : Contender.values()) {
			for (Target target : targets) {
				header.append(' ').append(contender.label).append(' ').append(target.name()).append(" |");
				rule.append("---|");
			}
			header.append(' ').append(contender.label).append(" growth |");
			rule.append("---|");
		}
		for (Contender contender : List.of(Contender.OURS, Contender.RAW)) {
			for (Target target : targets) {
				header.append(' ').append(contender == Contender.OURS ? "our" : "raw").append(" db hits ").append(target.name()).append(" |");
				rule.append("---|");
			}
		}
		line(header.toString());
		line(rule.toString());
		for (Workload workload : this.race.workloads().get(small)) {
			StringBuilder row = new StringBuilder("| " + workload.id() + " |");
			for (Contender contender : Contender.values()) {
				for (Target target : targets) {
					row.append(' ').append(p50(cell(workload, target, contender))).append(" |");
				}
				row.append(' ').append(ratio(cell(workload, large, contender), cell(workload, small, contender))).append(" |");
			}
			for (Contender contender : List.of(Contender.OURS, Contender.RAW)) {
				for (Target target : targets) {
					Long hits = this.race.dbHits().get(Race.key(workload.id(), target, contender));
					row.append(' ').append(hits == null ? "–" : String.format(Locale.ROOT, "%,d", hits)).append(" |");
				}
			}
			line(row.toString());
		}
		line();
	}

	private void throughputTable() {
		line("## Throughput");
		line();
		line("Requests per second, closed-loop clients, interleaved time slices; errors in brackets when any.");
		line();
		line("| target | workload | clients | botoc-graph | raw Cypher | @neo4j/graphql | ours/raw | ours/peer |");
		line("|---|---|---|---|---|---|---|---|");
		for (Target target : this.race.targets()) {
			for (String clients : this.race.options().getOrDefault("clients", "8,32").split(",")) {
				for (Workload workload : this.race.workloads().get(target)) {
					if (!workload.throughput()) {
						continue;
					}
					double[] ours = this.race.throughput().get(Race.key(workload.id(), target, Contender.OURS) + "@" + clients.trim());
					double[] raw = this.race.throughput().get(Race.key(workload.id(), target, Contender.RAW) + "@" + clients.trim());
					double[] peer = this.race.throughput().get(Race.key(workload.id(), target, Contender.PEER) + "@" + clients.trim());
					line("| " + target.name() + " | " + workload.id() + " | " + clients.trim() + " | " + rate(ours) + " | "
							+ rate(raw) + " | " + rate(peer) + " | " + rateRatio(ours, raw) + " | " + rateRatio(ours, peer) + " |");
				}
			}
		}
		line();
	}

	private void memoryTable() {
		line("## Memory");
		line();
		line("Resident set size (RSS) of the processes, MB: at rest (before the race, after start-up and seed load) and the peak under load (throughput phase). botoc-graph holds the embedded Neo4j (heap and page cache) in its process.");
		line();
		line("| target | botoc-graph at rest | botoc-graph under load | @neo4j/graphql at rest | @neo4j/graphql under load |");
		line("|---|---|---|---|---|");
		for (Target target : this.race.targets()) {
			long[] m = this.race.memory().get(target);
			line("| " + target.name() + " | " + mb(m[0]) + " | " + mb(m[2]) + " | " + mb(m[1]) + " | " + mb(m[3]) + " |");
		}
		line();
	}

	private Cell cell(Workload workload, Target target, Contender contender) {
		return this.race.cells()
			.stream()
			.filter((c) -> c.target == target && c.workload.id().equals(workload.id()) && c.contender == contender)
			.findFirst()
			.orElse(null);
	}

	private String statements(Workload workload, Target target, Contender contender) {
		return Objects.requireNonNullElse(this.race.statements().get(Race.key(workload.id(), target, contender)), "–");
	}

	private static String triple(Cell cell) {
		if (cell == null || cell.nanos.isEmpty()) {
			return "–";
		}
		return ms(cell.percentile(50)) + " / " + ms(cell.percentile(95)) + " / " + ms(cell.percentile(99));
	}

	private static String p50(Cell cell) {
		return (cell == null || cell.nanos.isEmpty()) ? "–" : ms(cell.percentile(50));
	}

	private static String ratio(Cell a, Cell b) {
		if (a == null || b == null || a.nanos.isEmpty() || b.nanos.isEmpty()) {
			return "–";
		}
		return String.format(Locale.ROOT, "%.2f", a.percentile(50) / b.percentile(50));
	}

	private static String samples(Cell... cells) {
		StringBuilder s = new StringBuilder();
		for (Cell cell : cells) {
			if (cell != null) {
				s.append(s.isEmpty() ? "" : "/").append(cell.nanos.size());
			}
		}
		return s.toString();
	}

	private static String size(Cell cell) {
		return (cell == null || cell.count < 0) ? "–" : String.valueOf(cell.count);
	}

	private static String ms(double ms) {
		if (ms >= 100) {
			return String.format(Locale.ROOT, "%,.0f", ms);
		}
		return String.format(Locale.ROOT, ms >= 10 ? "%.1f" : "%.2f", ms);
	}

	private static String rate(double[] result) {
		if (result == null) {
			return "–";
		}
		String rate = String.format(Locale.ROOT, result[0] >= 10 ? "%.0f" : "%.2f", result[0]);
		return result[1] > 0 ? rate + " (" + (long) result[1] + " errors)" : rate;
	}

	private static String rateRatio(double[] a, double[] b) {
		if (a == null || b == null || b[0] == 0) {
			return "–";
		}
		return String.format(Locale.ROOT, "%.2f", a[0] / b[0]);
	}

	private static String mb(long kb) {
		return kb <= 0 ? "–" : String.valueOf(kb / 1024);
	}

	private static String machine() {
		String cpu = "unknown CPU";
		String memory = "";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((l) -> l.startsWith("model name"))
				.findFirst()
				.map((l) -> l.substring(l.indexOf(':') + 1).trim())
				.orElse(cpu);
			memory = Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter((l) -> l.startsWith("MemTotal"))
				.findFirst()
				.map((l) -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GB RAM")
				.orElse("");
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux: leave the defaults.
		}
		return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + memory + ", " + System.getProperty("os.name")
				+ ", Java " + Runtime.version();
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private void line() {
		this.out.append('\n');
	}

}
