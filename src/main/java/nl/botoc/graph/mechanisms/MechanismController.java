package nl.botoc.graph.mechanisms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.interventions.Intervention;

import static nl.botoc.graph.system.graphql.Batches.forEachKey;

/** Mechanisms: lookups, and USES in both directions ({@code Intervention.mechanisms}, {@code Mechanism.uses}). */
@Controller
class MechanismController {

	private final MechanismReads reads;

	MechanismController(MechanismReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	Optional<Mechanism> mechanism(@Argument String id) {
		return this.reads.mechanism(id);
	}

	@QueryMapping
	List<Mechanism> mechanisms() {
		return this.reads.mechanisms();
	}

	@BatchMapping(typeName = "Intervention", field = "mechanisms")
	Map<Intervention, List<MechanismUse>> interventionMechanisms(List<Intervention> interventions) {
		var byCode = this.reads.mechanismsUsedBy(interventions.stream().map(Intervention::code).distinct().toList());
		return forEachKey(interventions, (i) -> byCode.getOrDefault(i.code(), List.of())
			.stream()
			.map((use) -> new MechanismUse(i, use.node(), use.localName(), use.provenance()))
			.toList());
	}

	@BatchMapping
	Map<Mechanism, List<MechanismUse>> uses(List<Mechanism> mechanisms) {
		var byId = this.reads.usesOf(ids(mechanisms));
		return forEachKey(mechanisms, (m) -> byId.getOrDefault(m.id(), List.of())
			.stream()
			.map((use) -> new MechanismUse(use.node(), m, use.localName(), use.provenance()))
			.toList());
	}

	@BatchMapping
	Map<Mechanism, List<String>> localNames(List<Mechanism> mechanisms) {
		var byId = this.reads.localNamesOf(ids(mechanisms));
		return forEachKey(mechanisms, (m) -> byId.getOrDefault(m.id(), List.of()));
	}

	private static List<String> ids(List<Mechanism> mechanisms) {
		return mechanisms.stream().map(Mechanism::id).distinct().toList();
	}

}
