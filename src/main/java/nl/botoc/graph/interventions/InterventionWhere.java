package nl.botoc.graph.interventions;

import java.util.List;

/** GraphQL input {@code InterventionWhere}; every field is optional and all given ones must hold. */
record InterventionWhere(String municipality, String theme, Boolean mainThemeOnly, String factor, String mechanism,
		List<String> status, String approach, Boolean recognised, Boolean grounded, Boolean planned, String text) {

	static final InterventionWhere NONE = new InterventionWhere(null, null, false, null, null, null, null, null, null,
			null, null);

}
