package nl.botoc.graph.interventions;

import java.util.List;


import org.springframework.stereotype.Component;

import nl.botoc.graph.factors.FactorModel;
import nl.botoc.graph.sources.ProvenanceCypher;
import nl.botoc.graph.system.projection.GraphModel;
import nl.botoc.graph.system.projection.TypeMapping;

import static nl.botoc.graph.system.projection.TypeMapping.Direction.IN;
import static nl.botoc.graph.system.projection.TypeMapping.Direction.OUT;

/**
 * How municipalities, interventions and themes are read (see {@link TypeMapping}): one line of Cypher per field,
 * so every statement the API can send for these types is readable here.
 */
@Component
public class InterventionModel implements GraphModel.GraphModelContribution {

	/** Report order of intervention codes (AMS1, AMS2 … AMS10, AMS-X1): prefix, then the number at the end. */
	public static String codeOrder(String variable) {
		return String.join(", ", codeOrderKeys(variable));
	}

	/** The sort keys of {@link #codeOrder}, one by one (for a direction on each). */
	public static List<String> codeOrderKeys(String variable) {
		String digits = ("(CASE WHEN %1$s.code =~ '.*[0-9]{3}' THEN 3 WHEN %1$s.code =~ '.*[0-9]{2}' THEN 2"
				+ " WHEN %1$s.code =~ '.*[0-9]' THEN 1 ELSE 0 END)").formatted(variable);
		return List.of("left(%1$s.code, size(%1$s.code) - %2$s)".formatted(variable, digits),
				"coalesce(toInteger(right(%1$s.code, %2$s)), -1)".formatted(variable, digits), variable + ".code");
	}

	/** Report order of the themes ({@link Theme#REPORT_ORDER}), as one sort key. */
	public static String themeOrder(String variable) {
		StringBuilder cases = new StringBuilder("CASE ").append(variable).append(".id");
		for (int i = 0; i < Theme.REPORT_ORDER.size(); i++) {
			cases.append(" WHEN '").append(Theme.REPORT_ORDER.get(i)).append("' THEN ").append(i);
		}
		return cases.append(" ELSE ").append(Theme.REPORT_ORDER.size()).append(" END, ").append(variable).append(".id")
			.toString();
	}

	@Override
	public void contribute(GraphModel model) {
		model.entity("Intervention", "Intervention", "code")
			.entity("Municipality", "Municipality", "id")
			.entity("Theme", "Theme", "id");
		model.type(TypeMapping.of("Municipality")
			.properties("id", "name", "codePrefix", "programme", "targetAge", "summaryEn", "summaryNl")
			.value("version", "coalesce({n}.version, 0)")
			.value("focusAreas", "coalesce({n}.focusAreas, [])")
			.value("provenance", ProvenanceCypher.of("{n}"))
			.nodes("interventions", "MATCH ({n})-[:RUNS]->({other}:Intervention)", "Intervention",
					codeOrder("{other}"))
			.value("approachMix", """
					{preventive: COUNT { MATCH ({n})-[:RUNS]->({i}:Intervention)
					                     WHERE {i}.status <> 'ADDED_LATER' AND {i}.approach = 'PREVENTIVE' },
					 repressive: COUNT { MATCH ({n})-[:RUNS]->({j}:Intervention)
					                     WHERE {j}.status <> 'ADDED_LATER' AND {j}.approach = 'REPRESSIVE' }}""")
			.build());
		model.type(TypeMapping.of("Intervention")
			.properties("code", "name", "descriptionEn", "descriptionNl", "approach", "status", "targetAge")
			.value("version", "coalesce({n}.version, 0)")
			.value("formerNames", "coalesce({n}.formerNames, [])")
			.value("approachProvenance", ProvenanceCypher.ofAttribute("approach"))
			.value("statusProvenance", ProvenanceCypher.ofAttribute("status"))
			.value("recognisedProvenance", ProvenanceCypher.ofAttribute("recognised"))
			.value("groundedProvenance", ProvenanceCypher.ofAttribute("grounded"))
			.value("planned", "coalesce({n}.planned, {n}.status <> 'ADDED_LATER')")
			.value("carriedOut", "coalesce({n}.carriedOut, {n}.status IN ['AS_PLANNED', 'ADAPTED'])")
			// Null for an intervention added later: the report gives it no verdict (§3.2 assessed the 62).
			.value("recognised", "{n}.recognised")
			.value("grounded", "{n}.grounded")
			.value("exploratory", "coalesce({n}.exploratory, false)")
			.value("provenance", ProvenanceCypher.of("{n}"))
			.node("municipality", "MATCH ({other}:Municipality)-[:RUNS]->({n})", "Municipality", "{other}.id")
			.node("recognisedBy", "MATCH ({n})-[:RECOGNISED_BY]->({other}:Source)", "Source", "{other}.id")
			.links("themes", "MATCH ({n})-[{rel}:TOUCHES]->({other}:Theme)", "ThemeLink", OUT,
					"coalesce({rel}.main, false) DESC, {other}.id", false)
			.node("mainTheme", "MATCH ({n})-[{rel}:TOUCHES]->({other}:Theme) WHERE {rel}.main", "Theme", "{other}.id")
			.links("factors", "MATCH ({n})-[{rel}:TARGETS]->({other}:Factor)", "InterventionFactorLink", OUT,
					FactorModel.factorOrder("{other}"), false)
			.links("mechanisms", "MATCH ({n})-[{rel}:USES]->({other}:Mechanism)", "MechanismUse", OUT,
					"toLower({other}.nameEn), {other}.id", false)
			.build());
		model.type(TypeMapping.of("Theme")
			.properties("id", "labelNl", "shortLabelNl", "labelEn", "approach", "descriptionEn")
			.value("provenance", ProvenanceCypher.of("{n}"))
			.links("interventions", "MATCH ({other}:Intervention)-[{rel}:TOUCHES]->({n})", "ThemeLink", IN,
					codeOrder("{other}"), true)
			.links("factors", "MATCH ({n})-[{rel}:TARGETS]->({other}:Factor)", "ThemeFactorLink", OUT,
					FactorModel.factorOrder("{other}"), true)
			.build());
		model.type(TypeMapping.of("ThemeLink")
			.end("intervention", "from", "Intervention")
			.end("theme", "to", "Theme")
			.value("main", "coalesce({r}.main, false)")
			.value("provenance", ProvenanceCypher.of("{r}"))
			.build());
		// Connections are assembled from one statement's rows by ProjectedReads; their fields are keyed by response key.
		model.type(TypeMapping.of("InterventionConnection").build());
		model.type(TypeMapping.of("InterventionEdge").build());
	}


}
