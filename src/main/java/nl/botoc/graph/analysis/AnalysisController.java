package nl.botoc.graph.analysis;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

import nl.botoc.graph.system.projection.ListSizes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The report's questions as GraphQL queries ({@code analysis.graphqls}). */
@Controller
class AnalysisController {

	private final AnalysisQueries queries;

	private final ReportAudit audit;

	private final ListSizes listSizes;

	AnalysisController(AnalysisQueries queries, ReportAudit audit, ListSizes listSizes) {
		this.queries = queries;
		this.audit = audit;
		this.listSizes = listSizes;
	}

	/** An uncovered factor's excluded links grow with the data: the first {@code first}, like every such list. */
	@SchemaMapping(typeName = "UncoveredFactor", field = "excludedLinks")
	List<?> excludedLinks(Map<String, Object> factor, @Argument @Nullable Integer first) {
		List<?> links = (List<?>) factor.getOrDefault("excludedLinks", List.of());
		int size = this.listSizes.first(first, "UncoveredFactor.excludedLinks");
		return (links.size() > size) ? links.subList(0, size) : links;
	}

	@SchemaMapping(typeName = "UncoveredFactor", field = "excludedLinkCount")
	int excludedLinkCount(Map<String, Object> factor) {
		return ((List<?>) factor.getOrDefault("excludedLinks", List.of())).size();
	}

	@QueryMapping
	List<Map<String, Object>> uncoveredFactors(@Argument @Nullable String kind, @Argument @Nullable String evidence,
			@Argument @Nullable Boolean carriedOutOnly, @Argument @Nullable String municipality,
			@Argument @Nullable Boolean modifiableOnly, @Argument @Nullable Boolean includeInferred,
			DataFetchingFieldSelectionSet selection) {
		return this.queries.uncoveredFactors(kind, evidence, isTrue(carriedOutOnly), municipality,
				isTrue(modifiableOnly), includeInferred == null || includeInferred, selection);
	}

	@QueryMapping
	List<Map<String, Object>> sharedMechanisms(@Argument @Nullable Integer minLocalNames,
			DataFetchingFieldSelectionSet selection) {
		return this.queries.sharedMechanisms(minLocalNames == null ? 2 : minLocalNames, selection);
	}

	@QueryMapping
	Map<String, Object> coverage(@Argument String rows, @Argument @Nullable String columns,
			@Argument @Nullable String interventions, @Argument @Nullable Boolean includeInferred,
			DataFetchingFieldSelectionSet selection) {
		return this.queries.coverage(rows, columns == null ? "MUNICIPALITY" : columns,
				interventions == null ? "PLANNED" : interventions, includeInferred == null || includeInferred, selection);
	}

	@QueryMapping
	@Nullable List<Map<String, Object>> similarInterventions(@Argument String code, @Argument @Nullable Integer first,
			DataFetchingFieldSelectionSet selection) {
		return this.queries.similarInterventions(code, first == null ? 5 : first, selection);
	}

	@QueryMapping
	@Nullable List<Map<String, Object>> peerMunicipalities(@Argument String id, @Argument @Nullable Integer first,
			DataFetchingFieldSelectionSet selection) {
		return this.queries.peerMunicipalities(id, first == null ? 5 : first, selection);
	}

	@QueryMapping
	Map<String, Object> reportAudit(@Argument @Nullable List<String> status) {
		return this.audit.audit(status);
	}

	@QueryMapping
	@Nullable Map<String, Object> evidenceChain(@Argument String code, DataFetchingFieldSelectionSet selection) {
		return this.queries.evidenceChain(code, selection);
	}

	/** Arguments with a schema default are still nullable: a client may pass an explicit null. */
	private static boolean isTrue(@Nullable Boolean value) {
		return value != null && value;
	}

}
