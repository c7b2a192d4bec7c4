package nl.botoc.graph.scan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A multinomial naive Bayes model of the main theme, trained on the curated interventions the scan sees (their name,
 * counted twice, and our Dutch and English descriptions, as Dutch stems; Laplace smoothing). It gives every theme a
 * probability from all the words that the curated interventions of that theme use, where the nearest neighbours give
 * only the few most similar interventions.
 */
final class ThemeBayes {

	private final Map<String, Map<String, Integer>> counts = new HashMap<>();

	private final Map<String, Integer> totals = new HashMap<>();

	private final Map<String, Integer> documents = new LinkedHashMap<>();

	private final Set<String> vocabulary = new HashSet<>();

	private int documentCount;

	ThemeBayes(CuratedGraph graph) {
		for (CuratedGraph.Intervention i : graph.interventions().values()) {
			if (i.mainTheme() == null) {
				continue;
			}
			this.documentCount++;
			this.documents.merge(i.mainTheme(), 1, Integer::sum);
			Map<String, Integer> themeCounts = this.counts.computeIfAbsent(i.mainTheme(), (k) -> new HashMap<>());
			for (String stem : DutchWords.stems(i.name()).keySet()) {
				add(i.mainTheme(), themeCounts, stem, 2);
			}
			for (String stem : DutchWords.stems(i.text()).keySet()) {
				add(i.mainTheme(), themeCounts, stem, 1);
			}
		}
	}

	private void add(String theme, Map<String, Integer> themeCounts, String stem, int n) {
		themeCounts.merge(stem, n, Integer::sum);
		this.totals.merge(theme, n, Integer::sum);
		this.vocabulary.add(stem);
	}

	/** Theme → posterior probability (summing to 1) for a text's stems; empty when no stem is known. */
	Map<String, Double> themeProbabilities(Set<String> stems) {
		Map<String, Double> logs = new LinkedHashMap<>();
		boolean known = stems.stream().anyMatch(this.vocabulary::contains);
		if (!known || this.documentCount == 0) {
			return Map.of();
		}
		int v = this.vocabulary.size();
		double max = Double.NEGATIVE_INFINITY;
		for (var e : this.documents.entrySet()) {
			String theme = e.getKey();
			double log = Math.log(e.getValue() / (double) this.documentCount);
			Map<String, Integer> c = this.counts.get(theme);
			int total = this.totals.getOrDefault(theme, 0);
			for (String stem : stems) {
				if (this.vocabulary.contains(stem)) {
					log += Math.log((c.getOrDefault(stem, 0) + 1.0) / (total + v));
				}
			}
			logs.put(theme, log);
			max = Math.max(max, log);
		}
		double sum = 0;
		Map<String, Double> p = new LinkedHashMap<>();
		for (var e : logs.entrySet()) {
			double x = Math.exp(e.getValue() - max);
			p.put(e.getKey(), x);
			sum += x;
		}
		final double z = sum;
		p.replaceAll((k, x) -> x / z);
		return p;
	}

}
