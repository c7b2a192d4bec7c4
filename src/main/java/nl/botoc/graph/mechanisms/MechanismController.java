package nl.botoc.graph.mechanisms;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.system.projection.ProjectedReads;

/** Mechanisms: the lookup and the list, each one statement (see {@link MechanismModel}). */
@Controller
class MechanismController {

	private final ProjectedReads reads;

	MechanismController(ProjectedReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	Map<String, Object> mechanism(@Argument String id, DataFetchingEnvironment env) {
		return this.reads.one(env, "Mechanism", "MATCH (n:Mechanism {id: $id})", Map.of("id", id));
	}

	@QueryMapping
	List<Map<String, Object>> mechanisms(DataFetchingEnvironment env) {
		return this.reads.list(env, "Mechanism", "MATCH (n:Mechanism)\nWITH n ORDER BY toLower(n.nameEn), n.id",
				Map.of());
	}

}
