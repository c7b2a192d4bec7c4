package nl.botoc.graph.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.system.projection.EntityRef;

/**
 * {@code scanPortfolio} ({@code scan.graphqls}). The answer is a tree of maps whose node fields hold
 * {@link EntityRef}s, so the read model reads exactly what the query selects on each intervention, theme or factor.
 */
@Controller
class ScanController {

	private final PortfolioScanner scanner;

	ScanController(PortfolioScanner scanner) {
		this.scanner = scanner;
	}

	@QueryMapping
	Map<String, Object> scanPortfolio(@Argument Map<String, Object> input) {
		Portfolio portfolio = PortfolioBounds.check((String) input.get("owner"), PortfolioBounds.rawRows(input.get("interventions")),
				this.scanner.themeIds());
		return answer(this.scanner.scan(portfolio));
	}

	static Map<String, Object> answer(PortfolioScan scan) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("owner", scan.owner());
		m.put("basis", "INFERRED");
		m.put("method", PortfolioScan.METHOD);
		m.put("interventions", scan.interventions().stream().map(ScanController::scanned).toList());
		m.put("themeCoverage", scan.themeCoverage().stream().map((c) -> map("theme", ref("Theme", c.theme()),
				"mainCount", c.mainCount(), "count", c.count(), "interventions", c.interventions(),
				"botocMunicipalities", c.botocMunicipalities())).toList());
		m.put("factorGaps", scan.factorGaps().stream().map((g) -> map("factor", ref("Factor", g.factor()),
				"modifiable", g.modifiable(), "alsoMissingIn", g.alsoMissingIn(), "openness", g.openness(), "addressedBy",
				g.addressedBy().stream().map((a) -> map("intervention", ref("Intervention", a.code()), "recognised",
						a.recognised(), "via", a.via())).toList())).toList());
		PortfolioScan.ApproachMix mix = scan.approachMix();
		m.put("approachMix", map("preventive", mix.preventive(), "repressive", mix.repressive(), "preventiveShare",
				mix.preventiveShare(), "botocPreventiveShare", mix.botocPreventiveShare()));
		m.put("comparison", scan.comparison().stream().map(ScanController::comparison).toList());
		m.put("peers", scan.peers().stream().map(ScanController::comparison).toList());
		return m;
	}

	private static Map<String, Object> scanned(PortfolioScan.Scanned s) {
		return map("index", s.index(), "name", s.name(), "approach", s.approach(), "approachBasis",
				s.approachGiven() ? "GIVEN" : "INFERRED", "mainTheme",
				(s.mainTheme() == null) ? null : theme(s.mainTheme()), "otherThemes",
				s.otherThemes().stream().map(ScanController::theme).toList(), "factors",
				s.factors().stream().map((f) -> map("factor", ref("Factor", f.factor()), "confidence", f.confidence(),
						"basis", "INFERRED", "why", f.why(), "themeStatements", f.themeStatements(), "evidence",
						neighbours(f.evidence()))).toList(),
				"mechanisms", s.mechanisms().stream().map((x) -> map("mechanism", ref("Mechanism", x.mechanism()),
						"confidence", x.confidence(), "basis", "INFERRED", "why", x.why(), "matchedTerms",
						x.matchedTerms(), "evidence", neighbours(x.evidence()))).toList(),
				"similar", neighbours(s.similar()));
	}

	private static Map<String, Object> theme(PortfolioScan.ThemeProposal t) {
		return map("theme", ref("Theme", t.theme()), "confidence", t.confidence(), "basis",
				t.given() ? "GIVEN" : "INFERRED", "why", t.why(), "evidence", neighbours(t.evidence()));
	}

	private static List<Map<String, Object>> neighbours(List<PortfolioScan.Neighbour> neighbours) {
		return neighbours.stream().map((n) -> map("intervention", ref("Intervention", n.code()), "score", n.score(),
				"sharedWords", n.sharedWords(), "sharedTerms", n.sharedTerms())).toList();
	}

	private static Map<String, Object> comparison(PortfolioScan.Comparison c) {
		return map("municipality", ref("Municipality", c.municipality()), "similarity", c.similarity(),
				"sharedThemes", c.sharedThemes(), "sharedMechanisms", c.sharedMechanisms(), "coversOurGaps",
				c.coversOurGaps(), "gapCount", c.gapCount(), "preventiveShare", c.preventiveShare());
	}

	private static EntityRef ref(String type, String key) {
		return new EntityRef(type, key);
	}

	/** A map from alternating keys and values (null values kept: a null field is a null answer). */
	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
