package nl.botoc.graph.interventions;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.types.MapAccessor;

import nl.botoc.graph.sources.Provenance;
import nl.botoc.graph.system.graphql.GraphValues;

/**
 * GraphQL {@code Intervention}: a planned (Bijlage 2) or added-later intervention, with the provenance of each
 * attribute the curators had to judge. {@code recognised} and {@code grounded} are null for an intervention added
 * later: the report assessed only the 62 planned ones (§3.2). Public so that other features can return interventions.
 */
public record Intervention(String code, String name, List<String> formerNames, String descriptionEn,
		String descriptionNl, String approach, Provenance approachProvenance, String status,
		Provenance statusProvenance, boolean planned, boolean carriedOut, Boolean recognised,
		Provenance recognisedProvenance, Boolean grounded, Provenance groundedProvenance, boolean exploratory,
		String targetAge, Provenance provenance) {

	private static final Pattern CODE = Pattern.compile("^(.*?)(\\d*)$");

	/**
	 * Report order of codes: by prefix, then by number (AMS1, AMS2 … AMS10, then AMS-X1), not alphabetically
	 * (which would put AMS10 before AMS2).
	 */
	public static final Comparator<String> CODE_ORDER = Comparator.comparing((String code) -> codePart(code, 1))
		.thenComparingLong((code) -> {
			String number = codePart(code, 2);
			return number.isEmpty() ? -1 : Long.parseLong(number);
		})
		.thenComparing(Comparator.naturalOrder());

	/** Interventions in report order of their codes. */
	public static final Comparator<Intervention> REPORT_ORDER = Comparator.comparing(Intervention::code, CODE_ORDER);

	/** Maps an {@code :Intervention} node; planned/carriedOut fall back to the status when not stored. */
	public static Intervention from(MapAccessor node) {
		String status = GraphValues.string(node, "status");
		boolean planned = GraphValues.bool(node, "planned", !"ADDED_LATER".equals(status));
		boolean carriedOut = GraphValues.bool(node, "carriedOut",
				"AS_PLANNED".equals(status) || "ADAPTED".equals(status));
		return new Intervention(GraphValues.string(node, "code"), GraphValues.string(node, "name"),
				GraphValues.strings(node, "formerNames"), GraphValues.string(node, "descriptionEn"),
				GraphValues.string(node, "descriptionNl"), GraphValues.string(node, "approach"),
				Provenance.ofAttribute(node, "approach"), status, Provenance.ofAttribute(node, "status"), planned,
				carriedOut, GraphValues.bool(node, "recognised"), Provenance.ofAttribute(node, "recognised"),
				GraphValues.bool(node, "grounded"), Provenance.ofAttribute(node, "grounded"),
				GraphValues.bool(node, "exploratory", false), GraphValues.string(node, "targetAge"),
				Provenance.of(node));
	}

	private static String codePart(String code, int group) {
		Matcher matcher = CODE.matcher(code);
		return matcher.matches() ? matcher.group(group) : code;
	}

}
