package nl.botoc.graph.curation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Service;

import nl.botoc.graph.analysis.ReportAudit;
import nl.botoc.graph.system.Sessions;
import nl.botoc.graph.system.graphql.BadArgumentException;
import nl.botoc.graph.system.graphql.GraphQlLimits;
import nl.botoc.graph.system.graphql.GraphReads;

/**
 * The curation history, read back: the changes of an intervention, the changes since a moment, an intervention as it
 * was on a day, and the report audit as it was at the 2022 scan. The past is rebuilt from the present by undoing the
 * diffs of later changes, newest first: nothing but the {@code Change} nodes is kept of earlier states.
 */
@Service
class CurationHistory {

	private static final String CHANGE_FIELDS = """
			{seq: c.seq, at: toString(c.at), actor: c.actor, mutation: c.mutation, idempotencyKey: c.idempotencyKey,
			 reason: c.reason, input: c.input, diff: c.diff} AS change""";

	private final GraphReads reads;

	private final Driver driver;

	private final ReportAudit audit;

	private final GraphQlLimits limits;

	CurationHistory(GraphReads reads, Driver driver, ReportAudit audit, GraphQlLimits limits) {
		this.reads = reads;
		this.driver = driver;
		this.audit = audit;
		this.limits = limits;
	}

	/** The schema's {@code ChangeEntry}: values as JSON text. */
	record ChangeEntry(String entity, String key, String field, @Nullable String from, @Nullable String to) {
	}

	/** The schema's {@code Change}. */
	record Change(long seq, String at, String actor, String mutation, String idempotencyKey, @Nullable String reason,
			String input, List<ChangeEntry> diff) {
	}

	@Nullable Change change(long seq) {
		return this.reads.one("MATCH (c:Change {seq: $seq}) RETURN " + CHANGE_FIELDS, Map.of("seq", seq), CurationHistory::change)
			.orElse(null);
	}

	List<Change> interventionHistory(String code) {
		return this.reads.list("MATCH (c:Change) WHERE $subject IN c.subjects RETURN " + CHANGE_FIELDS + " ORDER BY c.seq",
				Map.of("subject", "Intervention:" + code), CurationHistory::change);
	}

	List<Change> changesSince(String since, @Nullable Integer afterSeq, @Nullable Integer first) {
		int size = (first == null) ? 100 : first;
		if (size < 1 || size > 1000) {
			throw new BadArgumentException("PAGE_SIZE_TOO_LARGE", "first must be between 1 and 1000");
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("since", instant(since, "since").atZone(ZoneOffset.UTC));
		parameters.put("afterSeq", (afterSeq == null) ? 0 : afterSeq);
		parameters.put("first", size);
		return this.reads.list("""
				MATCH (c:Change) WHERE c.at >= $since AND c.seq > $afterSeq
				RETURN %s ORDER BY c.seq LIMIT $first""".formatted(CHANGE_FIELDS), parameters, CurationHistory::change);
	}

	long curationSeq() {
		return this.reads.one("MATCH (c:Change) RETURN coalesce(max(c.seq), 0) AS seq", Map.of(),
				(r) -> r.get("seq").asLong()).orElse(0L);
	}

	// --- an intervention on a day

	/** The schema's {@code InterventionAsOf}. */
	record InterventionAsOf(String code, String date, boolean existed, @Nullable Long version, @Nullable String name,
			@Nullable String descriptionEn, @Nullable String descriptionNl, @Nullable String approach,
			@Nullable String status, List<String> formerNames, @Nullable String targetAge, @Nullable String municipality,
			List<String> themes, @Nullable String mainTheme, List<String> factors, List<String> mechanisms,
			@Nullable Map<String, Object> provenance, int changesUndone) {
	}

	/**
	 * The intervention at the end of {@code date} (UTC): its node and links now, with every later change that touched
	 * it undone in memory, newest first.
	 */
	@SuppressWarnings("unchecked")
	InterventionAsOf interventionAsOf(String code, String date) {
		LocalDate day;
		try {
			day = LocalDate.parse(date);
		}
		catch (DateTimeException ex) {
			throw new BadArgumentException("INVALID_VALUE", "date must be a day, YYYY-MM-DD");
		}
		ZonedDateTime end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC);
		var now = this.reads.one("""
				OPTIONAL MATCH (n:Intervention {code: $code})
				RETURN n IS NOT NULL AS exists, properties(n) AS props,
				  [(n)-[r:TOUCHES]->(t:Theme) | {entity: 'Intervention.TOUCHES', key: n.code + '->' + t.id, props: properties(r)}]
				  + [(n)-[r:TARGETS]->(f:Factor) | {entity: 'Intervention.TARGETS', key: n.code + '->' + f.id, props: properties(r)}]
				  + [(n)-[r:USES]->(m:Mechanism) | {entity: 'Intervention.USES', key: n.code + '->' + m.id, props: properties(r)}]
				  + [(m:Municipality)-[r:RUNS]->(n) | {entity: 'Municipality.RUNS', key: m.id + '->' + n.code, props: properties(r)}]
				  AS links""", Map.of("code", code), Record::asMap).orElseThrow();
		boolean exists = (Boolean) now.get("exists");
		Map<String, Object> node = exists ? new LinkedHashMap<>((Map<String, Object>) now.get("props")) : new LinkedHashMap<>();
		Map<String, Map<String, Object>> links = new LinkedHashMap<>();
		for (Map<String, Object> link : (List<Map<String, Object>>) now.get("links")) {
			links.put(link.get("entity") + " " + link.get("key"), new LinkedHashMap<>((Map<String, Object>) link.get("props")));
		}
		List<Map<String, Object>> later = this.reads.list("""
				MATCH (c:Change) WHERE $subject IN c.subjects AND c.at >= $end
				RETURN c.diff AS diff ORDER BY c.seq DESC""", Map.of("subject", "Intervention:" + code, "end", end),
				Record::asMap);
		for (Map<String, Object> change : later) {
			List<GraphEdits.Entry> entries = entries((String) change.get("diff"));
			for (int i = entries.size() - 1; i >= 0; i--) {
				GraphEdits.Entry entry = entries.get(i);
				if ("Intervention".equals(entry.entity()) && code.equals(entry.key())) {
					if (GraphEdits.Entry.EXISTS.equals(entry.field())) {
						exists = !Boolean.TRUE.equals(entry.to());
					}
					else {
						put(node, entry.field(), entry.from());
					}
				}
				else if (entry.entity().contains(".") && concerns(entry, code)) {
					String id = entry.entity() + " " + entry.key();
					if (GraphEdits.Entry.EXISTS.equals(entry.field())) {
						if (Boolean.TRUE.equals(entry.to())) {
							links.remove(id);
						}
						else {
							links.put(id, new LinkedHashMap<>());
						}
					}
					else if (links.containsKey(id)) {
						put(links.get(id), entry.field(), entry.from());
					}
				}
			}
		}
		if (!exists) {
			return new InterventionAsOf(code, date, false, null, null, null, null, null, null, List.of(), null, null,
					List.of(), null, List.of(), List.of(), null, later.size());
		}
		List<String> themes = new ArrayList<>();
		String mainTheme = null;
		List<String> factors = new ArrayList<>();
		List<String> mechanisms = new ArrayList<>();
		String municipality = null;
		for (var link : links.entrySet()) {
			String entity = link.getKey().substring(0, link.getKey().indexOf(' '));
			String key = link.getKey().substring(link.getKey().indexOf(' ') + 1);
			String target = key.substring(key.indexOf("->") + 2);
			switch (entity) {
				case "Intervention.TOUCHES" -> {
					if (Boolean.TRUE.equals(link.getValue().get("main"))) {
						mainTheme = target;
						themes.add(0, target);
					}
					else {
						themes.add(target);
					}
				}
				case "Intervention.TARGETS" -> factors.add(target);
				case "Intervention.USES" -> mechanisms.add(target);
				case "Municipality.RUNS" -> municipality = key.substring(0, key.indexOf("->"));
				default -> {
				}
			}
		}
		Map<String, Object> provenance = new LinkedHashMap<>();
		provenance.put("source", Objects.requireNonNullElse(node.get("source"), List.of()));
		provenance.put("basis", String.valueOf(node.get("basis")).toUpperCase(java.util.Locale.ROOT));
		provenance.put("rationale", node.get("rationale"));
		return new InterventionAsOf(code, date, true, GraphEdits.normalised(node.get("version")) instanceof Long v ? v : 0L,
				(String) node.get("name"), (String) node.get("descriptionEn"), (String) node.get("descriptionNl"),
				(String) node.get("approach"), (String) node.get("status"),
				(List<String>) Objects.requireNonNullElse(node.get("formerNames"), List.of()), (String) node.get("targetAge"),
				municipality, themes, mainTheme, factors.stream().sorted().toList(), mechanisms.stream().sorted().toList(),
				provenance, later.size());
	}

	private static boolean concerns(GraphEdits.Entry entry, String code) {
		int arrow = entry.key().indexOf("->");
		return entry.key().substring(0, arrow).equals(code)
				|| ("Municipality.RUNS".equals(entry.entity()) && entry.key().substring(arrow + 2).equals(code));
	}

	private static void put(Map<String, Object> map, String field, @Nullable Object value) {
		if (value == null) {
			map.remove(field);
		}
		else {
			map.put(field, value);
		}
	}

	// --- the report audit at the scan

	/**
	 * The report audit on the graph before any curation: in one write transaction that is always rolled back, the
	 * curation counter is locked (no curation commits meanwhile), every change is undone, newest first, and the
	 * audit's own statements run on what is left, which is the graph as {@code seed/} loaded it. Nothing is committed,
	 * so the write guard never sees it.
	 */
	Map<String, Object> auditAtScan(@Nullable List<String> statuses) {
		try (Session session = this.driver.session(Sessions.writing(this.driver));
				Transaction tx = session.beginTransaction(TransactionConfig.builder()
					.withTimeout(this.limits.requestTimeout())
					.withMetadata(Map.of("app", "botoc-graph", "purpose", "curation:auditAtScan (rolled back)"))
					.build())) {
			try {
				tx.run("MATCH (k:CurationCounter {id: 'curation'}) SET k._LOCK_ = true REMOVE k._LOCK_").consume();
				undoAll(tx);
				return this.audit.audit(statuses, (cypher, parameters) -> tx.run(cypher, parameters).list(Record::asMap));
			}
			finally {
				tx.rollback();
			}
		}
	}

	/** Undoes every change, newest first (used inside a transaction that is rolled back). */
	static void undoAll(org.neo4j.driver.SimpleQueryRunner tx) {
		List<String> diffs = tx.run("MATCH (c:Change) RETURN c.diff AS diff ORDER BY c.seq DESC")
			.list((r) -> r.get("diff").asString());
		for (String diff : diffs) {
			GraphEdits.undo(tx, entries(diff));
		}
	}

	/** The audit now against the audit at the scan. */
	@SuppressWarnings("unchecked")
	Map<String, Object> comparison() {
		Map<String, Object> now = this.audit.audit(null,
				(cypher, parameters) -> this.reads.list(cypher, parameters, Record::asMap));
		Map<String, Object> atScan = auditAtScan(null);
		Map<String, Map<String, Object>> scanResults = new LinkedHashMap<>();
		for (Map<String, Object> result : (List<Map<String, Object>>) atScan.get("results")) {
			scanResults.put((String) result.get("claimId"), result);
		}
		List<Map<String, Object>> differences = new ArrayList<>();
		for (Map<String, Object> result : (List<Map<String, Object>>) now.get("results")) {
			Map<String, Object> before = scanResults.get(result.get("claimId"));
			if (before == null || !Objects.equals(before.get("status"), result.get("status"))
					|| !Objects.equals(before.get("actual"), result.get("actual"))) {
				Map<String, Object> difference = new LinkedHashMap<>();
				difference.put("claimId", result.get("claimId"));
				difference.put("statusAtScan", (before != null) ? before.get("status") : null);
				difference.put("statusNow", result.get("status"));
				difference.put("actualAtScan", (before != null) ? before.get("actual") : null);
				difference.put("actualNow", result.get("actual"));
				differences.add(difference);
			}
		}
		Map<String, Object> comparison = new LinkedHashMap<>();
		comparison.put("curationSeq", curationSeq());
		comparison.put("atScan", atScan.get("summary"));
		comparison.put("now", now.get("summary"));
		comparison.put("differences", differences);
		return comparison;
	}

	// --- mapping

	static List<GraphEdits.Entry> entries(String diffJson) {
		List<Map<String, Object>> raw = Curation.JSON.readValue(diffJson, new TypeReference<List<Map<String, Object>>>() {
		});
		return raw.stream().map(GraphEdits.Entry::of).toList();
	}

	private static Change change(Record record) {
		Value change = record.get("change");
		List<ChangeEntry> diff = entries(change.get("diff").asString()).stream()
			.map((e) -> new ChangeEntry(e.entity(), e.key(), e.field(), json(e.from()), json(e.to())))
			.toList();
		return new Change(change.get("seq").asLong(), change.get("at").asString(), change.get("actor").asString(),
				change.get("mutation").asString(), change.get("idempotencyKey").asString(),
				change.get("reason").isNull() ? null : change.get("reason").asString(), change.get("input").asString(), diff);
	}

	private static @Nullable String json(@Nullable Object value) {
		return (value == null) ? null : Curation.JSON.writeValueAsString(value);
	}

	private static Instant instant(String text, String argument) {
		try {
			return (text.length() == 10) ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
		}
		catch (DateTimeException ex) {
			throw new BadArgumentException("INVALID_VALUE", argument + " must be an ISO-8601 instant or a day (YYYY-MM-DD)");
		}
	}

}
