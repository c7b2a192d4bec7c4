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

import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

import nl.botoc.graph.system.graphql.BadArgumentException;
import nl.botoc.graph.system.graphql.GraphReads;
import nl.botoc.graph.system.projection.NodeSlots;
import nl.botoc.graph.system.projection.NodeSlots.Slot;

/**
 * Runs the question files of {@code cypher/questions/} through {@link GraphReads} (in the request's read
 * transaction, under its deadline), with parameters only. Each question is one statement, plus at most one existence
 * check of the id asked about, so the number of round trips never grows with the size of the answer. The nodes a
 * question hands over ({@code i {.code, .name}}, a readable table in the Browser) are its {@link Slot}s: the API
 * runs the file with each of them compiled for the query's selection ({@link NodeSlots}), so the one statement
 * returns every selected field of every entity in the answer.
 */
@Service
class AnalysisQueries {

	static final int MAX_FIRST = 50;

	/** The factors; their excluded links' nodes feed the statement's own filters, so they stay refs. */
	private static final List<Slot> UNCOVERED_FACTORS = List.of(Slot.of("factor", "Factor", "f {.id, .nameNl, .kind}"));

	/** The coverage matrices: each entry's intervention and municipality. */
	private static final List<Slot> COVERAGE = List.of(
			Slot.of("cells/entries/intervention", "Intervention", "intervention: ", "i {.code, .name}"),
			Slot.of("cells/entries/municipality", "Municipality", "municipality: ", "m {.id, .name}").orNull());

	private static final List<Slot> SHARED_MECHANISMS = List.of(
			Slot.of("mechanism", "Mechanism", "m {.id, .nameEn}"),
			Slot.of("municipalities", "Municipality", "x {.id, .name}"),
			Slot.of("localNames/uses/intervention", "Intervention", "i {.code, .name}"),
			Slot.of("localNames/uses/municipality", "Municipality", "mun {.id, .name}").orNull());

	private static final List<Slot> SIMILAR_INTERVENTIONS = List.of(
			Slot.of("intervention", "Intervention", "b {.code, .name}"),
			Slot.of("municipality", "Municipality", "mb {.id, .name}").orNull(),
			Slot.of("sharedThemes", "Theme", "t {.id, .shortLabelNl}"),
			Slot.of("sharedFactors", "Factor", "f {.id, .nameNl}"),
			Slot.of("sharedMechanisms/mechanism", "Mechanism", "x {.id, .nameEn}"));

	private static final List<Slot> PEER_MUNICIPALITIES = List.of(
			Slot.of("municipality", "Municipality", "b {.id, .name}"),
			Slot.of("sharedThemes/theme", "Theme", "t {.id, .shortLabelNl}"),
			Slot.of("sharedThemes/ours", "Intervention", "t {.id, .shortLabelNl}", "ours: ", "i {.code, .name}"),
			Slot.of("sharedThemes/theirs", "Intervention", "t {.id, .shortLabelNl}", "theirs: ", "i {.code, .name}"),
			Slot.of("sharedMechanisms/mechanism", "Mechanism", "x {.id, .nameEn}"),
			Slot.of("sharedMechanisms/ours/intervention", "Intervention", "x {.id, .nameEn}", "ours: ", "i {.code, .name}"),
			Slot.of("sharedMechanisms/theirs/intervention", "Intervention", "x {.id, .nameEn}", "theirs: ",
					"i {.code, .name}"));

	/** The evidence chain: each node with what the explanation reads of it ({@link EvidenceChains}). */
	private static final List<Slot> EVIDENCE_CHAIN = List.of(
			Slot.of("intervention", "Intervention", "i {.code, .name, .grounded, .recognised}")
				.reading("grounded", "recognised"),
			Slot.of("municipality", "Municipality", "m {.id, .name}").orNull(),
			Slot.of("factors/factor", "Factor", "f {.id, .nameNl, .kind, .evidence}").reading("nameNl", "evidence"),
			Slot.of("factors/themeStatements/theme", "Theme", "th {.id, .shortLabelNl}"),
			Slot.of("factors/identifiedIn/source", "Source", "s {.id, .title, .studiesAnalysed}").reading("studiesAnalysed"),
			Slot.of("recognisedBy/source", "Source", "body {.id, .title}"));

	private final GraphReads reads;

	private final CypherQuestions questions;

	private final NodeSlots slots;

	AnalysisQueries(GraphReads reads, CypherQuestions questions, NodeSlots slots) {
		this.reads = reads;
		this.questions = questions;
		this.slots = slots;
	}

	List<Map<String, Object>> uncoveredFactors(@Nullable String kind, @Nullable String evidence, boolean carriedOutOnly,
			@Nullable String municipality, boolean modifiableOnly, boolean includeInferred,
			DataFetchingFieldSelectionSet selection) {
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
		return ReadModel.convertAll(List.copyOf(run("uncovered-factors", params, selection, UNCOVERED_FACTORS)));
	}

	List<Map<String, Object>> sharedMechanisms(int minLocalNames, DataFetchingFieldSelectionSet selection) {
		if (minLocalNames < 1) {
			throw new BadArgumentException("INVALID_ARGUMENT", "minLocalNames must be at least 1, was " + minLocalNames);
		}
		return ReadModel.convertAll(List.copyOf(run("shared-mechanisms", Map.of("minLocalNames", minLocalNames),
				selection, SHARED_MECHANISMS)));
	}

	Map<String, Object> coverage(String rows, String columns, String scope, boolean includeInferred,
			DataFetchingFieldSelectionSet selection) {
		String question = "FACTOR".equals(rows) ? "coverage-factors" : "coverage-themes";
		Map<String, Object> row = run(question,
				Map.of("columns", columns, "scope", scope, "includeInferred", includeInferred), selection, COVERAGE)
			.iterator()
			.next();
		List<Map<String, Object>> cells = maps(row.get("cells"));
		Map<String, Set<Object>> byRow = new HashMap<>();
		Map<String, Set<Object>> byColumn = new LinkedHashMap<>();
		Set<Object> all = new LinkedHashSet<>();
		for (Map<String, Object> cell : cells) {
			for (Map<String, Object> entry : maps(cell.get("entries"))) {
				Object code = NodeSlots.key(entry.get("intervention"), "code");
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

	@Nullable List<Map<String, Object>> similarInterventions(String code, int first,
			DataFetchingFieldSelectionSet selection) {
		checkFirst(first);
		if (!exists("MATCH (i:Intervention {code: $id}) RETURN count(i) > 0 AS found", code)) {
			return null;
		}
		return ReadModel.convertAll(List.copyOf(run("similar-interventions", Map.of("code", code, "first", first),
				selection, SIMILAR_INTERVENTIONS)));
	}

	@Nullable List<Map<String, Object>> peerMunicipalities(String id, int first, DataFetchingFieldSelectionSet selection) {
		checkFirst(first);
		if (!exists("MATCH (m:Municipality {id: $id}) RETURN count(m) > 0 AS found", id)) {
			return null;
		}
		return ReadModel.convertAll(List.copyOf(run("peer-municipalities", Map.of("id", id, "first", first), selection,
				PEER_MUNICIPALITIES)));
	}

	@Nullable Map<String, Object> evidenceChain(String code, DataFetchingFieldSelectionSet selection) {
		Collection<Map<String, Object>> rows = run("evidence-chain", Map.of("code", code), selection, EVIDENCE_CHAIN);
		if (rows.isEmpty()) {
			return null;
		}
		return ReadModel.convertOne(EvidenceChains.explain(rows.iterator().next()));
	}

	/** The question with its slots compiled for the selection: one statement for the whole answer. */
	private Collection<Map<String, Object>> run(String question, Map<String, Object> params,
			DataFetchingFieldSelectionSet selection, List<Slot> slots) {
		NodeSlots.Statement statement = this.slots.compile(this.questions.get(question), params, selection, slots);
		return this.reads.list(statement.cypher(), statement.parameters(), Record::asMap);
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
