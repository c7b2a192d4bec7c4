package nl.botoc.graph.factors;

import nl.botoc.graph.sources.Provenance;

/** GraphQL {@code RiskFactor} (risicofactor). */
public record RiskFactor(String id, String kind, String nameNl, String nameEn, String category, String evidence,
		String targetGroup, Boolean studiedInNl, boolean modifiable, String modifiableRationale,
		Provenance modifiableProvenance,
		Provenance provenance) implements Factor {
}
