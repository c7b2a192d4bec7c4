package nl.botoc.graph.interventions;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.system.projection.ListSizes;
import nl.botoc.graph.system.projection.ProjectedReads;

/** Municipalities: the lookup and the list, each one statement with everything the query selects under it. */
@Controller
class MunicipalityController {

	private final ProjectedReads reads;

	private final ListSizes sizes;

	MunicipalityController(ProjectedReads reads, ListSizes sizes) {
		this.reads = reads;
		this.sizes = sizes;
	}

	@QueryMapping
	Map<String, Object> municipality(@Argument String id, DataFetchingEnvironment env) {
		return this.reads.one(env, "Municipality", "MATCH (n:Municipality {id: $id})", Map.of("id", id));
	}

	@QueryMapping
	List<Map<String, Object>> municipalities(@Argument Integer first, DataFetchingEnvironment env) {
		return this.reads.list(env, "Municipality", """
				MATCH (n:Municipality)
				WITH n ORDER BY n.name, n.id LIMIT $first""", Map.of("first", this.sizes.first(first, "municipalities")));
	}

}
