package nl.botoc.graph.interventions;

import nl.botoc.graph.sources.Provenance;

/** GraphQL {@code ThemeLink}: a {@code TOUCHES} relationship with both ends already loaded. */
public record ThemeLink(Intervention intervention, Theme theme, boolean main, Provenance provenance) {
}
