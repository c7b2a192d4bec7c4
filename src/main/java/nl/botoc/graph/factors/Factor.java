package nl.botoc.graph.factors;

import org.neo4j.driver.types.MapAccessor;

import nl.botoc.graph.sources.Provenance;
import nl.botoc.graph.system.graphql.GraphValues;

/**
 * GraphQL interface {@code Factor}. The two records are named after the GraphQL object types so that Spring for
 * GraphQL's class-name type resolver picks the right one. Public so that other features can return factors.
 */
public sealed interface Factor permits RiskFactor, ProtectiveFactor {

	String id();

	String kind();

	String nameNl();

	String nameEn();

	String category();

	String evidence();

	String targetGroup();

	Boolean studiedInNl();

	boolean modifiable();

	String modifiableRationale();

	/** How we know whether it is modifiable: our judgement, so its own basis (seed factors.csv modifiable_basis). */
	Provenance modifiableProvenance();

	Provenance provenance();

	/** Maps a {@code :Factor} node to a {@link RiskFactor} or a {@link ProtectiveFactor} by its kind. */
	static Factor from(MapAccessor node) {
		String id = GraphValues.string(node, "id");
		String kind = GraphValues.string(node, "kind");
		String nameNl = GraphValues.string(node, "nameNl");
		String nameEn = GraphValues.string(node, "nameEn");
		String category = GraphValues.string(node, "category");
		String evidence = GraphValues.string(node, "evidence");
		String targetGroup = GraphValues.string(node, "targetGroup");
		Boolean studiedInNl = GraphValues.bool(node, "studiedInNl");
		boolean modifiable = GraphValues.bool(node, "modifiable", true);
		String modifiableRationale = GraphValues.string(node, "modifiableRationale");
		Provenance provenance = Provenance.of(node);
		Provenance modifiableProvenance = Provenance.ofAttribute(node, "modifiable");
		if ("PROTECTIVE".equals(kind)) {
			return new ProtectiveFactor(id, kind, nameNl, nameEn, category, evidence, targetGroup, studiedInNl,
					modifiable, modifiableRationale, modifiableProvenance, provenance);
		}
		return new RiskFactor(id, kind, nameNl, nameEn, category, evidence, targetGroup, studiedInNl, modifiable,
				modifiableRationale, modifiableProvenance, provenance);
	}

}
