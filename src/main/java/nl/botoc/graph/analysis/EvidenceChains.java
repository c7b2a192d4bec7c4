package nl.botoc.graph.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.botoc.graph.analysis.AnalysisQueries.map;
import static nl.botoc.graph.analysis.AnalysisQueries.maps;
import static nl.botoc.graph.system.projection.NodeSlots.read;

/**
 * Puts the words to an evidence chain: the Do or Don't grading rule with the review's own number of studies, what
 * each factor's evidence class means, and a verdict that names the grounded risk factors behind an intervention.
 */
final class EvidenceChains {

	private EvidenceChains() {
	}

	static Map<String, Object> explain(Map<String, Object> row) {
		Map<String, Object> intervention = map(row.get("intervention"));
		boolean grounded = Boolean.TRUE.equals(read(intervention, "grounded"));
		List<Map<String, Object>> factors = new ArrayList<>();
		List<String> groundedNames = new ArrayList<>();
		Object studies = null;
		for (Map<String, Object> link : maps(row.get("factors"))) {
			Map<String, Object> factor = map(link.get("factor"));
			List<Map<String, Object>> identifiedIn = maps(link.get("identifiedIn"));
			for (Map<String, Object> source : identifiedIn) {
				Object count = read(map(source.get("source")), "studiesAnalysed");
				if (count != null) {
					studies = count;
				}
			}
			Map<String, Object> out = new LinkedHashMap<>(link);
			out.put("evidenceNote", evidenceNote((String) read(factor, "evidence"), studyCount(identifiedIn)));
			factors.add(out);
			if (Boolean.TRUE.equals(link.get("makesGrounded"))) {
				groundedNames.add((String) read(factor, "nameNl"));
			}
		}
		String of = studies == null ? "the review's" : "its " + studies;
		Map<String, Object> chain = new LinkedHashMap<>();
		chain.put("intervention", intervention);
		chain.put("municipality", row.get("municipality"));
		// An intervention added after the plans has no verdict: the report assessed only the 62 (§3.2).
		boolean assessed = read(intervention, "grounded") != null;
		chain.put("grounded", assessed ? grounded : null);
		chain.put("groundedProvenance", row.get("groundedProvenance"));
		chain.put("groundedRiskFactorCount", groundedNames.size());
		chain.put("consistent", !assessed || grounded == !groundedNames.isEmpty());
		chain.put("verdict", assessed ? verdict(grounded, groundedNames)
				: "Not assessed: added after the original plans, and the report assessed only the 62 planned interventions.");
		chain.put("groundingRule", "Do or Don't grades a risk factor as grounded (gefundeerd) when at least 3 of " + of
				+ " studies name it, and as plausible (plausibel) when 1 or 2 do; protective factors are not graded. "
				+ "The praktijkscan counts an intervention as grounded when it apparently targets at least one grounded "
				+ "factor (§3.1), judged from the original BOTOC plans.");
		chain.put("factors", factors);
		chain.put("recognised", Boolean.TRUE.equals(read(intervention, "recognised")));
		chain.put("recognisedBy", row.get("recognisedBy"));
		return chain;
	}

	private static String studyCount(List<Map<String, Object>> identifiedIn) {
		for (Map<String, Object> source : identifiedIn) {
			Object count = read(map(source.get("source")), "studiesAnalysed");
			if (count != null) {
				return count.toString();
			}
		}
		return "the";
	}

	private static String evidenceNote(String evidence, String studies) {
		return switch (evidence) {
			case "GROUNDED" -> "gefundeerd (grounded): named in at least 3 of " + studies
					+ " studies of the review; it makes an intervention grounded";
			case "PLAUSIBLE" -> "plausibel (plausible): named in 1 or 2 of " + studies
					+ " studies of the review; the praktijkscan leaves these out, so it does not make an intervention grounded";
			default -> "protective factor (beschermende factor): Bijlage 1 does not grade protective factors by number of studies";
		};
	}

	private static String verdict(boolean grounded, List<String> groundedNames) {
		if (grounded && !groundedNames.isEmpty()) {
			return "Grounded: it addresses " + groundedNames.size() + " grounded risk factor"
					+ (groundedNames.size() == 1 ? "" : "s") + " (" + String.join(", ", groundedNames) + ").";
		}
		if (grounded) {
			return "Marked grounded, but no grounded risk factor is linked to it: the curation needs a look.";
		}
		if (groundedNames.isEmpty()) {
			return "Not grounded (ongefundeerd, §3.1.2): no grounded risk factor is linked to it.";
		}
		return "Marked not grounded, yet linked to grounded risk factors (" + String.join(", ", groundedNames)
				+ "): the curation needs a look.";
	}

}
