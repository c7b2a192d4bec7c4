package nl.botoc.graph.interventions;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

import nl.botoc.graph.sources.Provenance;
import nl.botoc.graph.system.graphql.GraphValues;

/** GraphQL {@code Theme}: one of the twelve thema's of Bijlage 2. Public so that other features can return themes. */
public record Theme(String id, String labelNl, String shortLabelNl, String labelEn, String approach,
		String descriptionEn, Provenance provenance) {

	/**
	 * The report's order of the themes (§2.1, Bijlage 2). The graph stores no position, so the order is the one
	 * seed/FORMAT.md fixes; themes not listed come last, by id.
	 */
	public static final List<String> REPORT_ORDER = List.of("theme:gedrag-identiteit", "theme:werk-opleiding",
			"theme:vroegsignalering", "theme:straatcoaches-jongerenwerk", "theme:rolmodellen-ervaringsdeskundigen",
			"theme:criminele-families", "theme:versterken-ouderrol", "theme:opsporing-vervolging",
			"theme:bovenlokale-netwerken", "theme:online-leefwereld", "theme:schoolomgeving",
			"theme:deskundigheidsbevordering");

	/** Maps a {@code :Theme} node. */
	public static Theme from(MapAccessor node) {
		return new Theme(GraphValues.string(node, "id"), GraphValues.string(node, "labelNl"),
				GraphValues.string(node, "shortLabelNl"), GraphValues.string(node, "labelEn"),
				GraphValues.string(node, "approach"), GraphValues.string(node, "descriptionEn"), Provenance.of(node));
	}

}
