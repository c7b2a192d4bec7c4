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
 * <p>
 * Each metric also counts over stated facts only ({@code actualStated}): an agreement that needs inferred links
 * or attributes is {@code AGREES_ON_INFERRED}, so that no one quotes it as the report's own figure. A claim
 * compares {@code EQUALS} for a printed number, or {@code AT_LEAST}/{@code AT_MOST} for a quantifier such as
 * "meerdere".
 */
@Service
public class ReportAudit {

	/** The metric vocabulary of seed/FORMAT.md; each has its Cypher file. */
	public static final Set<String> METRICS = Set.of("municipalities.total", "interventions.planned",
			"interventions.byMunicipality", "interventions.byApproach", "interventions.carriedOut",
			"interventions.notCarriedOutByTheme", "interventions.recognised", "interventions.grounded",
			"interventions.byTheme", "interventions.groundedByTheme", "interventions.ungroundedByTheme",
			"municipalities.byTheme", "factors.count", "factors.studiedInNl", "factors.categories",
			"sources.studiesAnalysed", "interventions.recognisedByTheme", "interventions.named",
			"interventions.addressingFactor", "interventions.withThemes", "municipalities.runningNamed",
			"municipalities.focusAreas", "themes.total", "exploratory.count", "factors.namedAt");

	/** A metric's figure over all facts and over stated facts only. */
	private record Actual(@Nullable Long all, @Nullable Long stated) {
	}

	private static final Pattern METRIC_NAME = Pattern.compile("[A-Za-z]+(\\.[A-Za-z]+)+");

	private final GraphReads reads;

	private final CypherQuestions questions;

	ReportAudit(GraphReads reads, CypherQuestions questions) {
		this.reads = reads;
		this.questions = questions;
	}

	/** Runs the audit's statements somewhere else than the request's read transaction (the curation history). */
	@FunctionalInterface
	public interface Statements {

		List<Map<String, Object>> run(String cypher, Map<String, Object> parameters);

	}

	Map<String, Object> audit(@Nullable List<String> statuses) {
		return audit(statuses, (cypher, parameters) -> this.reads.list(cypher, parameters, Record::asMap));
	}

	/** The audit, with every statement run by {@code statements}. */
	public Map<String, Object> audit(@Nullable List<String> statuses, Statements statements) {
		List<Map<String, Object>> claims = statements.run(this.questions.get("report-audit-claims"), Map.of())
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
		Map<String, Map<@Nullable String, Actual>> actuals = new HashMap<>();
		scopesByMetric.forEach((metric, scopes) -> actuals.put(metric, compute(metric, scopes, claims, statements)));

		List<Map<String, Object>> results = new ArrayList<>();
		int agrees = 0;
		int agreesOnInferred = 0;
		int explained = 0;
		int unexplained = 0;
		for (Map<String, Object> claim : claims) {
			String metric = (String) claim.get("metric");
			Actual computed = actuals.get(metric).getOrDefault(scope(claim), new Actual(null, null));
			Long actual = computed.all();
			Number expected = (Number) claim.get("expected");
			String comparison = Objects.requireNonNullElse((String) claim.get("comparison"), "EQUALS");
			String explanation = (String) claim.get("explanation");
			String status;
			if (holds(comparison, actual, expected)) {
				// EQUALS and AT_LEAST rest on stated facts when the stated count alone satisfies the claim;
				// AT_MOST only when nothing inferred was counted (inferred facts could only lower the stated count).
				boolean onStated = "AT_MOST".equals(comparison) ? Objects.equals(computed.stated(), actual)
						: holds(comparison, computed.stated(), expected);
				status = onStated ? "AGREES" : "AGREES_ON_INFERRED";
				if (onStated) {
					agrees++;
				}
				else {
					agreesOnInferred++;
				}
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
				result.put("comparison", comparison);
				result.put("expected", expected);
				result.put("printed", claim.get("printed"));
				result.put("lines", claim.get("lines"));
				result.put("actual", actual);
				result.put("actualStated", computed.stated());
				result.put("status", status);
				result.put("explanation", explanation);
				results.add(result);
			}
		}
		Map<String, Object> summary = Map.of("total", claims.size(), "agrees", agrees, "agreesOnInferred",
				agreesOnInferred, "disagreesExplained", explained, "disagreesUnexplained", unexplained);
		return Map.of("summary", summary, "results", ReadModel.convertAll(results));
	}

	private static boolean holds(String comparison, @Nullable Long actual, @Nullable Number expected) {
		if (actual == null || expected == null) {
			return false;
		}
		long bound = expected.longValue();
		return switch (comparison) {
			case "AT_LEAST" -> actual >= bound;
			case "AT_MOST" -> actual <= bound;
			default -> actual == bound;
		};
	}

	private Map<@Nullable String, Actual> compute(String metric, List<@Nullable String> scopes,
			List<Map<String, Object>> claims, Statements statements) {
		String cypher = (METRICS.contains(metric) && METRIC_NAME.matcher(metric).matches())
				? this.questions.find("audit/" + metric).orElse(null) : null;
		if (cypher == null) {
			throw new ReportAuditException("Unknown claim metric '" + metric + "' in " + claimIds(claims, metric, null)
					+ "; seed/FORMAT.md knows " + String.join(", ", METRICS.stream().sorted().toList()));
		}
		Map<String, Object> params = new HashMap<>();
		params.put("scopes", scopes);
		Map<@Nullable String, Actual> actual = new HashMap<>();
		for (Map<String, Object> row : statements.run(cypher, params)) {
			String scope = (String) row.get("scope");
			if (!Boolean.TRUE.equals(row.get("validScope"))) {
				throw new ReportAuditException("Claim scope '" + scope + "' of metric '" + metric
						+ "' names nothing in the graph, in " + claimIds(claims, metric, scope));
			}
			Number value = (Number) row.get("actual");
			Number stated = (Number) row.get("actualStated");
			actual.put(scope, new Actual(value == null ? null : value.longValue(),
					stated == null ? null : stated.longValue()));
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
