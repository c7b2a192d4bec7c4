package nl.botoc.graph.interventions;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

import nl.botoc.graph.sources.Provenance;
import nl.botoc.graph.system.graphql.GraphValues;

/**
 * GraphQL {@code Municipality}: one of the eight BOTOC gemeenten. Public so that other features (analysis) can
 * return municipalities and let this package resolve their nested fields.
 */
public record Municipality(String id, String name, String codePrefix, String programme, List<String> focusAreas,
		String targetAge, String summaryEn, String summaryNl, Provenance provenance) {

	/** Maps a {@code :Municipality} node. */
	public static Municipality from(MapAccessor node) {
		return new Municipality(GraphValues.string(node, "id"), GraphValues.string(node, "name"),
				GraphValues.string(node, "codePrefix"), GraphValues.string(node, "programme"),
				GraphValues.strings(node, "focusAreas"), GraphValues.string(node, "targetAge"),
				GraphValues.string(node, "summaryEn"), GraphValues.string(node, "summaryNl"), Provenance.of(node));
	}

}
