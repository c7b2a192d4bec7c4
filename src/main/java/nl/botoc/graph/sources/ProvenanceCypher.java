package nl.botoc.graph.sources;

/**
 * The Cypher of the GraphQL type {@code Provenance}, for the projection compiler: built from the same three
 * properties the loader writes on every node and relationship ({@code source}, {@code basis}, {@code rationale}),
 * with {@code basis} exposed as the upper-case {@code Basis} enum.
 */
public final class ProvenanceCypher {

	private ProvenanceCypher() {
	}

	/** The provenance of the node or relationship named by a template variable such as {@code {n}} or {@code {r}}. */
	public static String of(String variable) {
		return "{source: coalesce(%1$s.source, []), basis: toUpper(%1$s.basis), rationale: %1$s.rationale}"
			.formatted(variable);
	}

	/**
	 * The provenance of one attribute of {@code {n}} ({@code approachBasis}, {@code approachRationale} …): its own
	 * basis and rationale in the places the node cites, or the node's provenance where the attribute has none.
	 */
	public static String ofAttribute(String attribute) {
		return """
				CASE WHEN {n}.%1$sBasis IS NULL THEN %2$s
				ELSE {source: coalesce({n}.source, []), basis: toUpper({n}.%1$sBasis), rationale: {n}.%1$sRationale} END"""
			.formatted(attribute, of("{n}"));
	}

}
