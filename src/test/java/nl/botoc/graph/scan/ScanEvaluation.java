package nl.botoc.graph.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The leave-one-municipality-out evaluation of the scan (docs/SCAN.md). For each of the eight municipalities the
 * scan sees the graph without it (its interventions, their links and local names are left out of every statement by
 * parameter), reads its interventions in the report's own words, and is compared with the curated links.
 * <p>
 * The report's words are the printed name (the {@code CODE • name} line of Bijlage 2) and the Bijlage 2 lines the
 * seed cites for that intervention (every {@code L<n>} at or after the start of Bijlage 2 in the rationales of its
 * rows): the report's text, located by the curators' line references, never our descriptions. Without the report's
 * text ({@code shared/source/} absent, as in CI) the names printed in the seed are all the scan gets.
 */
final class ScanEvaluation {

	static final String REPORT_FILE = "000_3b3c208253e55ed3.txt";

	private static final Pattern LINE_REF = Pattern.compile("L([0-9]{3,4})(?:-([0-9]{3,4}))?");

	private static final Pattern LISTED = Pattern.compile("^\\s*([A-Za-z]{2,3}[0-9]{1,2})\\s*•\\s*(.+?)\\*?\\s*$");

	record Counts(int n, int top1, int top1Frequent, int top1Keywords, int tp, int fp, int fn, int kTp, int kFp,
			int kFn, int fTp, int fFp, int fFn, int mTp, int mFp, int mFn, int mkTp, int mkFp, int mkFn) {
	}

	record Fold(String municipality, int interventions, double top1, double top1Frequent, double top1Keywords,
			double themeF1, double themeF1Frequent, double themeF1Keywords, double mechanismPrecision,
			double mechanismRecall, double mechanismPrecisionKeywords, double mechanismRecallKeywords, double gapJaccard,
			double gapJaccardOthers, List<String> missedGaps, List<String> extraGaps) {
	}

	record Result(String textSource, List<Fold> folds, Fold all) {
	}

	private final PortfolioScanner scanner;

	private final CuratedGraph truth;

	private final Path seed;

	private final @Nullable List<String> report;

	ScanEvaluation(PortfolioScanner scanner, CuratedGraph truth, Path seed, @Nullable List<String> report) {
		this.scanner = scanner;
		this.truth = truth;
		this.seed = seed;
		this.report = report;
	}

	/** The report's text, where it is (shared/source/ next to the project or a parent; -Dbotoc.report.text). */
	static Optional<List<String>> reportLines() {
		if (Boolean.getBoolean("botoc.scan.eval.names-only")) {
			return Optional.empty();
		}
		List<Path> candidates = new ArrayList<>();
		String configured = System.getProperty("botoc.report.text");
		if (configured != null) {
			candidates.add(Path.of(configured));
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			candidates.add(dir.resolve("shared/source").resolve(REPORT_FILE));
		}
		for (Path p : candidates) {
			if (Files.isRegularFile(p)) {
				try {
					return Optional.of(Files.readAllLines(p, StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return Optional.empty();
	}

	Result run() {
		return run(PortfolioScanner.Tuning.DEFAULT);
	}

	Result run(PortfolioScanner.Tuning tuning) {
		return run(tuning, null);
	}

	/** The evaluation with embedding neighbours added (the experiment of ScanEmbeddingExperimentTests). */
	Result run(PortfolioScanner.Tuning tuning, PortfolioScanner.@Nullable EmbeddingVoters embeddings) {
		List<Fold> folds = new ArrayList<>();
		Map<String, Portfolio> portfolios = portfolios();
		int[] sum = new int[19];
		List<Double> jaccards = new ArrayList<>();
		List<Double> jaccardsOthers = new ArrayList<>();
		for (String municipality : this.truth.municipalities()) {
			Portfolio portfolio = portfolios.get(municipality);
			List<String> codes = codes(municipality);
			PortfolioScan scan = (embeddings == null) ? this.scanner.scan(portfolio, municipality, tuning)
					: this.scanner.scan(portfolio, municipality, tuning, embeddings);
			CuratedGraph others = this.scanner.graphWithout(municipality);
			String frequent = mostFrequentMainTheme(others);
			int[] c = new int[19];
			for (int i = 0; i < codes.size(); i++) {
				CuratedGraph.Intervention want = this.truth.interventions().get(codes.get(i));
				PortfolioScan.Scanned got = scan.interventions().get(i);
				Portfolio.Row row = portfolio.rows().get(i);
				c[0]++;
				if (got.mainTheme() != null && got.mainTheme().theme().equals(want.mainTheme())) {
					c[1]++;
				}
				if (frequent.equals(want.mainTheme())) {
					c[2]++;
				}
				List<String> keywordThemes = keywordThemes(row, others, frequent);
				if (keywordThemes.get(0).equals(want.mainTheme())) {
					c[3]++;
				}
				count(c, 4, new LinkedHashSet<>(got.themeIds()), Set.copyOf(want.themes()));
				count(c, 7, new LinkedHashSet<>(keywordThemes), Set.copyOf(want.themes()));
				count(c, 10, Set.of(frequent), Set.copyOf(want.themes()));
				Set<String> mechanisms = new LinkedHashSet<>();
				got.mechanisms().forEach((m) -> mechanisms.add(m.mechanism()));
				count(c, 13, mechanisms, want.mechanisms().keySet());
				count(c, 16, keywordMechanisms(row, others), want.mechanisms().keySet());
			}
			for (int k = 0; k < c.length; k++) {
				sum[k] += c[k];
			}
			Set<String> wantGaps = new TreeSet<>(this.truth.gaps(municipality));
			Set<String> gotGaps = new TreeSet<>();
			scan.factorGaps().forEach((g) -> gotGaps.add(g.factor()));
			Set<String> othersGaps = majorityGaps(others);
			double j = PortfolioScanner.jaccard(gotGaps, wantGaps);
			double jo = PortfolioScanner.jaccard(othersGaps, wantGaps);
			jaccards.add(j);
			jaccardsOthers.add(jo);
			List<String> missed = wantGaps.stream().filter((g) -> !gotGaps.contains(g)).toList();
			List<String> extra = gotGaps.stream().filter((g) -> !wantGaps.contains(g)).toList();
			folds.add(fold(municipality, c, j, jo, missed, extra));
		}
		Fold all = fold("all", sum, jaccards.stream().mapToDouble(Double::doubleValue).average().orElse(0),
				jaccardsOthers.stream().mapToDouble(Double::doubleValue).average().orElse(0), List.of(), List.of());
		return new Result((this.report != null) ? "report" : "seed names", folds, all);
	}

	private static Fold fold(String municipality, int[] c, double j, double jo, List<String> missed, List<String> extra) {
		return new Fold(municipality, c[0], ratio(c[1], c[0]), ratio(c[2], c[0]), ratio(c[3], c[0]), f1(c, 4), f1(c, 10),
				f1(c, 7), ratio(c[13], c[13] + c[14]), ratio(c[13], c[13] + c[15]), ratio(c[16], c[16] + c[17]),
				ratio(c[16], c[16] + c[18]), j, jo, missed, extra);
	}

	private static void count(int[] c, int at, Set<String> got, Set<String> want) {
		for (String g : got) {
			c[want.contains(g) ? at : at + 1]++;
		}
		for (String w : want) {
			if (!got.contains(w)) {
				c[at + 2]++;
			}
		}
	}

	private static double f1(int[] c, int at) {
		return ratio(2 * c[at], 2 * c[at] + c[at + 1] + c[at + 2]);
	}

	private static double ratio(int a, int b) {
		return (b == 0) ? 0 : a / (double) b;
	}

	/** Bijlage 2 interventions of the municipality (not the ones added later), in report order. */
	List<String> codes(String municipality) {
		List<String> codes = new ArrayList<>();
		for (CuratedGraph.Intervention i : this.truth.of(municipality)) {
			if (!i.code().contains("-X")) {
				codes.add(i.code());
			}
		}
		codes.sort((a, b) -> {
			String pa = a.replaceAll("[0-9]+$", "");
			String pb = b.replaceAll("[0-9]+$", "");
			return pa.equals(pb) ? Integer.compare(number(a), number(b)) : pa.compareTo(pb);
		});
		return codes;
	}

	private static int number(String code) {
		return Integer.parseInt(code.replaceAll("^[A-Za-z]+", ""));
	}

	/** Per municipality, its interventions as a portfolio in the report's words. */
	Map<String, Portfolio> portfolios() {
		Map<String, String> printedNames = new HashMap<>();
		int bijlage2 = Integer.MAX_VALUE;
		if (this.report != null) {
			for (int n = 1; n <= this.report.size(); n++) {
				String line = this.report.get(n - 1);
				if (line.strip().equals("Bijlage 2")) {
					bijlage2 = n;
				}
				Matcher m = LISTED.matcher(line);
				if (n >= bijlage2 && m.matches()) {
					printedNames.put(m.group(1).toUpperCase(Locale.ROOT), m.group(2).strip());
				}
			}
		}
		Map<String, Set<Integer>> lines = (this.report != null) ? citedLines(bijlage2) : Map.of();
		Map<String, Portfolio> portfolios = new LinkedHashMap<>();
		for (String municipality : this.truth.municipalities()) {
			List<Portfolio.Row> rows = new ArrayList<>();
			for (String code : codes(municipality)) {
				String name = printedNames.getOrDefault(code, this.truth.interventions().get(code).name());
				StringBuilder passage = new StringBuilder();
				for (int n : lines.getOrDefault(code, Set.of())) {
					passage.append(this.report.get(n - 1).strip()).append(' ');
				}
				String text = window(name,
						passage.toString().replace("\u00AD", "").replaceAll("-\\s+(?=\\p{Ll})", "").strip());
				if (text.length() > PortfolioBounds.MAX_DESCRIPTION) {
					text = text.substring(0, PortfolioBounds.MAX_DESCRIPTION);
				}
				rows.add(new Portfolio.Row(name, text, null, null, List.of()));
			}
			portfolios.put(municipality, new Portfolio(municipality, rows));
		}
		return portfolios;
	}

	/**
	 * The part of the cited lines about this intervention: a line of Bijlage 2 often runs on from one intervention to
	 * the next, so the passage is cut into clauses (at , ; . and parentheses kept with their clause) and the clauses
	 * that share a word with the name are kept, each with the clause after it (where the report explains a name);
	 * all of it when no clause shares a word.
	 */
	static String window(String name, String passage) {
		Set<String> nameStems = DutchWords.stems(name).keySet();
		String[] clauses = passage.split("(?<=[,;.])\\s+");
		boolean[] keep = new boolean[clauses.length];
		boolean any = false;
		for (int i = 0; i < clauses.length; i++) {
			if (DutchWords.stems(clauses[i]).keySet().stream().anyMatch(nameStems::contains)) {
				keep[i] = true;
				if (i + 1 < clauses.length) {
					keep[i + 1] = true;
				}
				any = true;
			}
		}
		if (!any) {
			return passage;
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < clauses.length; i++) {
			if (keep[i]) {
				text.append(text.isEmpty() ? "" : " ").append(clauses[i]);
			}
		}
		return text.toString();
	}

	/** Bijlage 2 lines the seed's rationales cite, per intervention code. */
	private Map<String, Set<Integer>> citedLines(int bijlage2) {
		Map<String, Set<Integer>> cited = new HashMap<>();
		for (String file : List.of("interventions.csv", "intervention_themes.csv", "intervention_mechanisms.csv",
				"intervention_factors.csv")) {
			String text;
			try {
				text = Files.readString(this.seed.resolve(file), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			List<List<String>> records = PortfolioFiles.records(text);
			for (List<String> record : records.subList(1, records.size())) {
				if (record.isEmpty()) {
					continue;
				}
				Matcher m = LINE_REF.matcher(String.join(" ", record.subList(1, record.size())));
				while (m.find()) {
					int from = Integer.parseInt(m.group(1));
					int to = (m.group(2) != null) ? Integer.parseInt(m.group(2)) : from;
					for (int n = from; n <= Math.min(to, from + 12); n++) {
						if (n >= bijlage2 && n <= this.report.size()) {
							cited.computeIfAbsent(record.get(0), (k) -> new TreeSet<>()).add(n);
						}
					}
				}
			}
		}
		return cited;
	}

	static String mostFrequentMainTheme(CuratedGraph graph) {
		Map<String, Integer> counts = new HashMap<>();
		graph.interventions().values().forEach((i) -> {
			if (i.mainTheme() != null) {
				counts.merge(i.mainTheme(), 1, Integer::sum);
			}
		});
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.findFirst().orElseThrow().getKey();
	}

	/** The keyword baseline: themes whose own label words occur in the text, most words first. */
	static List<String> keywordThemes(Portfolio.Row row, CuratedGraph graph, String fallback) {
		Map<String, String> stems = DutchWords.stems(row.text());
		Map<String, Integer> hits = new LinkedHashMap<>();
		for (CuratedGraph.Theme t : graph.themes()) {
			int n = 0;
			for (String stem : DutchWords.stems(t.shortLabelNl().replace('/', ' ') + " " + t.labelNl()).keySet()) {
				n += stems.containsKey(stem) ? 1 : 0;
			}
			if (n > 0) {
				hits.put(t.id(), n);
			}
		}
		if (hits.isEmpty()) {
			return List.of(fallback);
		}
		return hits.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The keyword baseline for mechanisms: those whose Dutch or English name words all occur in the text. */
	static Set<String> keywordMechanisms(Portfolio.Row row, CuratedGraph graph) {
		Map<String, String> stems = DutchWords.stems(row.text());
		Set<String> found = new LinkedHashSet<>();
		for (CuratedGraph.Mechanism m : graph.mechanisms().values()) {
			for (String name : (m.nameNl() + "/" + m.nameEn()).split("/")) {
				if (PortfolioScanner.containsTerm(stems, name.toLowerCase(Locale.ROOT))) {
					found.add(m.id());
				}
			}
		}
		return found;
	}

	/** The gap baseline: the factors that at least half of the other municipalities leave unaddressed. */
	static Set<String> majorityGaps(CuratedGraph others) {
		Map<String, Integer> counts = new HashMap<>();
		for (String m : others.municipalities()) {
			others.gaps(m).forEach((g) -> counts.merge(g, 1, Integer::sum));
		}
		Set<String> gaps = new TreeSet<>();
		counts.forEach((g, n) -> {
			if (2 * n >= others.municipalities().size()) {
				gaps.add(g);
			}
		});
		return gaps;
	}

	/** The figures as a Markdown table. */
	static String markdown(Result result) {
		StringBuilder md = new StringBuilder();
		md.append("Text the scan read: **").append(result.textSource().equals("report")
				? "the report's own words** (printed name + the Bijlage 2 lines the seed cites for it)"
				: "the printed names only** (the report's text was not found)").append(".\n\n");
		md.append("| municipality | n | main theme top-1 (most frequent / keywords) | theme-set F1 (most frequent / keywords) "
				+ "| mechanism P / R (keywords P / R) | gap Jaccard (other seven) |\n");
		md.append("|---|---|---|---|---|---|\n");
		List<Fold> rows = new ArrayList<>(result.folds());
		rows.add(result.all());
		for (Fold f : rows) {
			md.append(String.format(Locale.ROOT,
					"| %s | %d | **%.2f** (%.2f / %.2f) | **%.2f** (%.2f / %.2f) | **%.2f / %.2f** (%.2f / %.2f) | **%.2f** (%.2f) |%n",
					f.municipality().equals("all") ? "**all eight**" : f.municipality(), f.interventions(), f.top1(),
					f.top1Frequent(), f.top1Keywords(), f.themeF1(), f.themeF1Frequent(), f.themeF1Keywords(),
					f.mechanismPrecision(), f.mechanismRecall(), f.mechanismPrecisionKeywords(),
					f.mechanismRecallKeywords(), f.gapJaccard(), f.gapJaccardOthers()));
		}
		md.append("\nGap differences per municipality (missed: a curated gap the scan thinks addressed; extra: a gap "
				+ "the scan sees that the curated links close):\n\n");
		for (Fold f : result.folds()) {
			md.append("- ").append(f.municipality()).append(": missed ").append(f.missedGaps().isEmpty() ? "none"
					: String.join(", ", f.missedGaps())).append("; extra ").append(f.extraGaps().isEmpty() ? "none"
							: String.join(", ", f.extraGaps())).append('\n');
		}
		return md.toString();
	}

}
