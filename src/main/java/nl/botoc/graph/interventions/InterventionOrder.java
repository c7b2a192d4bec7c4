package nl.botoc.graph.interventions;

/** GraphQL input {@code InterventionOrder}: a sort key and its direction. */
record InterventionOrder(String field, String direction) {
}
