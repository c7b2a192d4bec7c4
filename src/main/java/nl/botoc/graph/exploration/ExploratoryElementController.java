package nl.botoc.graph.exploration;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.system.projection.ProjectedReads;

/** {@code Query.exploratoryElements}: one statement, by id (see {@link ExplorationModel}). */
@Controller
class ExploratoryElementController {

	private final ProjectedReads reads;

	ExploratoryElementController(ProjectedReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	List<Map<String, Object>> exploratoryElements(DataFetchingEnvironment env) {
		return this.reads.list(env, "ExploratoryElement", "MATCH (n:ExploratoryElement)\nWITH n ORDER BY n.id",
				Map.of());
	}

}
