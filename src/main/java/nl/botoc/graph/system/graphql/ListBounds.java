package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.botoc.graph.system.Sessions;

/**
 * How many items each list field can return, read from the graph itself: the largest degree of the relationship
 * behind the field, or the number of nodes for a list of all nodes of a kind. The query cost multiplies plain lists
 * (without {@code first}) by these, and paged lists by the smaller of {@code first} and these, so the estimate
 * stays true as the graph grows. Read at start-up (once the
 * graph is ready), after every seed load, and every {@code botoc.graphql.list-bounds-refresh}; until the first read
 * succeeds, every bound is {@code botoc.graphql.unknown-list-bound}.
 * <p>
 * The table is the one place to add a new plain list field; {@code ListBoundsTests} fails for a list field of the
 * schema that has neither {@code first} nor an entry here.
 */
@Component
public class ListBounds {

	private static final Logger log = LoggerFactory.getLogger(ListBounds.class);

	private static String count(String label) {
		return "MATCH (n:" + label + ") RETURN count(n) AS n";
	}

	private static String degree(String pattern) {
		return "MATCH " + pattern + " RETURN coalesce(max(d), 0) AS n";
	}

	/** Field ({@code Type.field}) → a statement returning its bound as {@code n}. Only constants here, no user input. */
	static final Map<String, String> TABLE;

	/**
	 * What reading one relationship weighs against returning one object: the questions match patterns over every
	 * link they read (240 aliases of {@code uncoveredFactors} kept the service busy past the request timeout).
	 */
	static final long WORK_PER_LINK = 1;

	/**
	 * The least work an analysis question is counted at, however small the graph: planning and running a statement
	 * over the whole graph has a price of its own (240 aliases of a question on the seed must stay over max-cost).
	 */
	static final long WORK_FLOOR = 1000;

	/** Suffix of the keys of {@link #WORK_TABLE} among the values read. */
	static final String WORK = "#work";

	/** Root field → a statement returning how much of the graph it reads, as {@code n}. */
	static final Map<String, String> WORK_TABLE;

	/** Suffix of the keys of {@link #TOTAL_TABLE} among the values read. */
	static final String TOTAL = "#total";

	/**
	 * Fields of the analysis answers whose items, summed over one answer, are bounded by the graph more tightly than
	 * their parent list times their own largest size: a coverage matrix's entries are one per (row, intervention)
	 * pair however they fall into cells, an uncovered factor's excluded links are links of the graph. Only fields
	 * of types an answer holds once per question (never reachable along a cycle) belong here.
	 */
	static final Map<String, String> TOTAL_TABLE;

	/** The three tables, as read in one transaction. */
	private static final Map<String, String> ALL;

	static {
		Map<String, String> t = new LinkedHashMap<>();
		String interventionThemes = degree("(i:Intervention) WITH COUNT { (i)-[:TOUCHES]->(:Theme) } AS d");
		String interventionFactors = degree("(i:Intervention) WITH COUNT { (i)-[:TARGETS]->(:Factor) } AS d");
		String interventionMechanisms = degree("(i:Intervention) WITH COUNT { (i)-[:USES]->(:Mechanism) } AS d");
		String mechanismUses = degree("(m:Mechanism) WITH COUNT { (:Intervention)-[:USES]->(m) } AS d");
		String municipalityInterventions = degree("(m:Municipality) WITH COUNT { (m)-[:RUNS]->(:Intervention) } AS d");
		t.put("Query.municipalities", count("Municipality"));
		t.put("Query.interventions", count("Intervention"));
		t.put("Query.factors", count("Factor"));
		t.put("Query.search", "RETURN COUNT { (n) WHERE n:Intervention OR n:Municipality OR n:Theme OR n:Factor"
				+ " OR n:Mechanism } AS n");
		t.put("Query.themes", count("Theme"));
		t.put("Query.mechanisms", count("Mechanism"));
		t.put("Query.sources", count("Source"));
		t.put("Query.claims", count("Claim"));
		t.put("Query.exploratoryElements", count("ExploratoryElement"));
		t.put("Query.uncoveredFactors", count("Factor"));
		t.put("Query.sharedMechanisms", count("Mechanism"));
		t.put("Intervention.themes", interventionThemes);
		t.put("Intervention.factors", interventionFactors);
		t.put("Intervention.mechanisms", interventionMechanisms);
		t.put("Municipality.interventions", municipalityInterventions);
		t.put("Theme.interventions", degree("(t:Theme) WITH COUNT { (:Intervention)-[:TOUCHES]->(t) } AS d"));
		t.put("Theme.factors", degree("(t:Theme) WITH COUNT { (t)-[:TARGETS]->(:Factor) } AS d"));
		t.put("Factor.interventions", degree("(f:Factor) WITH COUNT { (:Intervention)-[:TARGETS]->(f) } AS d"));
		t.put("Factor.themes", degree("(f:Factor) WITH COUNT { (:Theme)-[:TARGETS]->(f) } AS d"));
		t.put("Factor.identifiedIn", degree("(f:Factor) WITH COUNT { (f)-[:IDENTIFIED_IN]->(:Source) } AS d"));
		t.put("Mechanism.uses", mechanismUses);
		t.put("Source.claims", degree("(s:Source) WITH COUNT { (:Claim)-[:SOURCED_FROM]->(s) } AS d"));
		t.put("Source.identifiedFactors", degree("(s:Source) WITH COUNT { (:Factor)-[:IDENTIFIED_IN]->(s) } AS d"));
		t.put("Source.recognisedInterventions",
				degree("(s:Source) WITH COUNT { (:Intervention)-[:RECOGNISED_BY]->(s) } AS d"));
		t.put("Claim.statedIn", degree("(c:Claim) WITH COUNT { (c)-[:SOURCED_FROM]->(:Source) } AS d"));
		// Curation history (curation.graphqls).
		t.put("Query.interventionHistory", "MATCH (c:Change) UNWIND c.subjects AS s WITH s, count(*) AS d RETURN coalesce(max(d), 0) AS n");
		t.put("Query.changesSince", count("Change"));
		t.put("Change.diff", "MATCH (c:Change) RETURN coalesce(max(c.diffSize), 0) AS n");
		t.put("AuditComparison.differences", count("Claim"));
		// A refused mutation's errors: one per check, at most one per item of its longest list (50).
		for (String payload : List.of("MunicipalityPayload", "InterventionPayload", "SourcePayload", "ClaimPayload")) {
			t.put(payload + ".errors", "RETURN 64 AS n");
		}
		// Analysis answers: bounded by what they are built from.
		t.put("UncoveredFactor.excludedLinks", degree("(f:Factor) WITH COUNT { (:Intervention)-[:TARGETS]->(f) }"
				+ " + COUNT { (:Intervention)-[:TOUCHES]->(:Theme)-[:TARGETS]->(f) } AS d"));
		t.put("SharedMechanism.municipalities", count("Municipality"));
		t.put("SharedMechanism.localNames", mechanismUses);
		t.put("LocalName.uses", mechanismUses);
		t.put("CoverageMatrix.rowHeaders",
				"RETURN COUNT { (:Theme) } + COUNT { (:Factor) } AS n");
		t.put("CoverageMatrix.columnHeaders", "RETURN COUNT { (:Municipality) } + 5 AS n");
		// A matrix has theme rows or factor rows, never both; a cell holds the interventions of one municipality
		// (or one status) on one row: at most the largest municipality or the largest theme.
		t.put("CoverageMatrix.cells", "RETURN CASE WHEN COUNT { (:Theme) } > COUNT { (:Factor) } THEN COUNT { (:Theme) }"
				+ " ELSE COUNT { (:Factor) } END * (COUNT { (:Municipality) } + 5) AS n");
		// The same, for the rows a query asks for (QueryCost looks up `field#ROWS` first).
		t.put("CoverageMatrix.cells#THEME", "RETURN COUNT { (:Theme) } * (COUNT { (:Municipality) } + 5) AS n");
		t.put("CoverageMatrix.cells#FACTOR", "RETURN COUNT { (:Factor) } * (COUNT { (:Municipality) } + 5) AS n");
		t.put("CoverageCell.entries", """
				CALL () { MATCH (m:Municipality) RETURN coalesce(max(COUNT { (m)-[:RUNS]->(:Intervention) }), 0) AS a }
				CALL () { MATCH (t:Theme) RETURN coalesce(max(COUNT { (:Intervention)-[:TOUCHES]->(t) }), 0) AS b }
				RETURN CASE WHEN a > b THEN a ELSE b END AS n""");
		t.put("SimilarIntervention.sharedThemes", interventionThemes);
		t.put("SimilarIntervention.sharedFactors", interventionFactors);
		t.put("SimilarIntervention.sharedMechanisms", interventionMechanisms);
		t.put("PeerMunicipality.sharedThemes", count("Theme"));
		t.put("PeerMunicipality.sharedMechanisms", count("Mechanism"));
		t.put("PeerTheme.ours", municipalityInterventions);
		t.put("PeerTheme.theirs", municipalityInterventions);
		t.put("PeerMechanism.ours", municipalityInterventions);
		t.put("PeerMechanism.theirs", municipalityInterventions);
		t.put("ReportAudit.results", count("Claim"));
		t.put("EvidenceChain.factors", count("Factor"));
		t.put("EvidenceChain.recognisedBy",
				degree("(i:Intervention) WITH COUNT { (i)-[:RECOGNISED_BY]->(:Source) } AS d"));
		t.put("EvidenceFactor.themeStatements", interventionThemes);
		t.put("EvidenceFactor.identifiedIn", degree("(f:Factor) WITH COUNT { (f)-[:IDENTIFIED_IN]->(:Source) } AS d"));
		TABLE = Map.copyOf(t);
		Map<String, String> all = new LinkedHashMap<>(t);
		// Work of the analysis questions, counted once per occurrence: each reads a whole part of the graph, however
		// few objects it returns (240 aliases of `uncoveredFactors` ask for 240 scans of every link).
		Map<String, String> w = new LinkedHashMap<>();
		String links = "RETURN COUNT { ()-[:TARGETS]->() } + COUNT { ()-[:TOUCHES]->() } AS n";
		w.put("Query.uncoveredFactors", links);
		w.put("Query.coverage", links);
		w.put("Query.sharedMechanisms", "RETURN COUNT { ()-[:USES]->() } AS n");
		w.put("Query.similarInterventions",
				"RETURN COUNT { ()-[:TARGETS]->() } + COUNT { ()-[:TOUCHES]->() } + COUNT { ()-[:USES]->() } AS n");
		w.put("Query.peerMunicipalities",
				"RETURN COUNT { ()-[:RUNS]->() } + COUNT { ()-[:TOUCHES]->() } + COUNT { ()-[:USES]->() } AS n");
		w.put("Query.reportAudit", "RETURN COUNT { ()-[]->() } AS n");
		w.put("Query.evidenceChain", "RETURN COUNT { ()-[:TARGETS]->() } AS n");
		for (Map.Entry<String, String> entry : w.entrySet()) {
			all.put(entry.getKey() + WORK, entry.getValue());
		}
		WORK_TABLE = Map.copyOf(w);
		Map<String, String> totals = new LinkedHashMap<>();
		String factorPairs = "COUNT { (:Intervention)-[:TARGETS]->(:Factor) }"
				+ " + COUNT { (:Intervention)-[:TOUCHES]->(:Theme)-[:TARGETS]->(:Factor) }";
		totals.put("CoverageCell.entries", "WITH COUNT { (:Intervention)-[:TOUCHES]->(:Theme) } AS a, " + factorPairs
				+ " AS b RETURN CASE WHEN a > b THEN a ELSE b END AS n");
		totals.put("CoverageCell.entries#THEME", "RETURN COUNT { (:Intervention)-[:TOUCHES]->(:Theme) } AS n");
		totals.put("CoverageCell.entries#FACTOR", "RETURN " + factorPairs + " AS n");
		totals.put("UncoveredFactor.excludedLinks", "RETURN " + factorPairs + " AS n");
		totals.put("SharedMechanism.localNames", "RETURN COUNT { ()-[:USES]->() } AS n");
		totals.put("LocalName.uses", "RETURN COUNT { ()-[:USES]->() } AS n");
		for (Map.Entry<String, String> entry : totals.entrySet()) {
			all.put(entry.getKey() + TOTAL, entry.getValue());
		}
		TOTAL_TABLE = Map.copyOf(totals);
		ALL = Map.copyOf(all);
	}


	private final Driver driver;

	private final RequestBounds bounds;

	private final Map<String, Long> current = new ConcurrentHashMap<>();

	private volatile boolean read;

	ListBounds(Driver driver, RequestBounds bounds) {
		this.driver = driver;
		this.bounds = bounds;
	}

	/**
	 * The bound of a plain list field, by its type and name ({@code Intervention}, {@code themes}); interface
	 * fields are found under the interface's name too ({@code RiskFactor.themes} under {@code Factor.themes}).
	 * Never below 1, so that a list that is empty today still counts its selections.
	 */
	public long bound(String typeName, String fieldName, Iterable<String> interfaceNames) {
		return bound(typeName, fieldName, interfaceNames, -1);
	}

	/**
	 * As {@link #bound(String, String, Iterable)}, but {@code otherwise} for a field the table has no entry for (or
	 * whose entry has not been read yet); {@code -1} means the unknown-list bound.
	 */
	long bound(String typeName, String fieldName, Iterable<String> interfaceNames, long otherwise) {
		Long value = this.current.get(typeName + "." + fieldName);
		if (value == null) {
			for (String name : interfaceNames) {
				value = this.current.get(name + "." + fieldName);
				if (value != null) {
					break;
				}
			}
		}
		if (value == null) {
			return (otherwise >= 0) ? otherwise : Math.max(1, this.bounds.unknownListBound());
		}
		return Math.max(1, value);
	}

	/**
	 * The work of a field beside the objects it returns (the analysis questions: how much of the graph they read),
	 * 0 for every other field; the unknown-list bound until the graph was read.
	 */
	public long work(String typeName, String fieldName) {
		String key = typeName + "." + fieldName;
		if (!WORK_TABLE.containsKey(key)) {
			return 0;
		}
		Long value = this.current.get(key + WORK);
		return Math.max(WORK_FLOOR, QueryCost.times(WORK_PER_LINK, (value != null) ? value : this.bounds.unknownListBound()));
	}

	/**
	 * How many items this field can hold summed over one answer of its question, or -1 when only its per-parent
	 * bound applies (see {@link #TOTAL_TABLE}); the unknown-list bound until the graph was read.
	 */
	public long total(String typeName, String fieldName) {
		String key = typeName + "." + fieldName;
		if (!TOTAL_TABLE.containsKey(key)) {
			return -1;
		}
		Long value = this.current.get(key + TOTAL);
		return Math.max(1, (value != null) ? value : this.bounds.unknownListBound());
	}

	/** Whether the graph answered at least once; before that every bound is the unknown-list bound. */
	public boolean known() {
		return this.read;
	}

	/** The current table, field → bound, for the docs and for people who want to see why a query costs what it does. */
	public Map<String, Long> table() {
		return Map.copyOf(this.current);
	}

	/** Reads the bounds once the service is ready, after everything that fills the graph at start-up. */
	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		refresh();
	}

	/** Reads every bound from the graph again; keeps the old values if the database does not answer. */
	@Scheduled(initialDelayString = "${botoc.graphql.list-bounds-refresh:1m}",
			fixedDelayString = "${botoc.graphql.list-bounds-refresh:1m}")
	public void refresh() {
		Map<String, Long> fresh = new LinkedHashMap<>();
		// An explicit transaction, not executeRead: no driver retries, so a missing database fails at once.
		try (var session = this.driver.session(Sessions.reading(this.driver));
				var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build())) {
			ALL.forEach((field, cypher) -> fresh.put(field, tx.run(cypher).single().get("n").asLong()));
			tx.commit();
		}
		catch (RuntimeException ex) {
			log.warn("List bounds not refreshed, the graph did not answer ({}); keeping {}", ex.toString(),
					this.read ? "the last ones read" : "the unknown-list bound " + this.bounds.unknownListBound());
			return;
		}
		this.current.putAll(fresh);
		if (!this.read) {
			log.info("List bounds read from the graph: {}", fresh);
		}
		this.read = true;
	}

}
