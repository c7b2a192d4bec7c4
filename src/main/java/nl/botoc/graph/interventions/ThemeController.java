package nl.botoc.graph.interventions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static nl.botoc.graph.system.graphql.Batches.forEachKey;

/** Themes: lookups, the list in report order, and the interventions touching each (one statement per level). */
@Controller
class ThemeController {

	private final InterventionReads reads;

	ThemeController(InterventionReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	Optional<Theme> theme(@Argument String id) {
		return this.reads.theme(id);
	}

	@QueryMapping
	List<Theme> themes() {
		return this.reads.themes();
	}

	@BatchMapping
	Map<Theme, List<ThemeLink>> interventions(List<Theme> themes) {
		var byId = this.reads.interventionsTouching(themes.stream().map(Theme::id).distinct().toList());
		return forEachKey(themes, (t) -> byId.getOrDefault(t.id(), List.of())
			.stream()
			.map((row) -> new ThemeLink(row.intervention(), t, row.main(), row.provenance()))
			.toList());
	}

}
