package nl.botoc.graph.factors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.interventions.Intervention;
import nl.botoc.graph.interventions.Theme;
import nl.botoc.graph.system.graphql.Paging;

import static nl.botoc.graph.system.graphql.Batches.forEachKey;

/**
 * Factors: lookup, the {@code factors} connection, and every TARGETS link in both directions
 * ({@code Intervention.factors}, {@code Theme.factors}, {@code Factor.interventions}, {@code Factor.themes}).
 * Mappings on the {@code Factor} interface serve both RiskFactor and ProtectiveFactor with one data loader.
 */
@Controller
class FactorController {

	private final FactorReads reads;

	private final Paging paging;

	FactorController(FactorReads reads, Paging paging, BatchLoaderRegistry registry) {
		this.reads = reads;
		this.paging = paging;
		// One loader per interface field, shared by RiskFactor and ProtectiveFactor: @BatchMapping on an interface
		// would register a loader per object type, and so send one statement per type instead of one per field.
		registry.<Factor, List<InterventionFactorLink>>forName("factorInterventions")
			.registerMappedBatchLoader((factors, env) -> Mono.fromCallable(() -> interventions(List.copyOf(factors))));
		registry.<Factor, List<ThemeFactorLink>>forName("factorThemes")
			.registerMappedBatchLoader((factors, env) -> Mono.fromCallable(() -> themes(List.copyOf(factors))));
	}

	@QueryMapping
	Optional<Factor> factor(@Argument String id) {
		return this.reads.factor(id);
	}

	@QueryMapping
	FactorConnection factors(@Argument FactorWhere where, @Argument Integer first, @Argument String after) {
		Paging.Page page = this.paging.page(first, after);
		var slice = this.reads.factors((where != null) ? where : FactorWhere.NONE, page);
		return page.connection(slice.items(), slice.total(), FactorConnection.FactorEdge::new, FactorConnection::new);
	}

	@BatchMapping(typeName = "Intervention", field = "factors")
	Map<Intervention, List<InterventionFactorLink>> interventionFactors(List<Intervention> interventions) {
		var byCode = this.reads.factorsTargetedBy(interventions.stream().map(Intervention::code).distinct().toList());
		return forEachKey(interventions, (i) -> byCode.getOrDefault(i.code(), List.of())
			.stream()
			.map((link) -> new InterventionFactorLink(i, link.node(), link.provenance()))
			.toList());
	}

	@BatchMapping(typeName = "Theme", field = "factors")
	Map<Theme, List<ThemeFactorLink>> themeFactors(List<Theme> themes) {
		var byId = this.reads.factorsTargetedByTheme(themes.stream().map(Theme::id).distinct().toList());
		return forEachKey(themes, (t) -> byId.getOrDefault(t.id(), List.of())
			.stream()
			.map((link) -> new ThemeFactorLink(t, link.node(), link.provenance()))
			.toList());
	}

	@SchemaMapping(typeName = "Factor", field = "interventions")
	CompletableFuture<List<InterventionFactorLink>> interventions(Factor factor,
			DataLoader<Factor, List<InterventionFactorLink>> factorInterventions) {
		return factorInterventions.load(factor);
	}

	@SchemaMapping(typeName = "Factor", field = "themes")
	CompletableFuture<List<ThemeFactorLink>> themes(Factor factor, DataLoader<Factor, List<ThemeFactorLink>> factorThemes) {
		return factorThemes.load(factor);
	}

	private Map<Factor, List<InterventionFactorLink>> interventions(List<Factor> factors) {
		var byId = this.reads.interventionsTargeting(ids(factors));
		return forEachKey(factors, (f) -> byId.getOrDefault(f.id(), List.of())
			.stream()
			.map((link) -> new InterventionFactorLink(link.node(), f, link.provenance()))
			.toList());
	}

	private Map<Factor, List<ThemeFactorLink>> themes(List<Factor> factors) {
		var byId = this.reads.themesTargeting(ids(factors));
		return forEachKey(factors, (f) -> byId.getOrDefault(f.id(), List.of())
			.stream()
			.map((link) -> new ThemeFactorLink(link.node(), f, link.provenance()))
			.toList());
	}

	private static List<String> ids(List<Factor> factors) {
		return factors.stream().map(Factor::id).distinct().toList();
	}

}
