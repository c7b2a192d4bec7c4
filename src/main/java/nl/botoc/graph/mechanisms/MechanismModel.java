package nl.botoc.graph.mechanisms;

import org.springframework.stereotype.Component;

import nl.botoc.graph.interventions.InterventionModel;
import nl.botoc.graph.sources.ProvenanceCypher;
import nl.botoc.graph.system.projection.GraphModel;
import nl.botoc.graph.system.projection.TypeMapping;

import static nl.botoc.graph.system.projection.TypeMapping.Direction.IN;

/** How mechanisms and the USES links are read (see {@link TypeMapping}). */
@Component
class MechanismModel implements GraphModel.GraphModelContribution {

	@Override
	public void contribute(GraphModel model) {
		model.entity("Mechanism", "Mechanism", "id");
		model.type(TypeMapping.of("Mechanism")
			.properties("id", "nameEn", "nameNl", "descriptionEn", "descriptionNl")
			.value("provenance", ProvenanceCypher.of("{n}"))
			.links("uses", "MATCH ({other}:Intervention)-[{rel}:USES]->({n})", "MechanismUse", IN,
					InterventionModel.codeOrder("{other}"), true)
			.value("localNames", """
					COLLECT { MATCH (:Intervention)-[{use}:USES]->({n}) WHERE {use}.localName IS NOT NULL
					          WITH DISTINCT {use}.localName AS {name}
					          RETURN {name} ORDER BY toLower({name}), {name} }""")
			.build());
		model.type(TypeMapping.of("MechanismUse")
			.end("intervention", "from", "Intervention")
			.end("mechanism", "to", "Mechanism")
			.value("localName", "{r}.localName")
			.value("provenance", ProvenanceCypher.of("{r}"))
			.build());
	}

}
