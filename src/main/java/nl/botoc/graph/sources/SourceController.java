package nl.botoc.graph.sources;

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

import nl.botoc.graph.factors.Factor;
import nl.botoc.graph.interventions.Intervention;

import static nl.botoc.graph.system.graphql.Batches.forEachKey;

/**
 * Sources and claims, and every relationship that ends at a source, in both directions
 * ({@code Factor.identifiedIn} / {@code Source.identifiedFactors}, {@code Intervention.recognisedBy} /
 * {@code Source.recognisedInterventions}, {@code Claim.statedIn} / {@code Source.claims}).
 */
@Controller
class SourceController {

	private final SourceReads reads;

	SourceController(SourceReads reads, BatchLoaderRegistry registry) {
		this.reads = reads;
		// One loader shared by RiskFactor and ProtectiveFactor (see FactorController): one statement per level.
		registry.<Factor, List<Source>>forName("factorIdentifiedIn")
			.registerMappedBatchLoader((factors, env) -> Mono.fromCallable(() -> identifiedIn(List.copyOf(factors))));
	}

	@QueryMapping
	Optional<Source> source(@Argument String id) {
		return this.reads.source(id);
	}

	@QueryMapping
	List<Source> sources() {
		return this.reads.sources();
	}

	@QueryMapping
	List<Claim> claims() {
		return this.reads.claims();
	}

	@BatchMapping
	Map<Source, List<Claim>> claims(List<Source> sources) {
		var byId = this.reads.claimsCiting(sources.stream().map(Source::id).distinct().toList());
		return forEachKey(sources, (s) -> byId.getOrDefault(s.id(), List.of()));
	}

	@BatchMapping
	Map<Source, List<Factor>> identifiedFactors(List<Source> sources) {
		var byId = this.reads.factorsIdentifiedIn(sources.stream().map(Source::id).distinct().toList());
		return forEachKey(sources,
				(s) -> byId.getOrDefault(s.id(), List.of()).stream().map(Factor::from).toList());
	}

	@BatchMapping
	Map<Source, List<Intervention>> recognisedInterventions(List<Source> sources) {
		var byId = this.reads.interventionsRecognisedBy(sources.stream().map(Source::id).distinct().toList());
		return forEachKey(sources, (s) -> byId.getOrDefault(s.id(), List.of())
			.stream()
			.map(Intervention::from)
			.sorted(Intervention.REPORT_ORDER)
			.toList());
	}

	@BatchMapping
	Map<Claim, List<Source>> statedIn(List<Claim> claims) {
		var byId = this.reads.sourcesOfClaims(claims.stream().map(Claim::id).distinct().toList());
		return forEachKey(claims, (c) -> byId.getOrDefault(c.id(), List.of()));
	}

	@SchemaMapping(typeName = "Factor", field = "identifiedIn")
	CompletableFuture<List<Source>> identifiedIn(Factor factor, DataLoader<Factor, List<Source>> factorIdentifiedIn) {
		return factorIdentifiedIn.load(factor);
	}

	private Map<Factor, List<Source>> identifiedIn(List<Factor> factors) {
		var byId = this.reads.identifyingSources(factors.stream().map(Factor::id).distinct().toList());
		return forEachKey(factors, (f) -> byId.getOrDefault(f.id(), List.of()));
	}

	@BatchMapping(typeName = "Intervention", field = "recognisedBy")
	Map<Intervention, Source> recognisedBy(List<Intervention> interventions) {
		var byCode = this.reads.recognisingSources(interventions.stream().map(Intervention::code).distinct().toList());
		return forEachKey(interventions, (i) -> byCode.getOrDefault(i.code(), List.of())
			.stream()
			.findFirst()
			.orElse(null));
	}

}
