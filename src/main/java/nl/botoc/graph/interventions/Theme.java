package nl.botoc.graph.interventions;

import java.util.List;

/** The themes (thema's) of Bijlage 2, in the report's order. */
final class Theme {

	/**
	 * The report's order of the themes (§2.1, Bijlage 2). The graph stores no position, so the order is the one
	 * seed/FORMAT.md fixes; themes not listed come last, by id.
	 */
	static final List<String> REPORT_ORDER = List.of("theme:gedrag-identiteit", "theme:werk-opleiding",
			"theme:vroegsignalering", "theme:straatcoaches-jongerenwerk", "theme:rolmodellen-ervaringsdeskundigen",
			"theme:criminele-families", "theme:versterken-ouderrol", "theme:opsporing-vervolging",
			"theme:bovenlokale-netwerken", "theme:online-leefwereld", "theme:schoolomgeving",
			"theme:deskundigheidsbevordering");

	private Theme() {
	}

}
