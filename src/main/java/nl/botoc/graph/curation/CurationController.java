package nl.botoc.graph.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.curation.Curation.Outcome;
import nl.botoc.graph.curation.CurationMutations.InterventionLink;
import nl.botoc.graph.system.graphql.BadArgumentException;
import nl.botoc.graph.system.projection.EntityRef;

/**
 * The curation API ({@code curation.graphqls}). A mutation request holds exactly one mutation field: each field is
 * its own transaction, so a request with two could half succeed. The node in a payload is read after the write, in
 * the request's read transaction, with the same projection as {@code intervention(code)}.
 */
@Controller
class CurationController {

	private final CurationMutations mutations;

	private final CurationHistory history;

	private final PortfolioImport portfolioImport;

	CurationController(CurationMutations mutations, CurationHistory history, PortfolioImport portfolioImport) {
		this.mutations = mutations;
		this.history = history;
		this.portfolioImport = portfolioImport;
	}

	@MutationMapping
	Map<String, Object> createMunicipality(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.createMunicipality(input), "municipality", "Municipality");
	}

	@MutationMapping
	Map<String, Object> updateMunicipality(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.updateMunicipality(input), "municipality", "Municipality");
	}

	@MutationMapping
	Map<String, Object> createIntervention(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.createIntervention(input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> updateIntervention(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.updateIntervention(input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> changeInterventionStatus(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.changeInterventionStatus(input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> linkInterventionTheme(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.link("linkInterventionTheme", InterventionLink.THEME, input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> unlinkInterventionTheme(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.unlink("unlinkInterventionTheme", InterventionLink.THEME, input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> linkInterventionFactor(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.link("linkInterventionFactor", InterventionLink.FACTOR, input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> unlinkInterventionFactor(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.unlink("unlinkInterventionFactor", InterventionLink.FACTOR, input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> linkInterventionMechanism(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.link("linkInterventionMechanism", InterventionLink.MECHANISM, input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> unlinkInterventionMechanism(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.unlink("unlinkInterventionMechanism", InterventionLink.MECHANISM, input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> linkInterventionSource(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.link("linkInterventionSource", InterventionLink.CITATION, input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> unlinkInterventionSource(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.unlink("unlinkInterventionSource", InterventionLink.CITATION, input), "intervention", "Intervention");
	}

	@MutationMapping
	Map<String, Object> addSource(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.addSource(input), "source", "Source");
	}

	@MutationMapping
	Map<String, Object> addClaim(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.addClaim(input), "claim", "Claim");
	}

	@MutationMapping
	Map<String, Object> resolveClaim(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.mutations.resolveClaim(input), "claim", "Claim");
	}

	@MutationMapping
	Map<String, Object> importScannedPortfolio(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		onlyMutation(env);
		return payload(this.portfolioImport.importScannedPortfolio(input), "municipality", "Municipality");
	}

	// --- the payloads' changes, read after the write

	@SchemaMapping(typeName = "InterventionPayload", field = "change")
	CurationHistory.@Nullable Change interventionChange(Map<String, Object> payload) {
		return change(payload);
	}

	@SchemaMapping(typeName = "MunicipalityPayload", field = "change")
	CurationHistory.@Nullable Change municipalityChange(Map<String, Object> payload) {
		return change(payload);
	}

	@SchemaMapping(typeName = "SourcePayload", field = "change")
	CurationHistory.@Nullable Change sourceChange(Map<String, Object> payload) {
		return change(payload);
	}

	@SchemaMapping(typeName = "ClaimPayload", field = "change")
	CurationHistory.@Nullable Change claimChange(Map<String, Object> payload) {
		return change(payload);
	}

	// --- history

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

	private CurationHistory.@Nullable Change change(Map<String, Object> payload) {
		return (payload.get("seq") instanceof Long seq) ? this.history.change(seq) : null;
	}

	/**
	 * The payload as the schema has it. Its node is an {@link EntityRef}: the projection reads it for the field's
	 * selection after the write, in the request's read transaction, like any node in an analysis answer.
	 */
	private static Map<String, Object> payload(Outcome outcome, String field, String typeName) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put(field, (outcome.key() != null) ? new EntityRef(typeName, outcome.key()) : null);
		payload.put("version", outcome.version());
		payload.put("seq", outcome.seq());
		payload.put("replayed", outcome.replayed());
		payload.put("errors", outcome.errors());
		return payload;
	}

	/** One mutation field per request: every field refuses itself when there are more, so none writes. */
	private static void onlyMutation(DataFetchingEnvironment env) {
		if (env.getOperationDefinition().getSelectionSet().getSelections().size() != 1) {
			throw new BadArgumentException("ONE_MUTATION_PER_REQUEST",
					"Send one mutation field per request: each is its own transaction");
		}
	}

}
