package nl.botoc.graph.mechanisms;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import nl.botoc.graph.interventions.Intervention;
import nl.botoc.graph.sources.Provenance;
import nl.botoc.graph.system.graphql.GraphReads;

/** Cypher for mechanisms and USES links; one statement per nested field and level. Package-private. */
@Repository
class MechanismReads {

	private final GraphReads reads;

	MechanismReads(GraphReads reads) {
		this.reads = reads;
	}

	Optional<Mechanism> mechanism(String id) {
		return this.reads.one("""
				MATCH (m:Mechanism {id: $id})
				RETURN m
				""", Map.of("id", id), (r) -> Mechanism.from(r.get("m").asNode()));
	}

	List<Mechanism> mechanisms() {
		return this.reads.list("""
				MATCH (m:Mechanism)
				RETURN m
				ORDER BY toLower(m.nameEn), m.id
				""", Map.of(), (r) -> Mechanism.from(r.get("m").asNode()));
	}

	/** USES relationships of each intervention: the mechanism, local name and provenance. */
	Map<String, List<Use<Mechanism>>> mechanismsUsedBy(Collection<String> codes) {
		return this.reads.grouped("""
				UNWIND $codes AS code
				MATCH (:Intervention {code: code})-[r:USES]->(m:Mechanism)
				RETURN code, r, m
				ORDER BY code, toLower(m.nameEn), m.id
				""", Map.of("codes", List.copyOf(codes)),
				(r) -> Map.entry(r.get("code").asString(), new Use<>(Mechanism.from(r.get("m").asNode()),
						r.get("r").asRelationship().get("localName").asString(null),
						Provenance.of(r.get("r").asRelationship()))));
	}

	/** USES relationships of each mechanism: the intervention, local name and provenance, in report order. */
	Map<String, List<Use<Intervention>>> usesOf(Collection<String> mechanismIds) {
		Map<String, List<Use<Intervention>>> byId = this.reads.grouped("""
				UNWIND $ids AS id
				MATCH (i:Intervention)-[r:USES]->(:Mechanism {id: id})
				RETURN id, r, i
				""", Map.of("ids", List.copyOf(mechanismIds)),
				(r) -> Map.entry(r.get("id").asString(), new Use<>(Intervention.from(r.get("i").asNode()),
						r.get("r").asRelationship().get("localName").asString(null),
						Provenance.of(r.get("r").asRelationship()))));
		byId.values().forEach((list) -> list.sort((a, b) -> Intervention.REPORT_ORDER.compare(a.node(), b.node())));
		return byId;
	}

	/** The distinct local names of each mechanism, alphabetically. */
	Map<String, List<String>> localNamesOf(Collection<String> mechanismIds) {
		return this.reads.grouped("""
				UNWIND $ids AS id
				MATCH (:Intervention)-[r:USES]->(:Mechanism {id: id})
				WHERE r.localName IS NOT NULL
				WITH DISTINCT id, r.localName AS localName
				RETURN id, localName
				ORDER BY id, toLower(localName), localName
				""", Map.of("ids", List.copyOf(mechanismIds)),
				(r) -> Map.entry(r.get("id").asString(), r.get("localName").asString()));
	}

	/** The other end of a USES relationship. */
	record Use<T>(T node, String localName, Provenance provenance) {
	}

}
