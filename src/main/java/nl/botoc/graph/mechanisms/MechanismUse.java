package nl.botoc.graph.mechanisms;

import nl.botoc.graph.interventions.Intervention;
import nl.botoc.graph.sources.Provenance;

/** GraphQL {@code MechanismUse}: a {@code USES} relationship with its local name, both ends loaded. */
public record MechanismUse(Intervention intervention, Mechanism mechanism, String localName, Provenance provenance) {
}
