package nl.botoc.graph.curation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The history queries of the curation API ({@code curation.graphqls}); its mutations: {@link CurationMutationFields}. */
@Controller
class CurationController {

	private final CurationHistory history;

	CurationController(CurationHistory history) {
		this.history = history;
	}

	@QueryMapping
	List<CurationHistory.Change> interventionHistory(@Argument String code) {
		return this.history.interventionHistory(code);
	}

	@QueryMapping
	List<CurationHistory.Change> changesSince(@Argument String since, @Argument @Nullable Integer afterSeq,
			@Argument @Nullable Integer first) {
		return this.history.changesSince(since, afterSeq, first);
	}

	@QueryMapping
	CurationHistory.InterventionAsOf interventionAsOf(@Argument String code, @Argument String date) {
		return this.history.interventionAsOf(code, date);
	}

	@QueryMapping
	Map<String, Object> reportAuditAtScan(@Argument @Nullable List<String> status) {
		return this.history.auditAtScan(status);
	}

	@QueryMapping
	Map<String, Object> reportAuditChanges() {
		return this.history.comparison();
	}

	@QueryMapping
	long curationSeq() {
		return this.history.curationSeq();
	}

}
