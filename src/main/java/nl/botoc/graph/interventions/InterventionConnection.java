package nl.botoc.graph.interventions;

import java.util.List;

import nl.botoc.graph.system.graphql.Paging.PageInfo;

/** GraphQL {@code InterventionConnection}: one page of interventions and the total over all pages. */
record InterventionConnection(int totalCount, List<InterventionEdge> edges, List<Intervention> nodes,
		PageInfo pageInfo) {

	/** GraphQL {@code InterventionEdge}. */
	record InterventionEdge(String cursor, Intervention node) {
	}

}
