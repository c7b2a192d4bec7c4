package nl.botoc.graph.interventions;

/** GraphQL {@code ApproachMix}: a municipality's planned interventions counted by approach. */
record ApproachMix(int preventive, int repressive) {
}
