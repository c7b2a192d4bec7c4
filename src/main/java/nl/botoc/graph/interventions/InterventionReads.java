package nl.botoc.graph.interventions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import nl.botoc.graph.search.LuceneText;
import nl.botoc.graph.sources.Provenance;
import nl.botoc.graph.system.graphql.GraphReads;
import nl.botoc.graph.system.graphql.Paging.Page;

/**
 * Cypher for municipalities, interventions and themes. Package-private: the controllers of this package are its
 * only users. Every method that serves a nested field takes all keys of one nesting level and sends one
 * statement, which is what keeps database work independent of the size of a result.
 */
@Repository
class InterventionReads {

	private final GraphReads reads;

	InterventionReads(GraphReads reads) {
		this.reads = reads;
	}

	Optional<Intervention> intervention(String code) {
		return this.reads.one("""
				MATCH (i:Intervention {code: $code})
				RETURN i
				""", Map.of("code", code), (r) -> Intervention.from(r.get("i").asNode()));
	}

	Optional<Municipality> municipality(String id) {
		return this.reads.one("""
				MATCH (m:Municipality {id: $id})
				RETURN m
				""", Map.of("id", id), (r) -> Municipality.from(r.get("m").asNode()));
	}

	List<Municipality> municipalities() {
		return this.reads.list("""
				MATCH (m:Municipality)
				RETURN m
				ORDER BY m.name
				""", Map.of(), (r) -> Municipality.from(r.get("m").asNode()));
	}

	Optional<Theme> theme(String id) {
		return this.reads.one("""
				MATCH (t:Theme {id: $id})
				RETURN t
				""", Map.of("id", id), (r) -> Theme.from(r.get("t").asNode()));
	}

	List<Theme> themes() {
		return this.reads.list("""
				MATCH (t:Theme)
				WITH t, [k IN range(0, size($order) - 1) WHERE $order[k] = t.id][0] AS position
				RETURN t
				ORDER BY coalesce(position, size($order)), t.id
				""", Map.of("order", Theme.REPORT_ORDER), (r) -> Theme.from(r.get("t").asNode()));
	}

	/** One page of interventions matching {@code where}, and how many match in all: one statement. */
	Slice interventions(InterventionWhere where, List<InterventionOrder> orderBy, Page page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("municipality", where.municipality());
		parameters.put("theme", where.theme());
		parameters.put("mainThemeOnly", Boolean.TRUE.equals(where.mainThemeOnly()));
		parameters.put("factor", where.factor());
		parameters.put("mechanism", where.mechanism());
		parameters.put("statuses", where.status());
		parameters.put("approach", where.approach());
		parameters.put("recognised", where.recognised());
		parameters.put("grounded", where.grounded());
		parameters.put("planned", where.planned());
		parameters.put("text", LuceneText.escape(where.text()));
		parameters.put("offset", page.offset());
		parameters.put("first", page.first());
		// ORDER BY cannot take parameters; it is assembled from fixed fragments chosen by enum values only.
		String cypher = """
				CALL () {
				  WITH $text AS text WHERE text IS NOT NULL
				  CALL db.index.fulltext.queryNodes('search_text', text) YIELD node
				  WITH node WHERE node:Intervention
				  RETURN collect(node) AS textHits
				}
				MATCH (i:Intervention)
				WHERE ($municipality IS NULL OR EXISTS { (:Municipality {id: $municipality})-[:RUNS]->(i) })
				  AND ($theme IS NULL OR EXISTS {
				        MATCH (i)-[touch:TOUCHES]->(:Theme {id: $theme}) WHERE NOT $mainThemeOnly OR touch.main })
				  AND ($factor IS NULL OR EXISTS { (i)-[:TARGETS]->(:Factor {id: $factor}) })
				  AND ($mechanism IS NULL OR EXISTS { (i)-[:USES]->(:Mechanism {id: $mechanism}) })
				  AND ($statuses IS NULL OR i.status IN $statuses)
				  AND ($approach IS NULL OR i.approach = $approach)
				  AND ($recognised IS NULL OR i.recognised = $recognised)
				  AND ($grounded IS NULL OR i.grounded = $grounded)
				  AND ($planned IS NULL OR (i.status <> 'ADDED_LATER') = $planned)
				  AND ($text IS NULL OR i IN textHits)
				OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
				WITH i, m.name AS municipalityName,
				     CASE WHEN i.code =~ '.*[0-9]{3}' THEN 3 WHEN i.code =~ '.*[0-9]{2}' THEN 2
				          WHEN i.code =~ '.*[0-9]' THEN 1 ELSE 0 END AS digits
				WITH i, municipalityName, left(i.code, size(i.code) - digits) AS codePrefix,
				     coalesce(toInteger(right(i.code, digits)), -1) AS codeNumber
				ORDER BY %s
				WITH collect(i) AS matched
				RETURN size(matched) AS total, matched[$offset..$offset + $first] AS page
				""".formatted(orderBy(orderBy));
		return this.reads.one(cypher, parameters,
				(r) -> new Slice(r.get("total").asLong(), r.get("page").asList((v) -> Intervention.from(v.asNode()))))
			.orElseThrow();
	}

	private static String orderBy(List<InterventionOrder> orderBy) {
		List<String> keys = new ArrayList<>();
		for (InterventionOrder order : (orderBy != null) ? orderBy : List.<InterventionOrder>of()) {
			String direction = "DESC".equals(order.direction()) ? " DESC" : " ASC";
			switch (order.field()) {
				case "CODE" -> {
					keys.add("codePrefix" + direction);
					keys.add("codeNumber" + direction);
				}
				case "NAME" -> keys.add("toLower(i.name)" + direction);
				case "MUNICIPALITY" -> keys.add("municipalityName" + direction);
				default -> throw new IllegalArgumentException("Unknown order field " + order.field());
			}
		}
		keys.add("codePrefix");
		keys.add("codeNumber");
		keys.add("i.code");
		return String.join(", ", keys);
	}

	/** The municipality of each intervention (null for an added-later pilot of unknown city). */
	Map<String, Municipality> municipalitiesOf(Collection<String> codes) {
		Map<String, Municipality> byCode = new HashMap<>();
		this.reads.list("""
				UNWIND $codes AS code
				MATCH (m:Municipality)-[:RUNS]->(:Intervention {code: code})
				RETURN code, m
				""", Map.of("codes", List.copyOf(codes)),
				(r) -> Map.entry(r.get("code").asString(), Municipality.from(r.get("m").asNode())))
			.forEach((row) -> byCode.put(row.getKey(), row.getValue()));
		return byCode;
	}

	/** The interventions of each municipality, in report order. */
	Map<String, List<Intervention>> interventionsOf(Collection<String> municipalityIds) {
		Map<String, List<Intervention>> byId = this.reads.grouped("""
				UNWIND $ids AS id
				MATCH (:Municipality {id: id})-[:RUNS]->(i:Intervention)
				RETURN id, i
				""", Map.of("ids", List.copyOf(municipalityIds)),
				(r) -> Map.entry(r.get("id").asString(), Intervention.from(r.get("i").asNode())));
		byId.values().forEach((list) -> list.sort(Intervention.REPORT_ORDER));
		return byId;
	}

	/** Planned interventions of each municipality by approach. */
	Map<String, ApproachMix> approachMixOf(Collection<String> municipalityIds) {
		Map<String, ApproachMix> byId = new HashMap<>();
		this.reads.list("""
				UNWIND $ids AS id
				OPTIONAL MATCH (:Municipality {id: id})-[:RUNS]->(i:Intervention)
				WHERE i.status <> 'ADDED_LATER'
				RETURN id, count(CASE WHEN i.approach = 'PREVENTIVE' THEN 1 END) AS preventive,
				       count(CASE WHEN i.approach = 'REPRESSIVE' THEN 1 END) AS repressive
				""", Map.of("ids", List.copyOf(municipalityIds)),
				(r) -> Map.entry(r.get("id").asString(),
						new ApproachMix(r.get("preventive").asInt(), r.get("repressive").asInt())))
			.forEach((row) -> byId.put(row.getKey(), row.getValue()));
		return byId;
	}

	/** The themes each intervention touches, main theme first. */
	Map<String, List<ThemeLinkRow>> themesOf(Collection<String> codes) {
		return this.reads.grouped("""
				UNWIND $codes AS code
				MATCH (:Intervention {code: code})-[r:TOUCHES]->(t:Theme)
				RETURN code, r, t
				ORDER BY code, coalesce(r.main, false) DESC, t.id
				""", Map.of("codes", List.copyOf(codes)),
				(r) -> Map.entry(r.get("code").asString(), new ThemeLinkRow(Theme.from(r.get("t").asNode()),
						r.get("r").asRelationship().get("main").asBoolean(false),
						Provenance.of(r.get("r").asRelationship()))));
	}

	/** The interventions touching each theme, in report order. */
	Map<String, List<InterventionLinkRow>> interventionsTouching(Collection<String> themeIds) {
		Map<String, List<InterventionLinkRow>> byId = this.reads.grouped("""
				UNWIND $ids AS id
				MATCH (i:Intervention)-[r:TOUCHES]->(:Theme {id: id})
				RETURN id, r, i
				""", Map.of("ids", List.copyOf(themeIds)),
				(r) -> Map.entry(r.get("id").asString(), new InterventionLinkRow(Intervention.from(r.get("i").asNode()),
						r.get("r").asRelationship().get("main").asBoolean(false),
						Provenance.of(r.get("r").asRelationship()))));
		byId.values()
			.forEach((list) -> list.sort((a, b) -> Intervention.REPORT_ORDER.compare(a.intervention(), b.intervention())));
		return byId;
	}

	/** One page of interventions and the number matching over all pages. */
	record Slice(long total, List<Intervention> items) {
	}

	/** A TOUCHES relationship seen from the intervention. */
	record ThemeLinkRow(Theme theme, boolean main, Provenance provenance) {
	}

	/** A TOUCHES relationship seen from the theme. */
	record InterventionLinkRow(Intervention intervention, boolean main, Provenance provenance) {
	}

}
