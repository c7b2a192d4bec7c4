package nl.botoc.graph.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import nl.botoc.graph.curation.Curation.Outcome;
import nl.botoc.graph.curation.CurationMutations.InterventionLink;
import nl.botoc.graph.system.graphql.BadArgumentException;
import nl.botoc.graph.system.projection.EntityRef;

/**
 * The mutation fields of {@code curation.graphqls}, one line each: the field, what it runs, and which node its
 * payload holds. Every field is answered the same way: refused when the request holds another mutation field (each
 * is its own transaction, so a request with two could half succeed), else run, and its {@link Outcome} turned into
 * the payload, whose node is read after the write in the request's read transaction (an {@link EntityRef}, as in an
 * analysis answer) and whose {@code change} is read from the history.
 */
@Component
class CurationMutationFields implements RuntimeWiringConfigurer {

	/** A mutation field: what it runs, and the payload field and type of the node it wrote. */
	private record Field(Function<Map<String, Object>, Outcome> mutation, String nodeField, String nodeType) {
	}

	private static final List<String> PAYLOAD_TYPES = List.of("InterventionPayload", "MunicipalityPayload",
			"SourcePayload", "ClaimPayload");

	private final Map<String, Field> fields = new LinkedHashMap<>();

	private final CurationHistory history;

	CurationMutationFields(CurationMutations mutations, PortfolioImport portfolioImport, CurationHistory history) {
		this.history = history;
		municipality("createMunicipality", mutations::createMunicipality);
		municipality("updateMunicipality", mutations::updateMunicipality);
		municipality("importScannedPortfolio", portfolioImport::importScannedPortfolio);
		intervention("createIntervention", mutations::createIntervention);
		intervention("updateIntervention", mutations::updateIntervention);
		intervention("changeInterventionStatus", mutations::changeInterventionStatus);
		links("Theme", InterventionLink.THEME, mutations);
		links("Factor", InterventionLink.FACTOR, mutations);
		links("Mechanism", InterventionLink.MECHANISM, mutations);
		links("Source", InterventionLink.CITATION, mutations);
		this.fields.put("addSource", new Field(mutations::addSource, "source", "Source"));
		this.fields.put("addClaim", new Field(mutations::addClaim, "claim", "Claim"));
		this.fields.put("resolveClaim", new Field(mutations::resolveClaim, "claim", "Claim"));
	}

	private void municipality(String name, Function<Map<String, Object>, Outcome> mutation) {
		this.fields.put(name, new Field(mutation, "municipality", "Municipality"));
	}

	private void intervention(String name, Function<Map<String, Object>, Outcome> mutation) {
		this.fields.put(name, new Field(mutation, "intervention", "Intervention"));
	}

	/** {@code linkIntervention<Kind>} and {@code unlinkIntervention<Kind>}. */
	private void links(String kind, InterventionLink link, CurationMutations mutations) {
		String linkName = "linkIntervention" + kind;
		String unlinkName = "unlinkIntervention" + kind;
		intervention(linkName, (input) -> mutations.link(linkName, link, input));
		intervention(unlinkName, (input) -> mutations.unlink(unlinkName, link, input));
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("Mutation", (type) -> {
			this.fields.forEach((name, field) -> type.dataFetcher(name, (DataFetcher<Map<String, Object>>) (env) -> {
				onlyMutation(env);
				return payload(field.mutation().apply(env.getArgument("input")), field);
			}));
			return type;
		});
		DataFetcher<CurationHistory.Change> change = (env) -> (env.<Map<String, Object>>getSource()
			.get("seq") instanceof Long seq) ? this.history.change(seq) : null;
		for (String payloadType : PAYLOAD_TYPES) {
			builder.type(payloadType, (type) -> type.dataFetcher("change", change));
		}
	}

	private static Map<String, Object> payload(Outcome outcome, Field field) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put(field.nodeField(), (outcome.key() != null) ? new EntityRef(field.nodeType(), outcome.key()) : null);
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
