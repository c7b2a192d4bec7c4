package nl.botoc.graph.analysis;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The report's questions as GraphQL queries ({@code analysis.graphqls}). */
@Controller
class AnalysisController {

	private final AnalysisQueries queries;

	private final ReportAudit audit;

	AnalysisController(AnalysisQueries queries, ReportAudit audit) {
		this.queries = queries;
		this.audit = audit;
	}

	@QueryMapping
	List<Map<String, Object>> uncoveredFactors(@Argument @Nullable String kind, @Argument @Nullable String evidence,
			@Argument @Nullable Boolean carriedOutOnly, @Argument @Nullable String municipality,
			@Argument @Nullable Boolean modifiableOnly, @Argument @Nullable Boolean includeInferred) {
		return this.queries.uncoveredFactors(kind, evidence, isTrue(carriedOutOnly), municipality,
				isTrue(modifiableOnly), includeInferred == null || includeInferred);
	}

	@QueryMapping
	List<Map<String, Object>> sharedMechanisms(@Argument @Nullable Integer minLocalNames) {
		return this.queries.sharedMechanisms(minLocalNames == null ? 2 : minLocalNames);
	}

	@QueryMapping
	Map<String, Object> coverage(@Argument String rows, @Argument @Nullable String columns,
			@Argument @Nullable String interventions, @Argument @Nullable Boolean includeInferred) {
		return this.queries.coverage(rows, columns == null ? "MUNICIPALITY" : columns,
				interventions == null ? "PLANNED" : interventions, includeInferred == null || includeInferred);
	}

	@QueryMapping
	@Nullable List<Map<String, Object>> similarInterventions(@Argument String code, @Argument @Nullable Integer first) {
		return this.queries.similarInterventions(code, first == null ? 5 : first);
	}

	@QueryMapping
	@Nullable List<Map<String, Object>> peerMunicipalities(@Argument String id, @Argument @Nullable Integer first) {
		return this.queries.peerMunicipalities(id, first == null ? 5 : first);
	}

	@QueryMapping
	Map<String, Object> reportAudit(@Argument @Nullable List<String> status) {
		return this.audit.audit(status);
	}

	@QueryMapping
	@Nullable Map<String, Object> evidenceChain(@Argument String code) {
		return this.queries.evidenceChain(code);
	}

	/** Arguments with a schema default are still nullable: a client may pass an explicit null. */
	private static boolean isTrue(@Nullable Boolean value) {
		return value != null && value;
	}

}
