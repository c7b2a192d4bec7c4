package nl.botoc.graph.search;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.botoc.graph.system.projection.GraphModel;
import nl.botoc.graph.system.projection.TypeMapping;

/** How a search hit is read: its score from the index query, its node as the concrete type its label names. */
@Component
class SearchModel implements GraphModel.GraphModelContribution {

	@Override
	public void contribute(GraphModel model) {
		model.abstractType("SearchResult", List.of(new GraphModel.Branch("Intervention", "{n}:Intervention"),
				new GraphModel.Branch("Municipality", "{n}:Municipality"), new GraphModel.Branch("Theme", "{n}:Theme"),
				new GraphModel.Branch("ProtectiveFactor", "{n}:Factor AND {n}.kind = 'PROTECTIVE'"),
				new GraphModel.Branch("RiskFactor", "{n}:Factor"), new GraphModel.Branch("Mechanism", "{n}:Mechanism")));
		// `score` is the variable the anchor of SearchController yields; the node is projected as the union.
		model.type(TypeMapping.of("SearchHit").value("score", "score").end("node", "n", "SearchResult").build());
	}

}
