package nl.botoc.graph.interventions;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.system.projection.ProjectedReads;

/** Themes: the lookup and the list in report order, each one statement. */
@Controller
class ThemeController {

	private final ProjectedReads reads;

	ThemeController(ProjectedReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	Map<String, Object> theme(@Argument String id, DataFetchingEnvironment env) {
		return this.reads.one(env, "Theme", "MATCH (n:Theme {id: $id})", Map.of("id", id));
	}

	@QueryMapping
	List<Map<String, Object>> themes(DataFetchingEnvironment env) {
		return this.reads.list(env, "Theme", "MATCH (n:Theme)\nWITH n ORDER BY " + InterventionModel.themeOrder("n"),
				Map.of());
	}

}
