package nl.botoc.graph.sources;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Repository;

import nl.botoc.graph.system.graphql.GraphReads;

/** Cypher for sources, claims and the relationships that end at a source. One statement per field and level. */
@Repository
class SourceReads {

	private final GraphReads reads;

	SourceReads(GraphReads reads) {
		this.reads = reads;
	}

	Optional<Source> source(String id) {
		return this.reads.one("""
				MATCH (s:Source {id: $id})
				RETURN s
				""", Map.of("id", id), (r) -> Source.from(r.get("s").asNode()));
	}

	List<Source> sources() {
		return this.reads.list("""
				MATCH (s:Source)
				RETURN s
				ORDER BY s.year, s.id
				""", Map.of(), (r) -> Source.from(r.get("s").asNode()));
	}

	List<Claim> claims() {
		return this.reads.list("""
				MATCH (c:Claim)
				RETURN c
				ORDER BY c.id
				""", Map.of(), (r) -> Claim.from(r.get("c").asNode()));
	}

	/** Claims citing each source. */
	Map<String, List<Claim>> claimsCiting(Collection<String> sourceIds) {
		return grouped("""
				UNWIND $keys AS key
				MATCH (c:Claim)-[:SOURCED_FROM]->(:Source {id: key})
				WITH DISTINCT key, c
				RETURN key, c AS n
				ORDER BY key, c.id
				""", sourceIds, Claim::from);
	}

	/** Sources each claim cites. */
	Map<String, List<Source>> sourcesOfClaims(Collection<String> claimIds) {
		return grouped("""
				UNWIND $keys AS key
				MATCH (:Claim {id: key})-[:SOURCED_FROM]->(s:Source)
				WITH DISTINCT key, s
				RETURN key, s AS n
				ORDER BY key, s.id
				""", claimIds, Source::from);
	}

	/** Reviews that identified each factor. */
	Map<String, List<Source>> identifyingSources(Collection<String> factorIds) {
		return grouped("""
				UNWIND $keys AS key
				MATCH (:Factor {id: key})-[:IDENTIFIED_IN]->(s:Source)
				RETURN key, s AS n
				ORDER BY key, s.id
				""", factorIds, Source::from);
	}

	/** The recognition body of each intervention, where there is one. */
	Map<String, List<Source>> recognisingSources(Collection<String> codes) {
		return grouped("""
				UNWIND $keys AS key
				MATCH (:Intervention {code: key})-[:RECOGNISED_BY]->(s:Source)
				RETURN key, s AS n
				ORDER BY key, s.id
				""", codes, Source::from);
	}

	/** Factor nodes each source identified. */
	Map<String, List<Node>> factorsIdentifiedIn(Collection<String> sourceIds) {
		return grouped("""
				UNWIND $keys AS key
				MATCH (f:Factor)-[:IDENTIFIED_IN]->(:Source {id: key})
				RETURN key, f AS n
				ORDER BY key, f.id
				""", sourceIds, Function.identity());
	}

	/** Intervention nodes each source recognised. */
	Map<String, List<Node>> interventionsRecognisedBy(Collection<String> sourceIds) {
		return grouped("""
				UNWIND $keys AS key
				MATCH (i:Intervention)-[:RECOGNISED_BY]->(:Source {id: key})
				RETURN key, i AS n
				ORDER BY key, i.code
				""", sourceIds, Function.identity());
	}

	/** Runs a statement that returns {@code key} and a node {@code n}, and groups the mapped nodes by key. */
	private <T> Map<String, List<T>> grouped(String cypher, Collection<String> keys, Function<Node, T> mapper) {
		return this.reads.grouped(cypher, Map.of("keys", List.copyOf(keys)),
				(r) -> Map.entry(r.get("key").asString(), mapper.apply(r.get("n").asNode())));
	}

}
