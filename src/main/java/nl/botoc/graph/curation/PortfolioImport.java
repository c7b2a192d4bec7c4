package nl.botoc.graph.curation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import nl.botoc.graph.curation.Curation.Outcome;
import nl.botoc.graph.curation.Curation.Problems;
import nl.botoc.graph.curation.Curation.Subject;
import nl.botoc.graph.curation.CurationError.Code;
import nl.botoc.graph.curation.CurationInput.Provenance;
import nl.botoc.graph.curation.CurationMutations.NewMunicipality;
import nl.botoc.graph.curation.GraphEdits.LinkKind;
import nl.botoc.graph.curation.GraphEdits.NodeKind;
import nl.botoc.graph.scan.Portfolio;
import nl.botoc.graph.scan.PortfolioBounds;
import nl.botoc.graph.scan.PortfolioScan;
import nl.botoc.graph.scan.PortfolioScanner;

import static nl.botoc.graph.curation.CurationInput.NAME_LENGTH;
import static nl.botoc.graph.curation.CurationInput.RATIONALE_LENGTH;
import static nl.botoc.graph.curation.CurationInput.TEXT_LENGTH;

/**
 * {@code importScannedPortfolio}: a scanned portfolio stored as a new municipality, in one curation mutation. The
 * scan runs again inside the write transaction (so its proposals are made on the graph they are written to); the
 * municipality, one intervention per row and the accepted proposals are written with {@code basis: inferred} and a
 * rationale that carries the scan's evidence; a {@code Source} for the import is what they all cite. Everything is
 * checked before anything is written, and the whole import is one {@code Change} (one diff), so the history queries
 * and the undo work on it as on any other mutation.
 * <p>
 * Which proposals become links: for each row its main theme (always: every intervention has one), and the other
 * themes, factors and mechanisms whose confidence reaches {@code minConfidence} (default
 * {@value #DEFAULT_MIN_CONFIDENCE}); a row entry in {@code rows} replaces that choice, kind by kind, with an explicit
 * list taken from the row's proposals.
 */
@Service
class PortfolioImport {

	static final double DEFAULT_MIN_CONFIDENCE = 0.5;

	/** The shared words and neighbours a rationale names, at most. */
	private static final int EVIDENCE_ITEMS = 3;

	private final Curation curation;

	private final PortfolioScanner scanner;

	PortfolioImport(Curation curation, PortfolioScanner scanner) {
		this.curation = curation;
		this.scanner = scanner;
	}

	/** What to accept for one row, as the input's {@code rows} entry says; null lists: the default choice. */
	private record RowChoice(@Nullable String code, @Nullable String mainTheme, @Nullable List<String> themes,
			@Nullable List<String> factors, @Nullable List<String> mechanisms) {
	}

	@SuppressWarnings("unchecked")
	Outcome importScannedPortfolio(Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		CurationInput municipalityInput = new CurationInput((Map<String, Object>) input.get("municipality"));
		NewMunicipality municipality = NewMunicipality.read(municipalityInput);
		String summaryEn = municipalityInput.optionalText("summaryEn", TEXT_LENGTH);
		String summaryNl = municipalityInput.optionalText("summaryNl", TEXT_LENGTH);
		in.problems.addAll("municipality.", municipalityInput.problems);

		CurationInput provenanceInput = new CurationInput((Map<String, Object>) input.get("provenance"));
		String label = provenanceInput.requiredText("label", NAME_LENGTH);
		List<String> cited = Objects.requireNonNullElse(provenanceInput.optionalList("source", NAME_LENGTH), List.of());
		for (int i = 0; i < cited.size(); i++) {
			if (!CurationInput.SOURCE_ENTRY.matcher(cited.get(i)).matches()) {
				provenanceInput.problems.add(Code.INVALID_VALUE, "source[" + i + "]",
						"A source is <source-id>#<locator>, e.g. src:praktijkscan#2.2");
			}
		}
		in.problems.addAll("provenance.", provenanceInput.problems);

		Number min = (Number) input.get("minConfidence");
		double minConfidence = (min != null) ? min.doubleValue() : DEFAULT_MIN_CONFIDENCE;
		if (minConfidence < 0 || minConfidence > 1) {
			in.problems.add(Code.INVALID_VALUE, "minConfidence", "minConfidence must be between 0 and 1");
		}
		Map<String, Object> portfolioInput = (Map<String, Object>) input.get("portfolio");
		List<PortfolioBounds.RawRow> raw = PortfolioBounds.rawRows(portfolioInput.get("interventions"));
		PortfolioBounds.Checked checked = PortfolioBounds.validate((String) portfolioInput.get("owner"), raw, null);
		checked.problems().forEach((problem) -> in.problems.add(code(problem.code()), field(problem), problem.message()));
		Portfolio portfolio = checked.portfolio();
		List<String> codes = new ArrayList<>();
		Map<Integer, RowChoice> chosen = new HashMap<>();
		if (raw != null && raw.size() <= PortfolioBounds.MAX_ROWS) {
			for (int i = 0; i < raw.size(); i++) {
				if (raw.get(i).description() == null || raw.get(i).description().isBlank()) {
					in.problems.add(Code.EMPTY_NAME, "portfolio.interventions[" + i + "].description",
							"Intervention " + (i + 1) + " has no description; an imported intervention needs one");
				}
				codes.add(municipality.codePrefix() + (i + 1));
			}
			chosen = choices(in, (List<Map<String, Object>>) input.get("rows"), raw.size(), municipality.codePrefix(),
					codes);
		}
		Map<Integer, RowChoice> choices = chosen;
		String sourceId = PortfolioScanner.IMPORTED_SOURCE_PREFIX + municipality.id().substring(municipality.id().indexOf(':') + 1);
		return this.curation.run("importScannedPortfolio", input, in.problems, (tx, edits, problems, seq) -> {
			municipality.checkNew(tx, problems, "municipality.");
			if (GraphEdits.exists(tx, NodeKind.SOURCE, sourceId)) {
				problems.add(Code.ALREADY_EXISTS, "municipality.id", "There is already an import source " + sourceId);
			}
			for (int i = 0; i < codes.size(); i++) {
				if (GraphEdits.exists(tx, NodeKind.INTERVENTION, codes.get(i))) {
					problems.add(Code.ALREADY_EXISTS, "rows", "There is already an intervention " + codes.get(i)
							+ " (intervention " + (i + 1) + ")");
				}
				for (String theme : portfolio.rows().get(i).themes()) {
					if (!GraphEdits.exists(tx, NodeKind.THEME, theme)) {
						problems.add(Code.UNKNOWN_ID, "portfolio.interventions[" + i + "].themes", "There is no theme " + theme);
					}
				}
			}
			CurationInput.checkSourcesExist(tx, new Provenance(cited, "inferred", null), null, problems);
			problems.check();

			PortfolioScan scan = this.scanner.scanIn(tx, portfolio);
			List<Accepted> accepted = new ArrayList<>();
			for (PortfolioScan.Scanned row : scan.interventions()) {
				accepted.add(accept(row, choices.get(row.index()), minConfidence, problems));
			}
			problems.check();

			String date = LocalDate.now(ZoneOffset.UTC).toString();
			String title = "Praktijkscan import " + date + " (" + label + ")";
			writeSource(edits, sourceId, title, municipality, portfolio.rows().size(), seq);
			municipality.props().put("summaryEn", Objects.requireNonNullElse(summaryEn, "Imported from a praktijkscan of "
					+ portfolio.rows().size() + " interventions (" + label + ", " + date + "); its links are the scan's inferences."));
			municipality.props().put("summaryNl", Objects.requireNonNullElse(summaryNl, "Geïmporteerd uit een praktijkscan van "
					+ portfolio.rows().size() + " interventies (" + label + ", " + date + "); de koppelingen zijn afgeleid door de scan."));
			municipality.create(edits, provenance(sourceId + "#portfolio", cited, "Imported as a new municipality from "
					+ title + " by " + Curation.actor() + "; name and attributes as the curator gave them."), seq);
			for (int i = 0; i < codes.size(); i++) {
				writeIntervention(edits, codes.get(i), municipality.id(), portfolio.rows().get(i),
						scan.interventions().get(i), accepted.get(i), sourceId + "#row-" + (i + 1), cited, title, seq);
			}
			return new Subject(municipality.id(), 1);
		});
	}

	// --- input checks

	/** The {@code rows} entries: each names an existing row once, and codes are well formed and unique. */
	private static Map<Integer, RowChoice> choices(CurationInput in, @Nullable List<Map<String, Object>> rows, int size,
			String prefix, List<String> codes) {
		Map<Integer, RowChoice> choices = new HashMap<>();
		if (rows == null) {
			return choices;
		}
		for (int k = 0; k < rows.size(); k++) {
			CurationInput entry = new CurationInput(rows.get(k));
			Long row = entry.integer("row", 0, size - 1);
			String code = entry.optionalText("code", NAME_LENGTH);
			if (code != null) {
				Matcher shape = CurationMutations.INTERVENTION_CODE.matcher(code);
				if (!shape.matches() || !shape.group(1).equals(prefix)) {
					entry.problems.add(Code.INVALID_VALUE, "code",
							"code must be the code prefix " + prefix + " and a number or -X<n> (e.g. " + prefix + "12)");
				}
			}
			if (row != null && entry.problems.isEmpty()) {
				if (choices.containsKey(row.intValue())) {
					entry.problems.add(Code.INVALID_VALUE, "row", "Row " + row + " is named twice in rows");
				}
				else {
					choices.put(row.intValue(), new RowChoice(code, (String) rows.get(k).get("mainTheme"),
							ids(rows.get(k), "themes"), ids(rows.get(k), "factors"), ids(rows.get(k), "mechanisms")));
					if (code != null) {
						codes.set(row.intValue(), code);
					}
				}
			}
			in.problems.addAll("rows[" + k + "].", entry.problems);
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			if (!seen.add(codes.get(i))) {
				in.problems.add(Code.ALREADY_EXISTS, "rows", "Two interventions would get the code " + codes.get(i)
						+ " (intervention " + (i + 1) + ")");
			}
		}
		return choices;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable List<String> ids(Map<String, Object> entry, String field) {
		return (List<String>) entry.get(field);
	}

	/** The curation code for a bound of the scan. */
	private static Code code(String scanCode) {
		return switch (scanCode) {
			case "MISSING_NAME" -> Code.EMPTY_NAME;
			case "PORTFOLIO_TOO_LARGE", "TEXT_TOO_LONG", "TOO_MANY_THEMES" -> Code.TOO_LONG;
			case "UNKNOWN_THEME" -> Code.UNKNOWN_ID;
			default -> Code.INVALID_VALUE;
		};
	}

	private static String field(PortfolioBounds.Problem problem) {
		return (problem.row() == null) ? "portfolio." + problem.field()
				: "portfolio.interventions[" + problem.row() + "]." + problem.field();
	}

	// --- which proposals become links

	/** The proposals of one row that become links (each keeps its evidence). */
	private record Accepted(PortfolioScan.ThemeProposal mainTheme, List<PortfolioScan.ThemeProposal> themes,
			List<PortfolioScan.FactorProposal> factors, List<PortfolioScan.MechanismProposal> mechanisms) {
	}

	private static @Nullable Accepted accept(PortfolioScan.Scanned row, @Nullable RowChoice choice, double min,
			Problems problems) {
		String at = "rows[" + row.index() + "].";
		List<PortfolioScan.ThemeProposal> proposed = new ArrayList<>();
		if (row.mainTheme() != null) {
			proposed.add(row.mainTheme());
		}
		proposed.addAll(row.otherThemes());
		PortfolioScan.ThemeProposal main = row.mainTheme();
		if (choice != null && choice.mainTheme() != null) {
			main = proposed.stream().filter((p) -> p.theme().equals(choice.mainTheme())).findFirst().orElse(null);
			if (main == null) {
				problems.add(Code.INVALID_VALUE, at + "mainTheme", "The scan did not propose " + choice.mainTheme()
						+ " for intervention " + (row.index() + 1) + "; choose one of its proposed themes");
				return null;
			}
		}
		if (main == null) {
			problems.add(Code.INVALID_VALUE, "portfolio.interventions[" + row.index() + "]", "The scan found no main theme "
					+ "for intervention " + (row.index() + 1) + "; give one in its themes");
			return null;
		}
		String mainId = main.theme();
		List<PortfolioScan.ThemeProposal> themes = chosen(proposed.stream().filter((p) -> !p.theme().equals(mainId)).toList(),
				PortfolioScan.ThemeProposal::theme, (p) -> p.given() || p.confidence() >= min,
				(choice != null) ? choice.themes() : null, at + "themes", row, problems);
		List<PortfolioScan.FactorProposal> factors = chosen(row.factors(), PortfolioScan.FactorProposal::factor,
				(p) -> p.confidence() >= min, (choice != null) ? choice.factors() : null, at + "factors", row, problems);
		List<PortfolioScan.MechanismProposal> mechanisms = chosen(row.mechanisms(),
				PortfolioScan.MechanismProposal::mechanism, (p) -> p.confidence() >= min,
				(choice != null) ? choice.mechanisms() : null, at + "mechanisms", row, problems);
		return new Accepted(main, themes, factors, mechanisms);
	}

	/** The proposals chosen: those {@code byDefault} accepts, or exactly the {@code explicit} ids (each proposed). */
	private static <P> List<P> chosen(List<P> proposals, java.util.function.Function<P, String> id,
			java.util.function.Predicate<P> byDefault, @Nullable List<String> explicit, String field,
			PortfolioScan.Scanned row, Problems problems) {
		if (explicit == null) {
			return proposals.stream().filter(byDefault).toList();
		}
		List<P> chosen = new ArrayList<>();
		for (String wanted : new java.util.LinkedHashSet<>(explicit)) {
			var proposal = proposals.stream().filter((p) -> id.apply(p).equals(wanted)).findFirst();
			if (proposal.isEmpty()) {
				problems.add(Code.INVALID_VALUE, field, "The scan did not propose " + wanted + " for intervention "
						+ (row.index() + 1) + "; accept only its proposals (link others afterwards, with your own rationale)");
			}
			else {
				chosen.add(proposal.get());
			}
		}
		return chosen;
	}

	// --- the edits

	private static void writeSource(GraphEdits edits, String id, String title, NewMunicipality municipality, int rows,
			long seq) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("kind", "POLICY");
		props.put("title", title);
		props.put("year", (long) LocalDate.now(ZoneOffset.UTC).getYear());
		props.put("publisher", municipality.props().get("name"));
		props.put("descriptionEn", "The portfolio of " + rows + " interventions that " + municipality.props().get("name")
				+ " gave the praktijkscan, imported as a municipality; its rows are cited as row-1, row-2, ….");
		props.put("source", List.of(id + "#portfolio"));
		props.put("basis", "inferred");
		props.put("rationale", "Recorded by the import: what the curator uploaded or typed, in the owner's words.");
		props.put("version", 1L);
		props.put("curatedSeq", seq);
		edits.createNode(NodeKind.SOURCE, id, props);
	}

	private static void writeIntervention(GraphEdits edits, String code, String municipality, Portfolio.Row row,
			PortfolioScan.Scanned scanned, Accepted accepted, String citation, List<String> cited, String title, long seq) {
		String status = Objects.requireNonNullElse(row.status(), "ADDED_LATER");
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("name", row.name());
		// The owner's own words, in the language they wrote (not translated): both language fields hold them.
		props.put("descriptionEn", row.description());
		props.put("descriptionNl", row.description());
		props.put("approach", scanned.approach());
		props.put("approachBasis", scanned.approachGiven() ? "stated" : "inferred");
		props.put("approachRationale", scanned.approachGiven() ? "Given in the portfolio."
				: "Proposed by the praktijkscan from the approach of its most similar curated interventions and its main theme.");
		props.put("status", status);
		props.put("statusBasis", (row.status() != null) ? "stated" : "inferred");
		props.put("statusRationale", (row.status() != null) ? "Given in the portfolio."
				: "Not given in the portfolio; an imported intervention counts as added later (the 2022 report did not assess it).");
		props.put("exploratory", false);
		CurationMutations.putLifecycle(props, status);
		String similar = neighbours(scanned.similar());
		CurationMutations.createIntervention(edits, code, municipality, props, provenance(citation, cited, "Imported from "
				+ title + ", intervention " + (scanned.index() + 1) + "; name and description are the owner's words."
				+ (similar.isEmpty() ? "" : " Most similar curated interventions: " + similar + ".")), seq);
		Provenance link = provenance(citation, List.of(), "");
		link(edits, LinkKind.TOUCHES, code, accepted.mainTheme().theme(), true, themeWhy(accepted.mainTheme(), "main theme"),
				link, seq);
		for (PortfolioScan.ThemeProposal theme : accepted.themes()) {
			link(edits, LinkKind.TOUCHES, code, theme.theme(), false, themeWhy(theme, "theme"), link, seq);
		}
		for (PortfolioScan.FactorProposal factor : accepted.factors()) {
			link(edits, LinkKind.TARGETS, code, factor.factor(), null,
					why("factor", factor.confidence(), factor.why(), factor.evidence()), link, seq);
		}
		for (PortfolioScan.MechanismProposal mechanism : accepted.mechanisms()) {
			link(edits, LinkKind.USES, code, mechanism.mechanism(), null,
					why("mechanism", mechanism.confidence(), mechanism.why(), mechanism.evidence()), link, seq);
		}
	}

	private static void link(GraphEdits edits, LinkKind kind, String code, String target, @Nullable Boolean main,
			String rationale, Provenance row, long seq) {
		Map<String, Object> props = new LinkedHashMap<>();
		if (main != null) {
			props.put("main", main);
		}
		props.putAll(CurationMutations.linkProvenance(new Provenance(row.source(), "inferred", rationale), seq));
		edits.createLink(kind, code, target, props);
	}

	private static Provenance provenance(String citation, List<String> cited, String rationale) {
		List<String> source = new ArrayList<>();
		source.add(citation);
		cited.stream().filter((c) -> !source.contains(c)).forEach(source::add);
		return new Provenance(List.copyOf(source), "inferred", shorten(rationale));
	}

	// --- rationales: the scan's evidence, short

	private static String themeWhy(PortfolioScan.ThemeProposal theme, String what) {
		return theme.given() ? "Praktijkscan import: " + what + " given in the portfolio by its owner."
				: why(what, theme.confidence(), theme.why(), theme.evidence());
	}

	private static String why(String what, double confidence, String why, List<PortfolioScan.Neighbour> evidence) {
		String similar = neighbours(evidence);
		return shorten("Praktijkscan proposal (" + what + ", confidence " + confidence + "): " + why
				+ (similar.isEmpty() ? "" : "; similar curated interventions: " + similar) + ".");
	}

	/** The first neighbours with the words (and the report's terms) they share with the row. */
	static String neighbours(List<PortfolioScan.Neighbour> neighbours) {
		List<String> parts = new ArrayList<>();
		for (PortfolioScan.Neighbour n : neighbours.subList(0, Math.min(EVIDENCE_ITEMS, neighbours.size()))) {
			List<String> shared = new ArrayList<>(n.sharedWords().subList(0, Math.min(EVIDENCE_ITEMS, n.sharedWords().size())));
			n.sharedTerms().stream().limit(2).forEach((term) -> shared.add("term '" + term + "'"));
			parts.add(n.code() + (shared.isEmpty() ? "" : " (" + String.join(", ", shared) + ")"));
		}
		return String.join("; ", parts);
	}

	private static @Nullable String shorten(String text) {
		if (text.isEmpty()) {
			return null;
		}
		return (text.length() <= RATIONALE_LENGTH) ? text : text.substring(0, RATIONALE_LENGTH - 1) + "…";
	}

}
