package nl.botoc.graph.factors;

/** GraphQL input {@code FactorWhere}; every field is optional and all given ones must hold. */
record FactorWhere(String kind, String evidence, String category, Boolean modifiable, Boolean studiedInNl,
		String text) {

	static final FactorWhere NONE = new FactorWhere(null, null, null, null, null, null);

}
