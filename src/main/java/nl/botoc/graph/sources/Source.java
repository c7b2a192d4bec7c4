package nl.botoc.graph.sources;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

import nl.botoc.graph.system.graphql.GraphValues;

/** GraphQL {@code Source}: a document facts come from. Public so that other features can return sources. */
public record Source(String id, String kind, String title, List<String> authors, Integer year, String publisher,
		Integer studiesAnalysed, String descriptionEn, Provenance provenance) {

	/** Maps a {@code :Source} node. */
	public static Source from(MapAccessor node) {
		return new Source(GraphValues.string(node, "id"), GraphValues.string(node, "kind"),
				GraphValues.string(node, "title"), GraphValues.strings(node, "authors"),
				GraphValues.integer(node, "year"), GraphValues.string(node, "publisher"),
				GraphValues.integer(node, "studiesAnalysed"), GraphValues.string(node, "descriptionEn"),
				Provenance.of(node));
	}

}
