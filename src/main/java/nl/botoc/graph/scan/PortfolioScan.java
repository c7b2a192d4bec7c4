package nl.botoc.graph.scan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The scan of a portfolio (schema type {@code PortfolioScan}): ids only, so that the GraphQL layer reads the nodes
 * for the query's selection and the evaluation compares ids. Every proposal is inferred unless marked given.
 */
public record PortfolioScan(@Nullable String owner, List<Scanned> interventions, List<ThemeCoverage> themeCoverage,
		List<FactorGap> factorGaps, ApproachMix approachMix, List<Comparison> comparison, List<Comparison> peers) {

	static final String METHOD = "Each intervention's name and description are matched against the curated "
			+ "interventions through the Dutch full-text index (BM25, Dutch stemming); the most similar ones vote for "
			+ "their themes (their main theme counting most), mechanisms and factors, weighted by similarity. Themes "
			+ "whose own label the text names add a vote; a mechanism whose local name (the report's own term) occurs "
			+ "in the text is proposed on that ground; a factor is proposed when the §3.1.1 statement of a proposed "
			+ "theme names it, or when the similar interventions target it. A grounded risk factor or protective factor "
			+ "is a gap when it is more likely left open than not, by the mean of two estimates: the share of the BOTOC "
			+ "municipalities that leave it open, and the chance that none of the interventions addresses it, judged "
			+ "from the similar curated interventions that do. Everything is an inference for a curator to confirm.";

	public record Neighbour(String code, double score, List<String> sharedWords, List<String> sharedTerms) {
	}

	public record ThemeProposal(String theme, double confidence, boolean given, String why, List<Neighbour> evidence) {
	}

	public record FactorProposal(String factor, double confidence, String why, List<String> themeStatements,
			List<Neighbour> evidence) {
	}

	public record MechanismProposal(String mechanism, double confidence, String why, List<String> matchedTerms,
			List<Neighbour> evidence) {
	}

	public record Scanned(int index, String name, String approach, boolean approachGiven, @Nullable ThemeProposal mainTheme,
			List<ThemeProposal> otherThemes, List<FactorProposal> factors, List<MechanismProposal> mechanisms,
			List<Neighbour> similar, boolean carriedOut) {

		public List<String> themeIds() {
			List<String> ids = new java.util.ArrayList<>();
			if (this.mainTheme != null) {
				ids.add(this.mainTheme.theme());
			}
			this.otherThemes.forEach((t) -> ids.add(t.theme()));
			return ids;
		}

	}

	public record ThemeCoverage(String theme, int mainCount, int count, List<Integer> interventions, int botocMunicipalities) {
	}

	public record GapIntervention(String code, boolean recognised, String via) {
	}

	public record FactorGap(String factor, boolean modifiable, int alsoMissingIn, double openness,
			List<GapIntervention> addressedBy) {
	}

	public record ApproachMix(int preventive, int repressive, double preventiveShare, double botocPreventiveShare) {
	}

	public record Comparison(String municipality, double similarity, List<String> sharedThemes, List<String> sharedMechanisms,
			List<String> coversOurGaps, int gapCount, double preventiveShare) {
	}

}
