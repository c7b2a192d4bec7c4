package nl.botoc.graph.factors;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.botoc.graph.interventions.InterventionModel;
import nl.botoc.graph.sources.ProvenanceCypher;
import nl.botoc.graph.system.projection.GraphModel;
import nl.botoc.graph.system.projection.TypeMapping;

import static nl.botoc.graph.system.projection.TypeMapping.Direction.IN;

/** How factors and the TARGETS links are read (see {@link TypeMapping}). */
@Component
public class FactorModel implements GraphModel.GraphModelContribution {

	/** Risk before protective, grounded before plausible, then by Bijlage 1 category and name. */
	public static String factorOrder(String variable) {
		return ("CASE %1$s.kind WHEN 'RISK' THEN 0 ELSE 1 END,"
				+ " CASE %1$s.evidence WHEN 'GROUNDED' THEN 0 WHEN 'PLAUSIBLE' THEN 1 ELSE 2 END,"
				+ " %1$s.category, %1$s.nameNl, %1$s.id").formatted(variable);
	}

	@Override
	public void contribute(GraphModel model) {
		model.entity("Factor", "Factor", "id");
		model.abstractType("Factor", List.of(new GraphModel.Branch("ProtectiveFactor", "{n}.kind = 'PROTECTIVE'"),
				new GraphModel.Branch("RiskFactor", "true")));
		for (String type : List.of("RiskFactor", "ProtectiveFactor")) {
			model.type(TypeMapping.of(type)
				.properties("id", "kind", "nameNl", "nameEn", "category", "evidence", "targetGroup", "studiedInNl",
						"modifiableRationale")
				.value("modifiable", "coalesce({n}.modifiable, true)")
				.value("provenance", ProvenanceCypher.of("{n}"))
				.links("interventions", "MATCH ({other}:Intervention)-[{rel}:TARGETS]->({n})",
						"InterventionFactorLink", IN, InterventionModel.codeOrder("{other}"), true)
				.links("themes", "MATCH ({other}:Theme)-[{rel}:TARGETS]->({n})", "ThemeFactorLink", IN,
						InterventionModel.themeOrder("{other}"), true)
				.nodes("identifiedIn", "MATCH ({n})-[:IDENTIFIED_IN]->({other}:Source)", "Source", "{other}.id")
				.build());
		}
		model.type(TypeMapping.of("InterventionFactorLink")
			.end("intervention", "from", "Intervention")
			.end("factor", "to", "Factor")
			.value("provenance", ProvenanceCypher.of("{r}"))
			.build());
		model.type(TypeMapping.of("ThemeFactorLink")
			.end("theme", "from", "Theme")
			.end("factor", "to", "Factor")
			.value("provenance", ProvenanceCypher.of("{r}"))
			.build());
		model.type(TypeMapping.of("FactorConnection").build());
		model.type(TypeMapping.of("FactorEdge").build());
	}

}
