package nl.botoc.graph.sources;

import org.neo4j.driver.types.MapAccessor;

import nl.botoc.graph.system.graphql.GraphValues;

/** GraphQL {@code Claim}: a figure the report states. Public so that the report audit can return claims. */
public record Claim(String id, String statementEn, String metric, String scope, int expected, String explanation,
		Provenance provenance) {

	/** Maps a {@code :Claim} node. */
	public static Claim from(MapAccessor node) {
		Integer expected = GraphValues.integer(node, "expected");
		return new Claim(GraphValues.string(node, "id"), GraphValues.string(node, "statementEn"),
				GraphValues.string(node, "metric"), GraphValues.string(node, "scope"),
				(expected != null) ? expected : 0, GraphValues.string(node, "explanation"), Provenance.of(node));
	}

}
