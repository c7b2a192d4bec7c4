package nl.botoc.graph.factors;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import nl.botoc.graph.interventions.Intervention;
import nl.botoc.graph.interventions.Theme;
import nl.botoc.graph.search.LuceneText;
import nl.botoc.graph.sources.Provenance;
import nl.botoc.graph.system.graphql.GraphReads;
import nl.botoc.graph.system.graphql.Paging.Page;

/**
 * Cypher for factors and their TARGETS links. Package-private; each nested-field method takes all keys of one
 * nesting level and sends one statement.
 */
@Repository
class FactorReads {

	/** Risk before protective, grounded before plausible, then by Bijlage 1 category and name. */
	private static final String FACTOR_ORDER = """
			CASE f.kind WHEN 'RISK' THEN 0 ELSE 1 END,
			CASE f.evidence WHEN 'GROUNDED' THEN 0 WHEN 'PLAUSIBLE' THEN 1 ELSE 2 END,
			f.category, f.nameNl, f.id""";

	private final GraphReads reads;

	FactorReads(GraphReads reads) {
		this.reads = reads;
	}

	Optional<Factor> factor(String id) {
		return this.reads.one("""
				MATCH (f:Factor {id: $id})
				RETURN f
				""", Map.of("id", id), (r) -> Factor.from(r.get("f").asNode()));
	}

	/** One page of factors matching {@code where}, and how many match in all: one statement. */
	Slice factors(FactorWhere where, Page page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", where.kind());
		parameters.put("evidence", where.evidence());
		parameters.put("category", where.category());
		parameters.put("modifiable", where.modifiable());
		parameters.put("studiedInNl", where.studiedInNl());
		parameters.put("text", LuceneText.escape(where.text()));
		parameters.put("offset", page.offset());
		parameters.put("first", page.first());
		return this.reads.one("""
				CALL () {
				  WITH $text AS text WHERE text IS NOT NULL
				  CALL db.index.fulltext.queryNodes('search_text', text) YIELD node
				  WITH node WHERE node:Factor
				  RETURN collect(node) AS textHits
				}
				MATCH (f:Factor)
				WHERE ($kind IS NULL OR f.kind = $kind)
				  AND ($evidence IS NULL OR f.evidence = $evidence)
				  AND ($category IS NULL OR f.category = $category)
				  AND ($modifiable IS NULL OR f.modifiable = $modifiable)
				  AND ($studiedInNl IS NULL OR f.studiedInNl = $studiedInNl)
				  AND ($text IS NULL OR f IN textHits)
				WITH f
				ORDER BY %s
				WITH collect(f) AS matched
				RETURN size(matched) AS total, matched[$offset..$offset + $first] AS page
				""".formatted(FACTOR_ORDER), parameters,
				(r) -> new Slice(r.get("total").asLong(), r.get("page").asList((v) -> Factor.from(v.asNode()))))
			.orElseThrow();
	}

	/** The factors each intervention targets. */
	Map<String, List<Linked<Factor>>> factorsTargetedBy(Collection<String> codes) {
		return this.reads.grouped("""
				UNWIND $codes AS code
				MATCH (:Intervention {code: code})-[r:TARGETS]->(f:Factor)
				RETURN code, r, f
				ORDER BY code, %s
				""".formatted(FACTOR_ORDER), Map.of("codes", List.copyOf(codes)),
				(r) -> Map.entry(r.get("code").asString(), new Linked<>(Factor.from(r.get("f").asNode()),
						Provenance.of(r.get("r").asRelationship()))));
	}

	/** The factors each theme targets (§3.1.1). */
	Map<String, List<Linked<Factor>>> factorsTargetedByTheme(Collection<String> themeIds) {
		return this.reads.grouped("""
				UNWIND $ids AS id
				MATCH (:Theme {id: id})-[r:TARGETS]->(f:Factor)
				RETURN id, r, f
				ORDER BY id, %s
				""".formatted(FACTOR_ORDER), Map.of("ids", List.copyOf(themeIds)),
				(r) -> Map.entry(r.get("id").asString(), new Linked<>(Factor.from(r.get("f").asNode()),
						Provenance.of(r.get("r").asRelationship()))));
	}

	/** The interventions targeting each factor, in report order. */
	Map<String, List<Linked<Intervention>>> interventionsTargeting(Collection<String> factorIds) {
		Map<String, List<Linked<Intervention>>> byId = this.reads.grouped("""
				UNWIND $ids AS id
				MATCH (i:Intervention)-[r:TARGETS]->(:Factor {id: id})
				RETURN id, r, i
				""", Map.of("ids", List.copyOf(factorIds)),
				(r) -> Map.entry(r.get("id").asString(), new Linked<>(Intervention.from(r.get("i").asNode()),
						Provenance.of(r.get("r").asRelationship()))));
		byId.values().forEach((list) -> list.sort((a, b) -> Intervention.REPORT_ORDER.compare(a.node(), b.node())));
		return byId;
	}

	/** The themes targeting each factor, in report order. */
	Map<String, List<Linked<Theme>>> themesTargeting(Collection<String> factorIds) {
		return this.reads.grouped("""
				UNWIND $ids AS id
				MATCH (t:Theme)-[r:TARGETS]->(:Factor {id: id})
				WITH id, r, t, [k IN range(0, size($order) - 1) WHERE $order[k] = t.id][0] AS position
				RETURN id, r, t
				ORDER BY id, coalesce(position, size($order)), t.id
				""", Map.of("ids", List.copyOf(factorIds), "order", Theme.REPORT_ORDER),
				(r) -> Map.entry(r.get("id").asString(), new Linked<>(Theme.from(r.get("t").asNode()),
						Provenance.of(r.get("r").asRelationship()))));
	}

	/** One page of factors and the number matching over all pages. */
	record Slice(long total, List<Factor> items) {
	}

	/** The other end of a relationship, with the relationship's provenance. */
	record Linked<T>(T node, Provenance provenance) {
	}

}
