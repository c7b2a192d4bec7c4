package nl.botoc.graph.factors;

import java.util.List;

import nl.botoc.graph.system.graphql.Paging.PageInfo;

/** GraphQL {@code FactorConnection}: one page of factors and the total over all pages. */
record FactorConnection(int totalCount, List<FactorEdge> edges, List<Factor> nodes, PageInfo pageInfo) {

	/** GraphQL {@code FactorEdge}. */
	record FactorEdge(String cursor, Factor node) {
	}

}
