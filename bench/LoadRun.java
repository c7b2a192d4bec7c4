import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounded load run of issue 7 (run by bench/load.sh, not by the test suite): CLIENTS clients send the headline
 * queries (src/main/resources/graphql-examples) back to back for SECONDS; in alternating windows of WINDOW seconds
 * one hostile client sends the costliest request the cost limit allows, once a second. Prints, per kind of window,
 * the normal requests' count, failures, median and p95, what happened to the hostile requests, and the server's
 * resident memory over the run.
 *
 * java bench/LoadRun.java BASE_URL SERVER_PID [SECONDS] [CLIENTS] [WINDOW]
 */
public class LoadRun {

	record Sample(boolean hostileWindow, long micros, boolean failed) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long pid = Long.parseLong(args[1]);
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 120;
		int clients = (args.length > 3) ? Integer.parseInt(args[3]) : 32;
		int window = (args.length > 4) ? Integer.parseInt(args[4]) : 10;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		URI graphql = URI.create(base + "/graphql");

		List<String> headline = new ArrayList<>();
		try (var files = Files.list(Path.of("src/main/resources/graphql-examples"))) {
			for (Path file : files.sorted().toList()) {
				headline.add(json(Files.readString(file)));
			}
		}
		String hostile = costliestAllowed(http, graphql);
		System.out.printf("headline queries: %d; hostile request: %d characters%n", headline.size(), hostile.length());

		long start = System.nanoTime();
		long end = start + Duration.ofSeconds(seconds).toNanos();
		ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int offset = c;
			threads.add(Thread.ofPlatform().start(() -> {
				int i = offset;
				while (System.nanoTime() < end) {
					String body = headline.get(i++ % headline.size());
					long t0 = System.nanoTime();
					boolean hostileWindow = inHostileWindow(t0, start, window);
					boolean failed;
					try {
						var response = http.send(request(graphql, body), HttpResponse.BodyHandlers.ofString());
						failed = response.statusCode() != 200 || response.body().contains("\"errors\"");
						if (failed && failures.size() < 5) {
							failures.add(response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length())));
						}
					}
					catch (Exception ex) {
						failed = true;
						if (failures.size() < 5) {
							failures.add(ex.toString());
						}
					}
					long t1 = System.nanoTime();
					// a sample counts for the window it started in, unless it straddles a window change
					if (inHostileWindow(t1, start, window) == hostileWindow) {
						samples.add(new Sample(hostileWindow, (t1 - t0) / 1000, failed));
					}
				}
			}));
		}
		AtomicInteger hostileSent = new AtomicInteger();
		AtomicInteger hostileAnswered = new AtomicInteger();
		AtomicInteger hostileBusy = new AtomicInteger();
		AtomicInteger hostileOther = new AtomicInteger();
		List<Long> hostileMillis = Collections.synchronizedList(new ArrayList<>());
		Thread attacker = Thread.ofPlatform().start(() -> {
			while (System.nanoTime() < end) {
				long t0 = System.nanoTime();
				if (inHostileWindow(t0, start, window)) {
					hostileSent.incrementAndGet();
					Thread.ofVirtual().start(() -> {
						try {
							var response = http.send(request(graphql, hostile), HttpResponse.BodyHandlers.ofString());
							if (response.statusCode() == 200 && !response.body().contains("\"errors\"")) {
								hostileAnswered.incrementAndGet();
								hostileMillis.add((System.nanoTime() - t0) / 1_000_000);
							}
							else if (response.statusCode() == 503) {
								hostileBusy.incrementAndGet();
							}
							else {
								hostileOther.incrementAndGet();
							}
						}
						catch (Exception ex) {
							hostileOther.incrementAndGet();
						}
					});
				}
				sleep(1000);
			}
		});
		List<Long> rss = new ArrayList<>();
		while (System.nanoTime() < end) {
			rss.add(rssKb(pid));
			sleep(1000);
		}
		for (Thread t : threads) {
			t.join();
		}
		attacker.join();
		sleep(3000);

		Stats quiet = stats(samples, false);
		Stats loud = stats(samples, true);
		System.out.printf("%nwindows of %d s, %d clients, %d s%n", window, clients, seconds);
		System.out.printf("without hostile client: %s%n", quiet);
		System.out.printf("with hostile client   : %s%n", loud);
		System.out.printf("p95 ratio (with / without): %.2f%n", (double) loud.p95 / Math.max(1, quiet.p95));
		System.out.printf("hostile requests: %d sent, %d answered (median %d ms), %d refused busy (503), %d other%n",
				hostileSent.get(), hostileAnswered.get(), median(hostileMillis), hostileBusy.get(), hostileOther.get());
		int third = Math.max(1, rss.size() / 3);
		System.out.printf("server RSS: first third max %d MB, last third max %d MB, overall max %d MB%n",
				max(rss.subList(0, third)) / 1024, max(rss.subList(rss.size() - third, rss.size())) / 1024, max(rss) / 1024);
		failures.forEach((f) -> System.out.println("failure: " + f));
	}

	record Stats(int count, int failed, long p50, long p95) {
		@Override
		public String toString() {
			return String.format("%d requests, %d failed, median %.1f ms, p95 %.1f ms", count, failed, p50 / 1000.0, p95 / 1000.0);
		}
	}

	static Stats stats(ConcurrentLinkedQueue<Sample> samples, boolean hostileWindow) {
		List<Long> micros = new ArrayList<>();
		int failed = 0;
		for (Sample s : samples) {
			if (s.hostileWindow == hostileWindow) {
				micros.add(s.micros);
				failed += s.failed ? 1 : 0;
			}
		}
		Collections.sort(micros);
		return new Stats(micros.size(), failed, percentile(micros, 0.50), percentile(micros, 0.95));
	}

	static long percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
	}

	static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return percentile(sorted, 0.5);
	}

	static long max(List<Long> values) {
		return values.stream().mapToLong(Long::longValue).max().orElse(0);
	}

	/** Odd windows have the hostile client; the first window is quiet. */
	static boolean inHostileWindow(long now, long start, int window) {
		return ((now - start) / Duration.ofSeconds(window).toNanos()) % 2 == 1;
	}

	static HttpRequest request(URI uri, String body) {
		return HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** Aliases of a list-heavy query, as many as the server's cost limit allows (read from extensions.cost). */
	static String costliestAllowed(HttpClient http, URI uri) throws Exception {
		String alias = "interventions(first: 100) { nodes { code name municipality { name } themes { theme { labelEn } }"
				+ " factors { factor { nameEn } } mechanisms { localName } } }";
		String probe = "";
		for (int attempt = 0; attempt < 10 && !probe.contains("\"estimated\""); attempt++) { // the first ones warm up
			probe = http.send(request(uri, json("{ " + alias + " }")), HttpResponse.BodyHandlers.ofString()).body();
		}
		Matcher cost = Pattern.compile("\"estimated\":(\\d+)").matcher(probe);
		Matcher limit = Pattern.compile("\"limit\":(\\d+)").matcher(probe);
		if (!cost.find() || !limit.find()) {
			throw new IllegalStateException("no cost in " + probe);
		}
		// as many as max-cost allows, and max-complexity (500 fields; 14 per alias)
		long n = Math.max(1, Math.min(500 / 14, Long.parseLong(limit.group(1)) / Long.parseLong(cost.group(1))));
		StringBuilder query = new StringBuilder("{ ");
		for (long i = 0; i < n; i++) {
			query.append('a').append(i).append(": ").append(alias).append(' ');
		}
		return json(query.append('}').toString());
	}

	static String json(String query) {
		StringBuilder out = new StringBuilder("{\"query\":\"");
		for (char c : query.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r', '\t' -> out.append(' ');
				default -> out.append(c);
			}
		}
		return out.append("\"}").toString();
	}

	static long rssKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (Exception ex) {
			// process gone
		}
		return 0;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
