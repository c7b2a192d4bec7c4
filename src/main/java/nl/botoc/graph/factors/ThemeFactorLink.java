package nl.botoc.graph.factors;

import nl.botoc.graph.interventions.Theme;
import nl.botoc.graph.sources.Provenance;

/** GraphQL {@code ThemeFactorLink}: a theme's {@code TARGETS} relationship (§3.1.1), both ends loaded. */
public record ThemeFactorLink(Theme theme, Factor factor, Provenance provenance) {
}
