package nl.botoc.graph.interventions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static nl.botoc.graph.system.graphql.Batches.forEachKey;

/** Municipalities: lookups, the list, and their interventions and approach mix (one statement per level). */
@Controller
class MunicipalityController {

	private final InterventionReads reads;

	MunicipalityController(InterventionReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	Optional<Municipality> municipality(@Argument String id) {
		return this.reads.municipality(id);
	}

	@QueryMapping
	List<Municipality> municipalities() {
		return this.reads.municipalities();
	}

	@BatchMapping
	Map<Municipality, List<Intervention>> interventions(List<Municipality> municipalities) {
		var byId = this.reads.interventionsOf(ids(municipalities));
		return forEachKey(municipalities, (m) -> byId.getOrDefault(m.id(), List.of()));
	}

	@BatchMapping
	Map<Municipality, ApproachMix> approachMix(List<Municipality> municipalities) {
		var byId = this.reads.approachMixOf(ids(municipalities));
		return forEachKey(municipalities, (m) -> byId.getOrDefault(m.id(), new ApproachMix(0, 0)));
	}

	private static List<String> ids(List<Municipality> municipalities) {
		return municipalities.stream().map(Municipality::id).distinct().toList();
	}

}
