package nl.botoc.graph.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import nl.botoc.graph.search.LuceneText;
import nl.botoc.graph.system.graphql.GraphReads;

/**
 * The praktijkscan: proposes themes, factors and mechanisms for each intervention of a portfolio, by its nearest
 * curated neighbours in the Dutch full-text index and the graph's own vocabulary, then judges the portfolio as a
 * whole against the eight BOTOC municipalities. Reads only, through {@link GraphReads} (in the request's read
 * transaction): five parameterised statements whatever the size of the portfolio.
 */
@Service
public class PortfolioScanner {

	/** Words of a row sent to the full-text index (its name's words first). */
	static final int QUERY_WORDS = 48;

	/**
	 * The weights of the scan, in one place (docs/SCAN.md says how they were chosen).
	 *
	 * @param neighbours curated interventions that vote for a row's proposals
	 * @param power a neighbour's vote is (its score / the best score) to this power
	 * @param otherThemeRatio a further theme needs this share of the main theme's votes
	 * @param ownLabel weight of a theme, factor or mechanism node the text hits in the index
	 * @param keyword weight of a theme whose short label's words all occur in the text (partly: in proportion)
	 * @param termTheme weight of the themes of the interventions whose mechanism's local name occurs in the text
	 * @param term weight of a local name of a mechanism found in the text, for that mechanism
	 * @param mechanismMin a mechanism needs this score (0..1)
	 * @param factorMin a factor targeted by the neighbours needs this score (0..1)
	 * @param bayes weight of the theme probabilities of a naive Bayes model trained on the curated interventions
	 */
	record Tuning(int neighbours, double power, double otherThemeRatio, double ownLabel, double keyword,
			double termTheme, double term, double mechanismMin, double factorMin, double bayes, GapRule gapRule) {

		static final Tuning DEFAULT = new Tuning(5, 1, 0.6, 0.5, 4.0, 0.0, 0.6, 0.35, 0.6, 2.0, GapRule.ENSEMBLE);

		Tuning withGapRule(GapRule rule) {
			return new Tuning(this.neighbours, this.power, this.otherThemeRatio, this.ownLabel, this.keyword,
					this.termTheme, this.term, this.mechanismMin, this.factorMin, this.bayes, rule);
		}

	}

	/**
	 * How the portfolio's factor gaps are decided (docs/SCAN.md, "The gap list"; the evaluation compares them with
	 * {@code -Dbotoc.scan.eval.variants=true}). {@code k} of the {@code M} visible municipalities leave the factor
	 * open; the prior that a municipality leaves it open is (k+1)/(M+2) (Laplace).
	 */
	enum GapRule {

		/** A gap is a factor no proposal of a carried-out row names (the first method). */
		ANY_PROPOSAL,

		/**
		 * The proposals' confidences as probabilities that a row addresses the factor, combined over the rows
		 * (1 − ∏(1 − c)), against the prior: a gap when that is below the prior that it is left open.
		 */
		PROPOSALS_AGAINST_PRIOR,

		/** As {@link #PROPOSALS_AGAINST_PRIOR}, with each row's neighbours' share that addresses it as c. */
		NEIGHBOURS_AGAINST_PRIOR,

		/** A gap when ∏(1 − the row's neighbours' share that addresses it) ≥ ½: the neighbours alone. */
		NEIGHBOURS,

		/**
		 * The mean of two estimates that the portfolio leaves the factor open, a gap when it is ≥ ½: the share of
		 * the other municipalities that leave it open (the prior above), and ∏ over the carried-out rows of (1 − p),
		 * p the mean of the row's neighbours' share that addresses the factor and the share of all curated
		 * interventions that do (the neighbours shrunk to the base rate). Parameter-free; chosen among these five
		 * on the evaluation, so docs/SCAN.md gives its nested leave-one-out figure too.
		 */
		ENSEMBLE

	}

	/**
	 * The id prefix of the source an imported portfolio cites (importScannedPortfolio); what cites it is left out of
	 * what later scans learn from ({@link CuratedGraph}).
	 */
	public static final String IMPORTED_SOURCE_PREFIX = "src:scan-import-";

	private static final String FULL_TEXT = """
			UNWIND $rows AS row
			CALL (row) {
			  CALL db.index.fulltext.queryNodes('search_text', row.query, {limit: 200}) YIELD node, score
			  RETURN collect([CASE WHEN node:Intervention THEN 'I' WHEN node:Theme THEN 'T'
			                       WHEN node:Mechanism THEN 'M' WHEN node:Factor THEN 'F' ELSE '' END,
			                  coalesce(node.code, node.id), score]) AS hits
			}
			RETURN row.index AS index, hits""";

	private final GraphReads reads;

	PortfolioScanner(GraphReads reads) {
		this.reads = reads;
	}

	/** The theme ids the graph knows, for checking a portfolio's given themes. */
	Set<String> themeIds() {
		return new LinkedHashSet<>(this.reads.list("MATCH (t:Theme) RETURN t.id AS id ORDER BY id", Map.of(),
				(r) -> r.get("id").asString()));
	}

	/** The curated graph as a scan without {@code exclude} sees it. */
	CuratedGraph graphWithout(@Nullable String exclude) {
		return CuratedGraph.read(this.reads, exclude);
	}

	/** Scans the portfolio against the whole graph. */
	PortfolioScan scan(Portfolio portfolio) {
		return scan(portfolio, null);
	}

	/**
	 * Scans the portfolio against the graph without municipality {@code exclude} (its interventions, their links
	 * and local names are invisible to the scan): the leave-one-municipality-out evaluation.
	 */
	PortfolioScan scan(Portfolio portfolio, @Nullable String exclude) {
		return scan(portfolio, exclude, Tuning.DEFAULT);
	}

	PortfolioScan scan(Portfolio portfolio, @Nullable String exclude, Tuning tuning) {
		return scan(ScanReads.of(this.reads), portfolio, exclude, tuning, null);
	}

	/**
	 * The seam of the embedding experiment (docs/SCAN.md, "Embeddings"; ScanEmbeddingExperimentTests): a text
	 * embedding whose nearest curated interventions (cosine) vote like the full-text neighbours, {@code weight}
	 * each relative to them; with {@code only} they replace the full-text neighbours. The service passes none.
	 */
	record EmbeddingVoters(java.util.function.Function<String, float[]> embed, double weight, boolean only) {
	}

	PortfolioScan scan(Portfolio portfolio, @Nullable String exclude, Tuning tuning, EmbeddingVoters embeddings) {
		return scan(ScanReads.of(this.reads), portfolio, exclude, tuning, embeddings);
	}

	/**
	 * Scans the portfolio against the graph as {@code tx} sees it: the curation import runs the scan in its own write
	 * transaction, so that what it proposes is what it writes next to.
	 */
	public PortfolioScan scanIn(SimpleQueryRunner tx, Portfolio portfolio) {
		return scan(ScanReads.in(tx), portfolio, null, Tuning.DEFAULT, null);
	}

	private PortfolioScan scan(ScanReads reads, Portfolio portfolio, @Nullable String exclude, Tuning tuning,
			@Nullable EmbeddingVoters embeddings) {
		CuratedGraph graph = CuratedGraph.read(reads, exclude);
		Map<Integer, List<Hit>> hits = fullText(reads, portfolio, graph);
		List<PortfolioScan.Scanned> scanned = new ArrayList<>();
		ThemeBayes bayes = new ThemeBayes(graph);
		for (int i = 0; i < portfolio.rows().size(); i++) {
			Map<String, Double> extra = (embeddings != null) ? embeddingVotes(portfolio.rows().get(i), graph, tuning,
					embeddings) : Map.of();
			scanned.add(scanRow(i, portfolio.rows().get(i), hits.getOrDefault(i, List.of()), graph, tuning, bayes,
					extra, embeddings != null && embeddings.only()));
		}
		return judge(portfolio.owner(), scanned, graph, tuning);
	}

	record Hit(String kind, String key, double score) {
	}

	private static Map<Integer, List<Hit>> fullText(ScanReads reads, Portfolio portfolio, CuratedGraph graph) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < portfolio.rows().size(); i++) {
			String query = query(portfolio.rows().get(i));
			if (query != null) {
				rows.add(Map.of("index", i, "query", query));
			}
		}
		Map<Integer, List<Hit>> hits = new HashMap<>();
		if (rows.isEmpty()) {
			return hits;
		}
		for (Map.Entry<Integer, List<Hit>> e : reads.list(FULL_TEXT, Map.of("rows", rows), (r) -> {
			List<Hit> list = new ArrayList<>();
			for (Value h : r.get("hits").values()) {
				String kind = h.get(0).asString();
				String key = h.get(1).asString();
				// Interventions of a hidden municipality are not in the graph read for this scan.
				if (!kind.equals("I") || graph.interventions().containsKey(key)) {
					list.add(new Hit(kind, key, h.get(2).asDouble()));
				}
			}
			return Map.entry(r.get("index").asInt(), list);
		})) {
			hits.put(e.getKey(), e.getValue());
		}
		return hits;
	}

	/** The row's words as a Lucene query: each word escaped (never an operator), the name's words boosted. */
	static @Nullable String query(Portfolio.Row row) {
		List<String> nameWords = DutchWords.queryWords(row.name(), QUERY_WORDS);
		List<String> words = new ArrayList<>(nameWords);
		for (String w : DutchWords.queryWords(row.description(), QUERY_WORDS)) {
			if (words.size() >= QUERY_WORDS) {
				break;
			}
			if (!words.contains(w)) {
				words.add(w);
			}
		}
		if (words.isEmpty()) {
			return null;
		}
		StringBuilder q = new StringBuilder();
		for (String w : words) {
			q.append(q.isEmpty() ? "" : " ").append(LuceneText.escape(w)).append(nameWords.contains(w) ? "^2" : "");
		}
		return q.toString();
	}

	/** Code → vote of the curated interventions nearest to the row in the embedding (the experiment's voters). */
	private static Map<String, Double> embeddingVotes(Portfolio.Row row, CuratedGraph graph, Tuning t,
			EmbeddingVoters embeddings) {
		float[] q = embeddings.embed().apply(row.name() + ". " + row.description());
		Map<String, Double> similarity = new HashMap<>();
		for (CuratedGraph.Intervention i : graph.interventions().values()) {
			similarity.put(i.code(), cosine(q, embeddings.embed().apply(i.name() + ". " + i.text())));
		}
		List<String> nearest = sorted(similarity).stream().limit(t.neighbours()).toList();
		Map<String, Double> votes = new LinkedHashMap<>();
		if (nearest.isEmpty() || similarity.get(nearest.get(0)) <= 0) {
			return votes;
		}
		double top = similarity.get(nearest.get(0));
		for (String code : nearest) {
			votes.put(code, embeddings.weight() * Math.pow(Math.max(0, similarity.get(code)) / top, t.power()));
		}
		return votes;
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return (na == 0 || nb == 0) ? 0 : dot / Math.sqrt(na * nb);
	}

	private PortfolioScan.Scanned scanRow(int index, Portfolio.Row row, List<Hit> hits, CuratedGraph graph,
			Tuning t, ThemeBayes bayes, Map<String, Double> embeddingVotes, boolean embeddingsOnly) {
		Map<String, String> rowStems = DutchWords.stems(row.text());
		List<Hit> nearest = hits.stream().filter((h) -> h.kind().equals("I")).limit(t.neighbours()).toList();
		double top = nearest.isEmpty() ? 0 : nearest.get(0).score();
		double topAny = hits.stream().mapToDouble(Hit::score).max().orElse(0);
		double scale = (top > 0) ? top : topAny;
		Map<String, Double> weights = new LinkedHashMap<>();
		List<PortfolioScan.Neighbour> neighbours = new ArrayList<>();
		for (Hit h : nearest) {
			double w = Math.pow(h.score() / top, t.power());
			weights.put(h.key(), embeddingsOnly ? 0 : w);
			neighbours.add(neighbour(graph.interventions().get(h.key()), h.score() / top, rowStems, graph));
		}
		embeddingVotes.forEach((code, w) -> weights.merge(code, w, Double::sum));
		double totalWeight = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		Map<String, Double> ownLabel = new HashMap<>();
		for (Hit h : hits) {
			if (!h.kind().equals("I") && scale > 0) {
				ownLabel.merge(h.kind() + h.key(), Math.min(1, h.score() / scale), Math::max);
			}
		}
		Map<String, PortfolioScan.Neighbour> byCode = new HashMap<>();
		neighbours.forEach((n) -> byCode.put(n.code(), n));

		// Themes: the neighbours' votes, their main theme counting most, and the theme's own label.
		Map<String, Double> votes = new LinkedHashMap<>();
		Map<String, Double> mainVotes = new LinkedHashMap<>();
		for (var e : weights.entrySet()) {
			CuratedGraph.Intervention n = graph.interventions().get(e.getKey());
			for (String th : n.themes()) {
				boolean main = th.equals(n.mainTheme());
				votes.merge(th, e.getValue() * (main ? 1 : 0.5), Double::sum);
				mainVotes.merge(th, e.getValue() * (main ? 1 : 0.3), Double::sum);
			}
		}
		for (CuratedGraph.Theme th : graph.themes()) {
			double own = ownLabel.getOrDefault("T" + th.id(), 0.0) * t.ownLabel() + keyword(th, rowStems) * t.keyword();
			if (own > 0) {
				votes.merge(th.id(), own, Double::sum);
				mainVotes.merge(th.id(), own, Double::sum);
			}
		}
		// The report's own terms for a mechanism, found in the text, vote for the themes of the interventions
		// that use the mechanism under that term (the graph's vocabulary, not the neighbours' prose).
		Map<String, Double> termThemes = termThemes(rowStems, graph);
		termThemes.forEach((th, w) -> {
			votes.merge(th, w * t.termTheme(), Double::sum);
			mainVotes.merge(th, w * t.termTheme(), Double::sum);
		});
		if (t.bayes() > 0) {
			bayes.themeProbabilities(rowStems.keySet()).forEach((th, p) -> {
				votes.merge(th, p * t.bayes(), Double::sum);
				mainVotes.merge(th, p * t.bayes(), Double::sum);
			});
		}
		PortfolioScan.ThemeProposal main = null;
		List<PortfolioScan.ThemeProposal> others = new ArrayList<>();
		if (!row.themes().isEmpty()) {
			for (String th : row.themes()) {
				var given = new PortfolioScan.ThemeProposal(th, 1.0, true, "given in the portfolio",
						evidence(neighbours, graph, (n) -> n.themes().contains(th)));
				if (main == null) {
					main = given;
				}
				else {
					others.add(given);
				}
			}
		}
		else if (!mainVotes.isEmpty()) {
			String best = argmax(mainVotes);
			double sum = mainVotes.values().stream().mapToDouble(Double::doubleValue).sum();
			main = new PortfolioScan.ThemeProposal(best, round(mainVotes.get(best) / sum), false,
					themeWhy(best, graph, weights, ownLabel),
					evidence(neighbours, graph, (n) -> n.themes().contains(best)));
			double mainVote = votes.get(best);
			double reach = totalWeight + t.ownLabel() + t.keyword() + t.termTheme() + t.bayes();
			for (String th : sorted(votes)) {
				if (!th.equals(best) && votes.get(th) >= t.otherThemeRatio() * mainVote) {
					others.add(new PortfolioScan.ThemeProposal(th, round(Math.min(1, votes.get(th) / reach)), false,
							themeWhy(th, graph, weights, ownLabel),
							evidence(neighbours, graph, (n) -> n.themes().contains(th))));
				}
			}
		}
		List<PortfolioScan.ThemeProposal> proposedThemes = new ArrayList<>();
		if (main != null) {
			proposedThemes.add(main);
		}
		proposedThemes.addAll(others);

		// Mechanisms: the neighbours' uses, and the report's own terms for a mechanism found in the text.
		List<PortfolioScan.MechanismProposal> mechanisms = new ArrayList<>();
		Map<String, Double> mechanismScores = new LinkedHashMap<>();
		Map<String, List<String>> matched = new HashMap<>();
		for (CuratedGraph.Mechanism m : graph.mechanisms().values()) {
			double vote = 0;
			for (var e : weights.entrySet()) {
				if (graph.interventions().get(e.getKey()).mechanisms().containsKey(m.id())) {
					vote += e.getValue();
				}
			}
			double score = (totalWeight > 0) ? vote / totalWeight : 0;
			List<String> terms = matchingTerms(m, rowStems);
			if (!terms.isEmpty()) {
				score += t.term();
				matched.put(m.id(), terms);
			}
			if (score > 0) {
				mechanismScores.put(m.id(), score);
			}
		}
		for (String m : sorted(mechanismScores)) {
			double score = mechanismScores.get(m);
			if (score >= t.mechanismMin()) {
				List<String> terms = matched.getOrDefault(m, List.of());
				List<PortfolioScan.Neighbour> ev = evidence(neighbours, graph, (n) -> n.mechanisms().containsKey(m));
				String why = (terms.isEmpty() ? "" : "the text uses its term '" + terms.get(0) + "'; ")
						+ ev.size() + " of the " + neighbours.size() + " most similar interventions use it";
				mechanisms.add(new PortfolioScan.MechanismProposal(m, round(Math.min(1, score)), why, terms, ev));
			}
		}

		// Factors: the §3.1.1 statement of a proposed theme, or the neighbours' own TARGETS links.
		Map<String, Double> factorScores = new LinkedHashMap<>();
		Map<String, List<String>> statements = new HashMap<>();
		for (PortfolioScan.ThemeProposal p : proposedThemes) {
			for (String f : graph.theme(p.theme()).statementFactors()) {
				factorScores.merge(f, p.confidence(), Math::max);
				statements.computeIfAbsent(f, (k) -> new ArrayList<>()).add(p.theme());
			}
		}
		Map<String, Double> direct = new LinkedHashMap<>();
		for (CuratedGraph.Factor f : graph.factors().values()) {
			double vote = 0;
			for (var e : weights.entrySet()) {
				if (graph.interventions().get(e.getKey()).factors().contains(f.id())) {
					vote += e.getValue();
				}
			}
			double score = ((totalWeight > 0) ? vote / totalWeight : 0)
					+ ownLabel.getOrDefault("F" + f.id(), 0.0) * t.ownLabel() * 0.6;
			if (score >= t.factorMin()) {
				direct.put(f.id(), score);
				factorScores.merge(f.id(), Math.min(1, score), Math::max);
			}
		}
		List<PortfolioScan.FactorProposal> factors = new ArrayList<>();
		for (String f : sorted(factorScores)) {
			List<String> via = statements.getOrDefault(f, List.of());
			List<PortfolioScan.Neighbour> ev = evidence(neighbours, graph, (n) -> n.factors().contains(f));
			List<String> why = new ArrayList<>();
			if (!via.isEmpty()) {
				why.add("the §3.1.1 statement of " + graph.theme(via.get(0)).shortLabelNl() + " names it");
			}
			if (direct.containsKey(f)) {
				why.add(ev.size() + " of the " + neighbours.size() + " most similar interventions target it");
			}
			factors.add(new PortfolioScan.FactorProposal(f, round(factorScores.get(f)), String.join("; ", why),
					List.copyOf(via), ev));
		}

		// Approach: given, or the neighbours' approach and the main theme's.
		String approach = row.approach();
		boolean approachGiven = approach != null;
		if (approach == null) {
			double repressive = 0;
			for (var e : weights.entrySet()) {
				repressive += graph.interventions().get(e.getKey()).approach().equals("REPRESSIVE") ? e.getValue() : 0;
			}
			if (main != null && graph.theme(main.theme()).approach().equals("REPRESSIVE")) {
				repressive += totalWeight * 0.5;
			}
			approach = (repressive > totalWeight - repressive + 1e-9) ? "REPRESSIVE" : "PREVENTIVE";
		}
		return new PortfolioScan.Scanned(index, row.name(), approach, approachGiven, main, List.copyOf(others),
				List.copyOf(factors), List.copyOf(mechanisms), List.copyOf(neighbours), row.carriedOut());
	}

	/** Share (0..1) of the words of the theme's short label (Bijlage 2's matrix label) that the text has. */
	static double keyword(CuratedGraph.Theme theme, Map<String, String> rowStems) {
		Set<String> label = DutchWords.stems(theme.shortLabelNl().replace('/', ' ')).keySet();
		if (label.isEmpty()) {
			return 0;
		}
		long found = label.stream().filter(rowStems::containsKey).count();
		return found / (double) label.size();
	}

	/** Theme → vote from the local names in the text: each found term spreads 1 over its users' main themes. */
	private static Map<String, Double> termThemes(Map<String, String> rowStems, CuratedGraph graph) {
		Map<String, Double> votes = new HashMap<>();
		Map<String, List<CuratedGraph.Intervention>> users = new HashMap<>();
		for (CuratedGraph.Intervention i : graph.interventions().values()) {
			i.mechanisms().values().forEach((local) -> {
				if (!local.isBlank()) {
					users.computeIfAbsent(local.toLowerCase(Locale.ROOT), (k) -> new ArrayList<>()).add(i);
				}
			});
		}
		users.forEach((term, interventions) -> {
			if (containsTerm(rowStems, term)) {
				for (CuratedGraph.Intervention i : interventions) {
					if (i.mainTheme() != null) {
						votes.merge(i.mainTheme(), 1.0 / interventions.size(), Double::sum);
					}
				}
			}
		});
		return votes;
	}

	private static PortfolioScan.Neighbour neighbour(CuratedGraph.Intervention n, double score,
			Map<String, String> rowStems, CuratedGraph graph) {
		Map<String, String> theirs = DutchWords.stems(n.name() + " " + n.text());
		List<String> shared = new ArrayList<>();
		rowStems.forEach((stem, surface) -> {
			if (theirs.containsKey(stem) && shared.size() < 8) {
				shared.add(surface);
			}
		});
		List<String> terms = new ArrayList<>();
		n.mechanisms().values().forEach((local) -> {
			if (!local.isBlank() && containsTerm(rowStems, local) && !terms.contains(local)) {
				terms.add(local);
			}
		});
		return new PortfolioScan.Neighbour(n.code(), round(score), List.copyOf(shared), List.copyOf(terms));
	}

	/** The report's terms for a mechanism (its local names in the visible graph, and its Dutch name) in the text. */
	private static List<String> matchingTerms(CuratedGraph.Mechanism m, Map<String, String> rowStems) {
		List<String> terms = new ArrayList<>();
		Set<String> candidates = new LinkedHashSet<>(m.terms());
		for (String part : m.nameNl().split("/")) {
			candidates.add(part.strip().toLowerCase(Locale.ROOT));
		}
		for (String term : candidates) {
			if (containsTerm(rowStems, term)) {
				terms.add(term);
			}
		}
		return terms;
	}

	/** Whether every word of {@code term} (stemmed) occurs in the text. */
	static boolean containsTerm(Map<String, String> rowStems, String term) {
		Set<String> stems = DutchWords.stems(term).keySet();
		return !stems.isEmpty() && rowStems.keySet().containsAll(stems);
	}

	private static List<PortfolioScan.Neighbour> evidence(List<PortfolioScan.Neighbour> neighbours, CuratedGraph graph,
			java.util.function.Predicate<CuratedGraph.Intervention> test) {
		return neighbours.stream().filter((n) -> test.test(graph.interventions().get(n.code()))).toList();
	}

	private static String themeWhy(String theme, CuratedGraph graph, Map<String, Double> weights,
			Map<String, Double> ownLabel) {
		long voters = weights.keySet().stream().filter((c) -> graph.interventions().get(c).themes().contains(theme)).count();
		long mains = weights.keySet().stream().filter((c) -> theme.equals(graph.interventions().get(c).mainTheme())).count();
		String why = voters + " of the " + weights.size() + " most similar interventions touch it (" + mains
				+ " as main theme)";
		return ownLabel.containsKey("T" + theme) ? why + "; the text names the theme itself" : why;
	}

	/** Builds the portfolio-level part of the scan from the scanned rows. */
	private static PortfolioScan judge(@Nullable String owner, List<PortfolioScan.Scanned> rows, CuratedGraph graph,
			Tuning tuning) {
		List<PortfolioScan.ThemeCoverage> coverage = new ArrayList<>();
		for (CuratedGraph.Theme t : graph.themes()) {
			List<Integer> touching = new ArrayList<>();
			int mains = 0;
			for (PortfolioScan.Scanned s : rows) {
				if (s.themeIds().contains(t.id())) {
					touching.add(s.index());
				}
				if (s.mainTheme() != null && s.mainTheme().theme().equals(t.id())) {
					mains++;
				}
			}
			long municipalities = graph.municipalities()
				.stream()
				.filter((m) -> graph.of(m).stream().anyMatch((i) -> i.themes().contains(t.id())))
				.count();
			coverage.add(new PortfolioScan.ThemeCoverage(t.id(), mains, touching.size(), List.copyOf(touching),
					(int) municipalities));
		}
		Map<String, List<String>> gapsOf = new LinkedHashMap<>();
		graph.municipalities().forEach((m) -> gapsOf.put(m, graph.gaps(m)));
		Map<String, Double> openness = openness(rows, graph, gapsOf, tuning);
		List<PortfolioScan.FactorGap> gaps = new ArrayList<>();
		for (CuratedGraph.Factor f : graph.factors().values()) {
			if (!f.counted() || openness.get(f.id()) < 0.5) {
				continue;
			}
			List<PortfolioScan.GapIntervention> by = new ArrayList<>();
			for (CuratedGraph.Intervention i : graph.interventions().values()) {
				String via = graph.addresses(i, f.id());
				if (via != null) {
					by.add(new PortfolioScan.GapIntervention(i.code(), i.recognised(), via));
				}
			}
			by.sort(Comparator.comparing((PortfolioScan.GapIntervention g) -> !g.recognised())
				.thenComparing(PortfolioScan.GapIntervention::via)
				.thenComparing(PortfolioScan.GapIntervention::code));
			int alsoMissing = (int) gapsOf.values().stream().filter((g) -> g.contains(f.id())).count();
			gaps.add(new PortfolioScan.FactorGap(f.id(), f.modifiable(), alsoMissing, round(openness.get(f.id())),
					List.copyOf(by)));
		}
		int preventive = (int) rows.stream().filter((s) -> s.approach().equals("PREVENTIVE")).count();
		List<CuratedGraph.Intervention> curated = graph.interventions().values().stream()
			.filter((i) -> i.municipality() != null).toList();
		double botocShare = curated.isEmpty() ? 0
				: round(curated.stream().filter((i) -> i.approach().equals("PREVENTIVE")).count() / (double) curated.size());
		PortfolioScan.ApproachMix mix = new PortfolioScan.ApproachMix(preventive, rows.size() - preventive,
				rows.isEmpty() ? 0 : round(preventive / (double) rows.size()), botocShare);

		Set<String> ourThemes = new LinkedHashSet<>();
		Set<String> ourMechanisms = new LinkedHashSet<>();
		rows.forEach((s) -> {
			ourThemes.addAll(s.themeIds());
			s.mechanisms().forEach((m) -> ourMechanisms.add(m.mechanism()));
		});
		List<String> ourGaps = gaps.stream().map(PortfolioScan.FactorGap::factor).toList();
		List<PortfolioScan.Comparison> comparison = new ArrayList<>();
		for (String m : graph.municipalities()) {
			List<CuratedGraph.Intervention> theirs = graph.of(m);
			Set<String> themes = new LinkedHashSet<>();
			Set<String> mechanisms = new LinkedHashSet<>();
			theirs.forEach((i) -> {
				themes.addAll(i.themes());
				mechanisms.addAll(i.mechanisms().keySet());
			});
			List<String> sharedThemes = graph.themes().stream().map(CuratedGraph.Theme::id)
				.filter((t) -> ourThemes.contains(t) && themes.contains(t)).toList();
			List<String> sharedMechanisms = mechanisms.stream().filter(ourMechanisms::contains).sorted().toList();
			List<String> covers = ourGaps.stream().filter((f) -> !gapsOf.get(m).contains(f)).toList();
			double similarity = 0.5 * jaccard(ourThemes, themes) + 0.5 * jaccard(ourMechanisms, mechanisms);
			double share = theirs.isEmpty() ? 0
					: theirs.stream().filter((i) -> i.approach().equals("PREVENTIVE")).count() / (double) theirs.size();
			comparison.add(new PortfolioScan.Comparison(m, round(similarity), sharedThemes, sharedMechanisms, covers,
					gapsOf.get(m).size(), round(share)));
		}
		comparison.sort(Comparator.comparingDouble((PortfolioScan.Comparison c) -> -c.similarity())
			.thenComparing(PortfolioScan.Comparison::municipality));
		// Peers: similar work to exchange experience on, and the portfolio's gaps they address to learn from.
		List<PortfolioScan.Comparison> peers = new ArrayList<>(comparison);
		peers.sort(Comparator.comparingDouble((PortfolioScan.Comparison c) -> -(c.similarity()
				+ 0.5 * c.coversOurGaps().size() / Math.max(1.0, ourGaps.size())))
			.thenComparing(PortfolioScan.Comparison::municipality));
		return new PortfolioScan(owner, List.copyOf(rows), List.copyOf(coverage), List.copyOf(gaps), mix,
				List.copyOf(comparison), List.copyOf(peers));
	}

	/**
	 * Counted factor → the estimate that the portfolio leaves it open (0..1), by the gap rule of {@code t}; a gap
	 * when it is at least ½. Addressing is counted as {@code uncoveredFactors} counts it ({@link CuratedGraph#addresses}).
	 */
	private static Map<String, Double> openness(List<PortfolioScan.Scanned> rows, CuratedGraph graph,
			Map<String, List<String>> gapsOf, Tuning t) {
		List<CuratedGraph.Intervention> curated = graph.interventions().values().stream()
			.filter((i) -> i.municipality() != null).toList();
		int m = gapsOf.size();
		Map<String, Double> open = new LinkedHashMap<>();
		for (CuratedGraph.Factor f : graph.factors().values()) {
			if (!f.counted()) {
				continue;
			}
			long k = gapsOf.values().stream().filter((g) -> g.contains(f.id())).count();
			double prior = (k + 1.0) / (m + 2.0);
			double baseRate = curated.stream().filter((i) -> graph.addresses(i, f.id()) != null).count()
					/ (double) Math.max(1, curated.size());
			double byProposals = 1;
			double byNeighbours = 1;
			double shrunk = 1;
			boolean proposed = false;
			for (PortfolioScan.Scanned s : rows) {
				if (!s.carriedOut()) {
					continue;
				}
				for (PortfolioScan.FactorProposal p : s.factors()) {
					if (p.factor().equals(f.id())) {
						byProposals *= 1 - Math.min(1, p.confidence());
						proposed = true;
					}
				}
				double share = neighboursAddressing(s, f.id(), graph, t);
				byNeighbours *= 1 - share;
				shrunk *= 1 - (share + baseRate) / 2;
			}
			double value = switch (t.gapRule()) {
				case ANY_PROPOSAL -> proposed ? 0 : 1;
				case PROPOSALS_AGAINST_PRIOR -> (1 - byProposals < prior) ? 1 : 0;
				case NEIGHBOURS_AGAINST_PRIOR -> (1 - byNeighbours < prior) ? 1 : 0;
				case NEIGHBOURS -> byNeighbours;
				case ENSEMBLE -> (prior + shrunk) / 2;
			};
			open.put(f.id(), value);
		}
		return open;
	}

	/** The similarity-weighted share of a row's nearest curated interventions that address the factor. */
	private static double neighboursAddressing(PortfolioScan.Scanned row, String factor, CuratedGraph graph, Tuning t) {
		double all = 0;
		double addressing = 0;
		for (PortfolioScan.Neighbour n : row.similar()) {
			double w = Math.pow(n.score(), t.power());
			all += w;
			if (graph.addresses(graph.interventions().get(n.code()), factor) != null) {
				addressing += w;
			}
		}
		return (all > 0) ? addressing / all : 0;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		Set<String> union = new LinkedHashSet<>(a);
		union.addAll(b);
		long both = a.stream().filter(b::contains).count();
		return both / (double) union.size();
	}

	private static String argmax(Map<String, Double> scores) {
		return sorted(scores).get(0);
	}

	/** Keys by score, highest first, ties by key. */
	private static List<String> sorted(Map<String, Double> scores) {
		return scores.keySet().stream()
			.sorted(Comparator.comparingDouble((String k) -> -scores.get(k)).thenComparing(k -> k))
			.toList();
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
