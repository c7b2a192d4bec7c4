package nl.botoc.graph.factors;

import nl.botoc.graph.interventions.Intervention;
import nl.botoc.graph.sources.Provenance;

/** GraphQL {@code InterventionFactorLink}: an intervention's {@code TARGETS} relationship, both ends loaded. */
public record InterventionFactorLink(Intervention intervention, Factor factor, Provenance provenance) {
}
