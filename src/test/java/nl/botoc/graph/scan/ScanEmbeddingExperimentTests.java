package nl.botoc.graph.scan;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Maven artifact (all-MiniLM-L6-v2, quantized, ONNX, in-process) as one more neighbour source of the scan, in the
 * same leave-one-municipality-out evaluation as {@link ScanEvaluationTests}, against the method without them. Runs
 * only with the model on the test classpath: {@code ./mvnw test -Pscan-embeddings -Dtest=ScanEmbeddingExperimentTests}
 * (the profile adds it; the normal build has no embedding model, so this test skips there). The model is called by
 * reflection so that this class compiles without it. Writes target/scan-embeddings.md.
 */
@SeedGraphTest
class ScanEmbeddingExperimentTests {

	static final String MODEL = "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";

	@Autowired
	PortfolioScanner scanner;

	@Autowired
	GraphReads reads;

	@Test
	void embeddingsAsNeighbours() throws Exception {
		Class<?> type;
		long t0 = System.nanoTime();
		try {
			type = Class.forName(MODEL);
		}
		catch (ClassNotFoundException ex) {
			assumeTrue(false, "the embedding model is not on the classpath (-Pscan-embeddings)");
			return;
		}
		Object model = type.getConstructor().newInstance();
		Method embed = type.getMethod("embed", String.class);
		double loadMs = (System.nanoTime() - t0) / 1e6;
		Map<String, float[]> cache = new HashMap<>();
		long[] embedNanos = { 0, 0 };
		Function<String, float[]> embedding = (text) -> cache.computeIfAbsent(text, (k) -> {
			try {
				long s = System.nanoTime();
				Object response = embed.invoke(model, k);
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
		ScanEvaluation evaluation = new ScanEvaluation(this.scanner, CuratedGraph.read(this.reads, null),
				Path.of("seed"), ScanEvaluation.reportLines().orElse(null));
		var tuning = PortfolioScanner.Tuning.DEFAULT;
		List<String> lines = new ArrayList<>();
		lines.add("| variant | main theme top-1 | theme-set F1 | mechanism P / R | gap Jaccard |");
		lines.add("|---|---|---|---|---|");
		ScanEvaluation.Result without = evaluation.run(tuning);
		lines.add(row("without embeddings (the method)", without.all()));
		for (double weight : new double[] { 0.5, 1.0, 2.0 }) {
			var r = evaluation.run(tuning, new PortfolioScanner.EmbeddingVoters(embedding, weight, false));
			lines.add(row("full-text neighbours + embedding neighbours (weight " + weight + ")", r.all()));
		}
		var only = evaluation.run(tuning, new PortfolioScanner.EmbeddingVoters(embedding, 1.0, true));
		lines.add(row("embedding neighbours instead of full-text ones", only.all()));
		String md = String.join("\n", lines) + String.format(Locale.ROOT,
				"%n%nText the scan read: %s. Model all-MiniLM-L6-v2 (quantized, 384 dimensions), loaded in %.0f ms; "
						+ "%d texts embedded, %.1f ms each on average (2 cores).%n",
				without.textSource().equals("report") ? "the report's own words" : "the printed names only", loadMs,
				embedNanos[1], embedNanos[0] / 1e6 / Math.max(1, embedNanos[1]));
		System.out.println(md);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/scan-embeddings-" + without.textSource().replace(' ', '-') + ".md"), md,
				StandardCharsets.UTF_8);
		assertThat(embedNanos[1]).as("texts embedded").isPositive();
	}

	private static String row(String name, ScanEvaluation.Fold f) {
		return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f / %.2f | %.2f |", name, f.top1(), f.themeF1(),
				f.mechanismPrecision(), f.mechanismRecall(), f.gapJaccard());
	}

}
