package nl.botoc.graph.mechanisms;

import org.neo4j.driver.types.MapAccessor;

import nl.botoc.graph.sources.Provenance;
import nl.botoc.graph.system.graphql.GraphValues;

/** GraphQL {@code Mechanism} (werkzaam bestanddeel). Public so that other features can return mechanisms. */
public record Mechanism(String id, String nameEn, String nameNl, String descriptionEn, String descriptionNl,
		Provenance provenance) {

	/** Maps a {@code :Mechanism} node. */
	public static Mechanism from(MapAccessor node) {
		return new Mechanism(GraphValues.string(node, "id"), GraphValues.string(node, "nameEn"),
				GraphValues.string(node, "nameNl"), GraphValues.string(node, "descriptionEn"),
				GraphValues.string(node, "descriptionNl"), Provenance.of(node));
	}

}
