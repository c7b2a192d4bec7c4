package nl.botoc.graph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

import nl.botoc.graph.system.graphql.GraphReads;

/**
 * Recomputes every Claim from the graph and compares. Each metric of the seed/FORMAT.md vocabulary is one
 * parameterised Cypher file, {@code cypher/questions/audit/<metric>.cypher}, run once with all scopes its claims
 * ask for: one statement for the claims and one per metric in use, however many claims there are.
 */
@Service
class ReportAudit {

	/** The metric vocabulary of seed/FORMAT.md; each has its Cypher file. */
	static final Set<String> METRICS = Set.of("municipalities.total", "interventions.planned",
			"interventions.byMunicipality", "interventions.byApproach", "interventions.carriedOut",
			"interventions.notCarriedOutByTheme", "interventions.recognised", "interventions.grounded",
			"interventions.byTheme", "interventions.groundedByTheme", "interventions.ungroundedByTheme",
			"municipalities.byTheme", "factors.count", "factors.studiedInNl", "factors.categories",
			"sources.studiesAnalysed");

	private static final Pattern METRIC_NAME = Pattern.compile("[A-Za-z]+(\\.[A-Za-z]+)+");

	private final GraphReads reads;

	private final CypherQuestions questions;

	ReportAudit(GraphReads reads, CypherQuestions questions) {
		this.reads = reads;
		this.questions = questions;
	}

	Map<String, Object> audit(@Nullable List<String> statuses) {
		List<Map<String, Object>> claims = this.reads.list(this.questions.get("report-audit-claims"), Map.of(), Record::asMap)
			.stream()
			.map(row -> AnalysisQueries.map(row.get("claim")))
			.toList();
		Map<String, List<@Nullable String>> scopesByMetric = new LinkedHashMap<>();
		for (Map<String, Object> claim : claims) {
			List<@Nullable String> scopes = scopesByMetric.computeIfAbsent((String) claim.get("metric"), k -> new ArrayList<>());
			String scope = scope(claim);
			if (!scopes.contains(scope)) {
				scopes.add(scope);
			}
		}
		Map<String, Map<@Nullable String, @Nullable Long>> actuals = new HashMap<>();
		scopesByMetric.forEach((metric, scopes) -> actuals.put(metric, compute(metric, scopes, claims)));

		List<Map<String, Object>> results = new ArrayList<>();
		int agrees = 0;
		int explained = 0;
		int unexplained = 0;
		for (Map<String, Object> claim : claims) {
			String metric = (String) claim.get("metric");
			Long actual = actuals.get(metric).get(scope(claim));
			Number expected = (Number) claim.get("expected");
			String explanation = (String) claim.get("explanation");
			String status;
			if (actual != null && expected != null && actual == expected.longValue()) {
				status = "AGREES";
				agrees++;
			}
			else if (explanation != null && !explanation.isBlank()) {
				status = "DISAGREES_EXPLAINED";
				explained++;
			}
			else {
				status = "DISAGREES_UNEXPLAINED";
				unexplained++;
			}
			if (statuses == null || statuses.contains(status)) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("claim", claim);
				result.put("claimId", claim.get("id"));
				result.put("statementEn", claim.get("statementEn"));
				result.put("source", Objects.requireNonNullElse(claim.get("source"), List.of()));
				result.put("metric", metric);
				result.put("scope", scope(claim));
				result.put("expected", expected);
				result.put("actual", actual);
				result.put("status", status);
				result.put("explanation", explanation);
				results.add(result);
			}
		}
		Map<String, Object> summary = Map.of("total", claims.size(), "agrees", agrees, "disagreesExplained", explained,
				"disagreesUnexplained", unexplained);
		return Map.of("summary", summary, "results", ReadModel.convertAll(results));
	}

	private Map<@Nullable String, @Nullable Long> compute(String metric, List<@Nullable String> scopes,
			List<Map<String, Object>> claims) {
		String cypher = (METRICS.contains(metric) && METRIC_NAME.matcher(metric).matches())
				? this.questions.find("audit/" + metric).orElse(null) : null;
		if (cypher == null) {
			throw new ReportAuditException("Unknown claim metric '" + metric + "' in " + claimIds(claims, metric, null)
					+ "; seed/FORMAT.md knows " + String.join(", ", METRICS.stream().sorted().toList()));
		}
		Map<String, Object> params = new HashMap<>();
		params.put("scopes", scopes);
		Map<@Nullable String, @Nullable Long> actual = new HashMap<>();
		for (Map<String, Object> row : this.reads.list(cypher, params, Record::asMap)) {
			String scope = (String) row.get("scope");
			if (!Boolean.TRUE.equals(row.get("validScope"))) {
				throw new ReportAuditException("Claim scope '" + scope + "' of metric '" + metric
						+ "' names nothing in the graph, in " + claimIds(claims, metric, scope));
			}
			Number value = (Number) row.get("actual");
			actual.put(scope, value == null ? null : value.longValue());
		}
		return actual;
	}

	private static @Nullable String scope(Map<String, Object> claim) {
		Object scope = claim.get("scope");
		return (scope == null || scope.toString().isEmpty()) ? null : scope.toString();
	}

	private static String claimIds(List<Map<String, Object>> claims, String metric, @Nullable String scope) {
		return String.join(", ", claims.stream()
			.filter(c -> metric.equals(c.get("metric")) && (scope == null || scope.equals(scope(c))))
			.map(c -> (String) c.get("id"))
			.toList());
	}

}
