package nl.botoc.graph.sources;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.system.projection.ProjectedReads;

/** Sources and claims: lookups and lists, each one statement (see {@link SourceModel}). */
@Controller
class SourceController {

	private final ProjectedReads reads;

	SourceController(ProjectedReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	Map<String, Object> source(@Argument String id, DataFetchingEnvironment env) {
		return this.reads.one(env, "Source", "MATCH (n:Source {id: $id})", Map.of("id", id));
	}

	@QueryMapping
	List<Map<String, Object>> sources(DataFetchingEnvironment env) {
		return this.reads.list(env, "Source", "MATCH (n:Source)\nWITH n ORDER BY n.year, n.id", Map.of());
	}

	@QueryMapping
	List<Map<String, Object>> claims(DataFetchingEnvironment env) {
		return this.reads.list(env, "Claim", "MATCH (n:Claim)\nWITH n ORDER BY n.id", Map.of());
	}

}
