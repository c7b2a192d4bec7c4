package nl.botoc.graph.system.projection;

/**
 * A node named by its key, where a feature that computes an answer in its own Cypher (the analysis questions)
 * hands over an intervention, factor, theme …: the projection compiler then reads exactly the fields the query
 * selects on it, for all refs of one field in one statement.
 *
 * @param typeName the GraphQL type declared with {@link GraphModel#entity}
 * @param key the value of its key property (an intervention code, an id)
 */
public record EntityRef(String typeName, String key) {
}
