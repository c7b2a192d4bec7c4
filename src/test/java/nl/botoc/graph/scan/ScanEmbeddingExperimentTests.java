package nl.botoc.graph.scan;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.SeedGraphTest;
import nl.botoc.graph.system.graphql.GraphReads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13's embedding experiment (docs/SCAN.md, "Embeddings"): sentence embeddings of a model that ships inside its
 * Maven artifact (ONNX, in-process, nothing downloaded) as one more neighbour source of the scan, in the same
 * leave-one-municipality-out evaluation as {@link ScanEvaluationTests}, on the report's words and on the printed
 * names, against the method without them. Runs only with a model on the test classpath:
 * {@code ./mvnw test -Pscan-embeddings -Dtest=ScanEmbeddingExperimentTests} (all-MiniLM-L6-v2) or
 * {@code -Pscan-embeddings-e5} (e5-small-v2); the normal build has no model, so this test skips there. The model is
 * called by reflection so that this class compiles without it. Writes target/scan-embeddings-&lt;model&gt;.md.
 * Embeddings are compared exactly (cosine with every visible curated intervention): with 64 interventions that is
 * what a vector index would return.
 */
@SeedGraphTest
class ScanEmbeddingExperimentTests {

	/** Model class → the prefix its texts get (e5 is trained with "query: " for symmetric similarity). */
	static final Map<String, String> MODELS = Map.of(
			"dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel", "",
			"dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel", "query: ");

	@Autowired
	PortfolioScanner scanner;

	@Autowired
	GraphReads reads;

	@Test
	void embeddingsAsNeighbours() throws Exception {
		Class<?> type = null;
		String prefix = "";
		long t0 = System.nanoTime();
		for (var m : MODELS.entrySet()) {
			try {
				type = Class.forName(m.getKey());
				prefix = m.getValue();
			}
			catch (ClassNotFoundException ex) {
				// not this one
			}
		}
		assumeTrue(type != null, "no embedding model on the classpath (-Pscan-embeddings or -Pscan-embeddings-e5)");
		Object model = type.getConstructor().newInstance();
		Method embed = type.getMethod("embed", String.class);
		double loadMs = (System.nanoTime() - t0) / 1e6;
		Map<String, float[]> cache = new HashMap<>();
		long[] embedNanos = { 0, 0 };
		String p = prefix;
		Function<String, float[]> embedding = (text) -> cache.computeIfAbsent(text, (k) -> {
			try {
				long s = System.nanoTime();
				Object response = embed.invoke(model, p + k);
				Object content = response.getClass().getMethod("content").invoke(response);
				float[] v = (float[]) content.getClass().getMethod("vector").invoke(content);
				embedNanos[0] += System.nanoTime() - s;
				embedNanos[1]++;
				return v;
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		});
		CuratedGraph truth = CuratedGraph.read(this.reads, null);
		List<String> lines = new ArrayList<>();
		lines.add("| text | variant | main theme top-1 | theme-set F1 | mechanism P / R | gap Jaccard |");
		lines.add("|---|---|---|---|---|---|");
		var tuning = PortfolioScanner.Tuning.DEFAULT;
		var texts = new LinkedHashMap<String, ScanEvaluation>();
		ScanEvaluation.reportLines().ifPresent((report) -> texts.put("report's words",
				new ScanEvaluation(this.scanner, truth, Path.of("seed"), report)));
		texts.put("printed names", new ScanEvaluation(this.scanner, truth, Path.of("seed"), null));
		for (var e : texts.entrySet()) {
			ScanEvaluation evaluation = e.getValue();
			lines.add(row(e.getKey(), "without embeddings (the method)", evaluation.run(tuning).all()));
			for (double weight : new double[] { 0.5, 1.0, 2.0 }) {
				var r = evaluation.run(tuning, new PortfolioScanner.EmbeddingVoters(embedding, weight, false));
				lines.add(row(e.getKey(), "full-text + embedding neighbours, weight " + weight, r.all()));
			}
			var only = evaluation.run(tuning, new PortfolioScanner.EmbeddingVoters(embedding, 1.0, true));
			lines.add(row(e.getKey(), "embedding neighbours instead of full-text ones", only.all()));
		}
		String name = type.getSimpleName();
		String md = String.join("\n", lines) + String.format(Locale.ROOT,
				"%n%nModel %s, loaded in %.0f ms (class and ONNX session); %d texts embedded, %.1f ms each on average "
						+ "(%d cores, load average %s).%n",
				name, loadMs, embedNanos[1], embedNanos[0] / 1e6 / Math.max(1, embedNanos[1]),
				Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		System.out.println(md);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/scan-embeddings-" + name + ".md"), md, StandardCharsets.UTF_8);
		assertThat(embedNanos[1]).as("texts embedded").isPositive();
	}

	private static String row(String text, String variant, ScanEvaluation.Fold f) {
		return String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f / %.2f | %.2f |", text, variant, f.top1(),
				f.themeF1(), f.mechanismPrecision(), f.mechanismRecall(), f.gapJaccard());
	}

}
