package nl.botoc.graph.sources;

import org.springframework.stereotype.Component;

import nl.botoc.graph.interventions.InterventionModel;
import nl.botoc.graph.system.projection.GraphModel;
import nl.botoc.graph.system.projection.TypeMapping;

/** How sources and claims are read, with every relationship that ends at a source (see {@link TypeMapping}). */
@Component
class SourceModel implements GraphModel.GraphModelContribution {

	@Override
	public void contribute(GraphModel model) {
		model.entity("Source", "Source", "id").entity("Claim", "Claim", "id");
		model.type(TypeMapping.of("Source")
			.properties("id", "kind", "title", "year", "publisher", "studiesAnalysed", "descriptionEn")
			.value("version", "coalesce({n}.version, 0)")
			.value("authors", "coalesce({n}.authors, [])")
			.value("provenance", ProvenanceCypher.of("{n}"))
			.nodes("claims", "MATCH ({other}:Claim) WHERE EXISTS { ({other})-[:SOURCED_FROM]->({n}) }", "Claim",
					"{other}.id")
			.nodes("identifiedFactors", "MATCH ({other}:Factor)-[:IDENTIFIED_IN]->({n})", "Factor", "{other}.id")
			.nodes("recognisedInterventions", "MATCH ({other}:Intervention)-[:RECOGNISED_BY]->({n})",
					"Intervention", InterventionModel.codeOrder("{other}"))
			.build());
		model.type(TypeMapping.of("Claim")
			.properties("id", "statementEn", "metric", "scope", "explanation")
			.value("version", "coalesce({n}.version, 0)")
			.value("expected", "coalesce({n}.expected, 0)")
			.value("provenance", ProvenanceCypher.of("{n}"))
			.fewNodes("statedIn", "MATCH ({other}:Source) WHERE EXISTS { ({n})-[:SOURCED_FROM]->({other}) }",
					"Source", "{other}.id")
			.build());
	}

}
