package nl.botoc.graph.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

import nl.botoc.graph.system.graphql.BadArgumentException;
import nl.botoc.graph.system.graphql.GraphReads;

/**
 * Runs the question files of {@code cypher/questions/} through {@link GraphReads} (in the request's read
 * transaction, under its deadline), with parameters only. Each question is one statement, plus at most one existence check of the id asked about, so the
 * number of round trips never grows with the size of the answer.
 */
@Service
class AnalysisQueries {

	static final int MAX_FIRST = 50;

	private final GraphReads reads;

	private final CypherQuestions questions;

	AnalysisQueries(GraphReads reads, CypherQuestions questions) {
		this.reads = reads;
		this.questions = questions;
	}

	List<Map<String, Object>> uncoveredFactors(@Nullable String kind, @Nullable String evidence, boolean carriedOutOnly,
			@Nullable String municipality, boolean modifiableOnly, boolean includeInferred) {
		if (municipality != null && !exists("MATCH (m:Municipality {id: $id}) RETURN count(m) > 0 AS found", municipality)) {
			throw new BadArgumentException("INVALID_ARGUMENT", "Unknown municipality '" + municipality + "' (expected an id such as mun:rotterdam)");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("kind", kind);
		params.put("evidence", evidence);
		params.put("carriedOutOnly", carriedOutOnly);
		params.put("municipality", municipality);
		params.put("modifiableOnly", modifiableOnly);
		params.put("includeInferred", includeInferred);
		return ReadModel.convertAll(List.copyOf(run("uncovered-factors", params)));
	}

	List<Map<String, Object>> sharedMechanisms(int minLocalNames) {
		if (minLocalNames < 1) {
			throw new BadArgumentException("INVALID_ARGUMENT", "minLocalNames must be at least 1, was " + minLocalNames);
		}
		return ReadModel.convertAll(List.copyOf(run("shared-mechanisms", Map.of("minLocalNames", minLocalNames))));
	}

	Map<String, Object> coverage(String rows, String columns, String scope, boolean includeInferred) {
		String question = "FACTOR".equals(rows) ? "coverage-factors" : "coverage-themes";
		Map<String, Object> row = run(question,
				Map.of("columns", columns, "scope", scope, "includeInferred", includeInferred))
			.iterator()
			.next();
		List<Map<String, Object>> cells = maps(row.get("cells"));
		Map<String, Set<Object>> byRow = new HashMap<>();
		Map<String, Set<Object>> byColumn = new LinkedHashMap<>();
		Set<Object> all = new LinkedHashSet<>();
		for (Map<String, Object> cell : cells) {
			for (Map<String, Object> entry : maps(cell.get("entries"))) {
				Object code = map(entry.get("intervention")).get("code");
				byRow.computeIfAbsent((String) cell.get("row"), k -> new LinkedHashSet<>()).add(code);
				byColumn.computeIfAbsent((String) cell.get("column"), k -> new LinkedHashSet<>()).add(code);
				all.add(code);
			}
		}
		List<Map<String, Object>> columnHeaders = withTotals(maps(row.get("columnHeaders")), byColumn);
		for (String key : byColumn.keySet()) {
			if (columnHeaders.stream().noneMatch(h -> key.equals(h.get("key")))) {
				// Interventions whose municipality the report does not name (added-later pilots, scope ALL).
				columnHeaders.add(Map.of("key", key, "label", "(municipality not named)", "total", byColumn.get(key).size()));
			}
		}
		Map<String, Object> matrix = new LinkedHashMap<>();
		matrix.put("rows", rows);
		matrix.put("columns", columns);
		matrix.put("interventions", scope);
		matrix.put("rowHeaders", withTotals(maps(row.get("rowHeaders")), byRow));
		matrix.put("columnHeaders", columnHeaders);
		matrix.put("cells", ReadModel.convert(cells));
		matrix.put("grandTotal", all.size());
		return matrix;
	}

	@Nullable List<Map<String, Object>> similarInterventions(String code, int first) {
		checkFirst(first);
		if (!exists("MATCH (i:Intervention {code: $id}) RETURN count(i) > 0 AS found", code)) {
			return null;
		}
		return ReadModel.convertAll(List.copyOf(run("similar-interventions", Map.of("code", code, "first", first))));
	}

	@Nullable List<Map<String, Object>> peerMunicipalities(String id, int first) {
		checkFirst(first);
		if (!exists("MATCH (m:Municipality {id: $id}) RETURN count(m) > 0 AS found", id)) {
			return null;
		}
		return ReadModel.convertAll(List.copyOf(run("peer-municipalities", Map.of("id", id, "first", first))));
	}

	@Nullable Map<String, Object> evidenceChain(String code) {
		Collection<Map<String, Object>> rows = run("evidence-chain", Map.of("code", code));
		if (rows.isEmpty()) {
			return null;
		}
		return ReadModel.convertOne(EvidenceChains.explain(rows.iterator().next()));
	}

	private Collection<Map<String, Object>> run(String question, Map<String, Object> params) {
		return this.reads.list(this.questions.get(question), params, Record::asMap);
	}

	private boolean exists(String cypher, String id) {
		return this.reads.one(cypher, Map.of("id", id), (r) -> r.get("found").asBoolean()).orElse(false);
	}

	private static void checkFirst(int first) {
		if (first < 1 || first > MAX_FIRST) {
			throw new BadArgumentException("INVALID_ARGUMENT", "first must be between 1 and " + MAX_FIRST + ", was " + first);
		}
	}

	private static List<Map<String, Object>> withTotals(List<Map<String, Object>> headers, Map<String, Set<Object>> counted) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Map<String, Object> header : headers) {
			Map<String, Object> withTotal = new LinkedHashMap<>(header);
			Set<Object> codes = counted.get((String) header.get("key"));
			withTotal.put("total", codes == null ? 0 : codes.size());
			result.add(withTotal);
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(@Nullable Object value) {
		return value == null ? Map.of() : (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(@Nullable Object value) {
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

}
