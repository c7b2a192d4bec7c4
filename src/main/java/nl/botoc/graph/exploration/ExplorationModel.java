package nl.botoc.graph.exploration;

import org.springframework.stereotype.Component;

import nl.botoc.graph.sources.ProvenanceCypher;
import nl.botoc.graph.system.projection.GraphModel;
import nl.botoc.graph.system.projection.TypeMapping;

/**
 * How the exploratory elements of §3.1.3 are read (see {@link TypeMapping}): the report presents them as the form
 * some interventions take (pilots, added elements), not as interventions, so they have a label of their own and at
 * most one link of each kind, with the provenance of those links on the element ({@code linkBasis} …).
 */
@Component
class ExplorationModel implements GraphModel.GraphModelContribution {

	@Override
	public void contribute(GraphModel model) {
		model.type(TypeMapping.of("ExploratoryElement")
			.properties("id", "nameEn", "nameNl", "descriptionEn", "descriptionNl", "termNl")
			.node("municipality", "MATCH ({n})-[:IN_MUNICIPALITY]->({other}:Municipality)", "Municipality",
					"{other}.id")
			.node("intervention", "MATCH ({n})-[:ELEMENT_OF]->({other}:Intervention)", "Intervention", "{other}.code")
			.node("theme", "MATCH ({n})-[:ON_THEME]->({other}:Theme)", "Theme", "{other}.id")
			.node("mechanism", "MATCH ({n})-[:DRAWS_ON]->({other}:Mechanism)", "Mechanism", "{other}.id")
			.value("linkProvenance", ProvenanceCypher.ofAttribute("link"))
			.value("provenance", ProvenanceCypher.of("{n}"))
			.build());
	}

}
