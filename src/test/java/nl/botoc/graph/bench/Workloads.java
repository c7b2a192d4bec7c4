package nl.botoc.graph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The headline questions of issue 8, each asked three ways: through our GraphQL API, as hand-written Cypher through
 * the Neo4j Java driver (the floor: no HTTP, no GraphQL, only what the answer needs) and through the peer
 * (@neo4j/graphql 7) where its generated schema can express the question. The same parameters go to all three, and
 * each gives a count (interventions, cells, rows …) that the race compares, so a contender that answers a different
 * question shows up in the report.
 * <p>
 * The analysis questions have no hand-written floor of their own: the floor is the question file of
 * {@code cypher/questions/} (what a researcher runs in the Browser), run through the driver with the API's
 * parameters; the report audit runs its claims and metric files in one read transaction, as the API does.
 */
final class Workloads {

	/** One question: the GraphQL document for us, the raw Cypher, and the peer's document (null if it cannot). */
	record Workload(String id, String title, String ours, Map<String, Object> variables, String oursCount,
			RawQuery raw, String peer, String peerCount, boolean throughput) {
	}

	/** The floor: one read transaction through the driver, returning the answer's count. */
	@FunctionalInterface
	interface RawQuery {

		long run(TransactionContext tx);

	}

	/** A raw query made of one statement, which the race can also PROFILE for its database hits. */
	record Statement(String cypher, Map<String, Object> parameters, String countColumn, boolean sumListSizes)
			implements RawQuery {

		@Override
		public long run(TransactionContext tx) {
			List<Record> records = tx.run(this.cypher, this.parameters).list();
			return count(records);
		}

		long count(List<Record> records) {
			if (this.countColumn == null) {
				return records.size();
			}
			long total = 0;
			for (Record record : records) {
				var value = record.get(this.countColumn);
				total += this.sumListSizes ? value.size() : value.asLong();
			}
			return total;
		}

	}

	static final String CODE = "AMS1";

	static final String MUNICIPALITY = "mun:rotterdam";

	static final String THEME = "theme:gedrag-identiteit";

	static final String SIMILAR_CODE = "EIN2";

	static final String EVIDENCE_CODE = "ARN3";

	static final String SEARCH_TEXT = "ouders";

	private Workloads() {
	}

	/**
	 * All workloads for one target. {@code municipalitiesFirst}: the number of municipalities W2 reads, passed as
	 * {@code first} when our API has that argument ({@code firstSupported}); without it our API reads them all, and
	 * so do the floor and the peer.
	 */
	static List<Workload> all(Path questions, int municipalitiesFirst, boolean firstSupported) {
		List<Workload> workloads = new ArrayList<>();
		workloads.add(new Workload("W1", "one intervention by code, with municipality, themes (main) and mechanisms (local name)",
				"query($code: ID!) { intervention(code: $code) { code municipality { id } themes { main theme { id } } mechanisms { localName mechanism { id } } } }",
				Map.of("code", CODE), "$.data.intervention.themes[*].theme.id",
				new Statement("""
						MATCH (i:Intervention {code: $code})
						RETURN i.code AS code,
						       COLLECT { MATCH (m:Municipality)-[:RUNS]->(i) RETURN m.id } AS municipality,
						       COLLECT { MATCH (i)-[r:TOUCHES]->(t:Theme)
						                 RETURN {main: r.main, theme: t.id} ORDER BY r.main DESC, t.id } AS themes,
						       COLLECT { MATCH (i)-[u:USES]->(x:Mechanism) RETURN {localName: u.localName, mechanism: x.id} } AS mechanisms
						""", Map.of("code", CODE), "themes", true),
				"query($code: ID!) { interventions(where: {code: {eq: $code}}) { code municipality { id } themesConnection { edges { properties { main } node { id } } } mechanismsConnection { edges { properties { localName } node { id } } } } }",
				"$.data.interventions[0].themesConnection.edges[*]", true));

		String firstArgument = firstSupported ? "(first: " + municipalitiesFirst + ")" : "";
		workloads.add(new Workload("W2",
				"municipalities → interventions → themes, factors, mechanisms (ids)"
						+ (firstSupported ? ", first " + municipalitiesFirst + " municipalities" : ", all municipalities"),
				"{ municipalities" + firstArgument
						+ " { id interventions { code themes { theme { id } } factors { factor { id } } mechanisms { mechanism { id } } } } }",
				Map.of(), "$.data.municipalities[*].interventions[*].code",
				new Statement("""
						MATCH (m:Municipality)
						WITH m ORDER BY m.name LIMIT $first
						RETURN m.id AS id,
						       COLLECT { MATCH (m)-[:RUNS]->(i:Intervention)
						                 WITH i ORDER BY i.code
						                 RETURN {code: i.code,
						                         themes: COLLECT { MATCH (i)-[:TOUCHES]->(t:Theme) RETURN t.id },
						                         factors: COLLECT { MATCH (i)-[:TARGETS]->(f:Factor) RETURN f.id },
						                         mechanisms: COLLECT { MATCH (i)-[:USES]->(x:Mechanism) RETURN x.id }} } AS interventions
						""", Map.of("first", firstSupported ? municipalitiesFirst : Integer.MAX_VALUE), "interventions", true),
				// The peer's @limit caps a list at 1000, as our max-page-size caps ours.
				"{ municipalities(limit: " + (firstSupported ? municipalitiesFirst : 1000)
						+ ", sort: [{name: ASC}]) { id interventions(sort: [{code: ASC}]) { code themes { id } factors { id } mechanisms { id } } } }",
				"$.data.municipalities[*].interventions[*].code", true));

		workloads.add(new Workload("W3", "one municipality's interventions on one theme, first 20, totalCount",
				"query($m: ID!, $t: ID!) { interventions(where: {municipality: $m, theme: $t}, first: 20) { totalCount nodes { code name } } }",
				Map.of("m", MUNICIPALITY, "t", THEME), "$.data.interventions.totalCount",
				new Statement("""
						MATCH (:Municipality {id: $m})-[:RUNS]->(i:Intervention)-[:TOUCHES]->(:Theme {id: $t})
						WITH i ORDER BY i.code
						WITH collect(i {.code, .name}) AS matched
						RETURN size(matched) AS totalCount, matched[0..20] AS nodes
						""", Map.of("m", MUNICIPALITY, "t", THEME), "totalCount", false),
				"query($m: ID!, $t: ID!) { interventionsConnection(first: 20, sort: [{code: ASC}], where: {municipality: {some: {id: {eq: $m}}}, themes: {some: {id: {eq: $t}}}}) { totalCount edges { node { code name } } } }",
				"$.data.interventionsConnection.totalCount", true));

		workloads.add(analysis("uncoveredFactors", "factors no intervention addresses (the §5.2 drug-use gap, report's view)",
				"{ uncoveredFactors(kind: RISK, evidence: GROUNDED, modifiableOnly: true, includeInferred: false) { factor { id nameNl nameEn category evidence } reasons reason excludedLinks { intervention { code name } municipality { name } via theme { shortLabelNl } basis excludedBecause } } }",
				"$.data.uncoveredFactors[*].factor.id",
				new Statement(read(questions, "uncovered-factors"), params("kind", "RISK", "evidence", "GROUNDED",
						"carriedOutOnly", false, "municipality", null, "modifiableOnly", true, "includeInferred", false), null, false)));
		workloads.add(analysis("coverage(THEME)", "theme × municipality matrix with the interventions behind every cell",
				"{ coverage(rows: THEME, columns: MUNICIPALITY, interventions: PLANNED) { grandTotal rowHeaders { key label total } columnHeaders { key label total } cells { row column count entries { intervention { code name status } main directBasis viaThemes } } } }",
				"$.data.coverage.cells[*]",
				new Statement(read(questions, "coverage-themes"), params("columns", "MUNICIPALITY", "scope", "PLANNED"), "cells", true)));
		workloads.add(analysis("sharedMechanisms", "mechanisms used under several local names",
				"{ sharedMechanisms(minLocalNames: 2) { mechanism { id nameEn nameNl } localNameCount municipalities { name } localNames { localName uses { intervention { code name } municipality { name } } } } }",
				"$.data.sharedMechanisms[*]",
				new Statement(read(questions, "shared-mechanisms"), params("minLocalNames", 2), null, false)));
		workloads.add(analysis("similarInterventions", "interventions elsewhere doing the same work as " + SIMILAR_CODE,
				"{ similarInterventions(code: \"" + SIMILAR_CODE + "\", first: 5) { intervention { code name } municipality { name } score mechanismSimilarity themeSimilarity factorSimilarity sharedThemes { shortLabelNl } sharedFactors { id nameNl } sharedMechanisms { mechanism { nameEn } localName otherLocalName } } }",
				"$.data.similarInterventions[*]",
				new Statement(read(questions, "similar-interventions"), params("code", SIMILAR_CODE, "first", 5), null, false)));
		workloads.add(analysis("peerMunicipalities", "municipalities to exchange experience with " + MUNICIPALITY,
				"{ peerMunicipalities(id: \"" + MUNICIPALITY + "\", first: 3) { municipality { name } score themeSimilarity mechanismSimilarity sharedThemes { theme { shortLabelNl } ours { code name } theirs { code name } } sharedMechanisms { mechanism { nameEn } ours { intervention { code } localName } theirs { intervention { code } localName } } } }",
				"$.data.peerMunicipalities[*]",
				new Statement(read(questions, "peer-municipalities"), params("id", MUNICIPALITY, "first", 3), null, false)));
		workloads.add(analysis("reportAudit", "every figure the report states, recomputed from the graph",
				"{ reportAudit { summary { total agrees disagreesExplained disagreesUnexplained } results { claimId statementEn source metric scope expected actual status explanation } } }",
				"$.data.reportAudit.results[*]", audit(questions)));
		workloads.add(analysis("evidenceChain", "why " + EVIDENCE_CODE + " counts as grounded",
				"{ evidenceChain(code: \"" + EVIDENCE_CODE + "\") { intervention { code name } municipality { name } grounded verdict consistent groundingRule groundedProvenance { basis rationale } recognised recognisedBy { source { title } provenance { basis rationale } } factors { factor { id nameNl evidence } makesGrounded evidenceNote direct { basis source rationale } themeStatements { theme { shortLabelNl } provenance { source rationale } } identifiedIn { source { title studiesAnalysed } } } } }",
				"$.data.evidenceChain.factors[*]",
				new Statement(read(questions, "evidence-chain"), params("code", EVIDENCE_CODE), "factors", true)));

		workloads.add(new Workload("search", "full-text search \"" + SEARCH_TEXT + "\", first 10 (the peer: interventions only)",
				"{ search(text: \"" + SEARCH_TEXT + "\", first: 10) { score node { __typename ... on Intervention { code name } ... on Municipality { name } ... on Theme { shortLabelNl } ... on RiskFactor { nameNl } ... on ProtectiveFactor { nameNl } ... on Mechanism { nameEn } } } }",
				Map.of(), "$.data.search[*]",
				new Statement("""
						CALL db.index.fulltext.queryNodes('search_text', $text, {limit: $first}) YIELD node, score
						RETURN score, labels(node) AS labels, node {.code, .name, .shortLabelNl, .nameNl, .nameEn} AS node
						ORDER BY score DESC
						LIMIT $first
						""", Map.of("text", SEARCH_TEXT, "first", 10), null, false),
				"{ searchInterventions(phrase: \"" + SEARCH_TEXT + "\", first: 10) { edges { score node { code name } } } }",
				"$.data.searchInterventions.edges[*]", false));
		return workloads;
	}

	private static Workload analysis(String id, String title, String ours, String oursCount, RawQuery raw) {
		return new Workload(id, title, ours, Map.of(), oursCount, raw, null, null, false);
	}

	/** The report audit as the API computes it: the claims, then each metric file once with all its scopes. */
	private static RawQuery audit(Path questions) {
		String claims = read(questions, "report-audit-claims");
		Map<String, String> metrics = new HashMap<>();
		return (tx) -> {
			List<Record> rows = tx.run(claims).list();
			Map<String, List<String>> scopes = new LinkedHashMap<>();
			for (Record row : rows) {
				var claim = row.get("claim");
				String scope = claim.get("scope").isNull() ? null : claim.get("scope").asString();
				List<String> list = scopes.computeIfAbsent(claim.get("metric").asString(), (k) -> new ArrayList<>());
				if (!list.contains(scope)) {
					list.add(scope);
				}
			}
			scopes.forEach((metric, list) -> {
				String cypher = metrics.computeIfAbsent(metric, (m) -> read(questions, "audit/" + m));
				tx.run(cypher, params("scopes", list)).list();
			});
			return rows.size();
		};
	}

	static String read(Path questions, String name) {
		try {
			return Files.readString(questions.resolve(name + ".cypher"), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A parameter map that, unlike {@link Map#of}, takes null values. */
	static Map<String, Object> params(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
