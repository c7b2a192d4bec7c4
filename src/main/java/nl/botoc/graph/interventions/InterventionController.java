package nl.botoc.graph.interventions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.botoc.graph.system.graphql.Paging;

import static nl.botoc.graph.system.graphql.Batches.forEachKey;

/**
 * Interventions: root lookups, the {@code interventions} connection, and the fields of {@code Intervention} that
 * live in this feature. Nested fields are batch mappings: one statement for all interventions of a level.
 */
@Controller
class InterventionController {

	private final InterventionReads reads;

	private final Paging paging;

	InterventionController(InterventionReads reads, Paging paging) {
		this.reads = reads;
		this.paging = paging;
	}

	@QueryMapping
	Optional<Intervention> intervention(@Argument String code) {
		return this.reads.intervention(code);
	}

	@QueryMapping
	InterventionConnection interventions(@Argument InterventionWhere where, @Argument List<InterventionOrder> orderBy,
			@Argument Integer first, @Argument String after) {
		Paging.Page page = this.paging.page(first, after);
		var slice = this.reads.interventions((where != null) ? where : InterventionWhere.NONE, orderBy, page);
		return page.connection(slice.items(), slice.total(), InterventionConnection.InterventionEdge::new,
				InterventionConnection::new);
	}

	@BatchMapping
	Map<Intervention, Municipality> municipality(List<Intervention> interventions) {
		Map<String, Municipality> byCode = this.reads.municipalitiesOf(codes(interventions));
		return forEachKey(interventions, (i) -> byCode.get(i.code()));
	}

	@BatchMapping
	Map<Intervention, List<ThemeLink>> themes(List<Intervention> interventions) {
		var byCode = this.reads.themesOf(codes(interventions));
		return forEachKey(interventions, (i) -> byCode.getOrDefault(i.code(), List.of())
			.stream()
			.map((row) -> new ThemeLink(i, row.theme(), row.main(), row.provenance()))
			.toList());
	}

	@BatchMapping
	Map<Intervention, Theme> mainTheme(List<Intervention> interventions) {
		var byCode = this.reads.themesOf(codes(interventions));
		return forEachKey(interventions, (i) -> byCode.getOrDefault(i.code(), List.of())
			.stream()
			.filter(InterventionReads.ThemeLinkRow::main)
			.map(InterventionReads.ThemeLinkRow::theme)
			.findFirst()
			.orElse(null));
	}

	private static List<String> codes(List<Intervention> interventions) {
		return interventions.stream().map(Intervention::code).distinct().toList();
	}

}
