package nl.botoc.graph.sources;

import java.util.List;
import java.util.Locale;

import org.neo4j.driver.types.MapAccessor;

import nl.botoc.graph.system.graphql.GraphValues;

/**
 * Where a node, relationship or single attribute comes from and how we know it (GraphQL type
 * {@code Provenance}). Every feature reads it from the same three properties the loader writes.
 *
 * @param source places in the sources, {@code <source-id>#<locator>}
 * @param basis {@code STATED} or {@code INFERRED} (stored lower case, exposed as the {@code Basis} enum)
 * @param rationale why we concluded it, for inferred facts
 */
public record Provenance(List<String> source, String basis, String rationale) {

	/** The provenance of a node or relationship: {@code source}, {@code basis}, {@code rationale}. */
	public static Provenance of(MapAccessor entity) {
		return new Provenance(GraphValues.strings(entity, "source"), basis(GraphValues.string(entity, "basis")),
				GraphValues.string(entity, "rationale"));
	}

	/**
	 * The provenance of one attribute of a node ({@code approachBasis}, {@code approachRationale} ...): the
	 * attribute's own basis and rationale, in the places the node cites. Falls back to the node's basis.
	 */
	public static Provenance ofAttribute(MapAccessor entity, String attribute) {
		String basis = GraphValues.string(entity, attribute + "Basis");
		if (basis == null) {
			return of(entity);
		}
		return new Provenance(GraphValues.strings(entity, "source"), basis(basis),
				GraphValues.string(entity, attribute + "Rationale"));
	}

	private static String basis(String stored) {
		return (stored != null) ? stored.toUpperCase(Locale.ROOT) : null;
	}

}
