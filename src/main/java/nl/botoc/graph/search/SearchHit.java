package nl.botoc.graph.search;

/**
 * GraphQL {@code SearchHit}: a node of the graph and how well it matched.
 *
 * @param score relevance from the full-text index (higher is better)
 * @param node an Intervention, Municipality, Theme, RiskFactor, ProtectiveFactor or Mechanism record
 */
record SearchHit(double score, Object node) {
}
