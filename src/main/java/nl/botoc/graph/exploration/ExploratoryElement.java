package nl.botoc.graph.exploration;

import org.jspecify.annotations.Nullable;

import nl.botoc.graph.interventions.Intervention;
import nl.botoc.graph.interventions.Municipality;
import nl.botoc.graph.interventions.Theme;
import nl.botoc.graph.mechanisms.Mechanism;
import nl.botoc.graph.sources.Provenance;

/**
 * GraphQL {@code ExploratoryElement}: one of the exploratory practices of §3.1.3. The report presents them as the
 * form some interventions take (pilots, added elements), not as interventions of their own, so they are not
 * counted among the 62 and carry no grounded or recognised verdict. Where the report places one in a
 * municipality or an intervention, the link is here, with its own provenance.
 */
public record ExploratoryElement(String id, String nameEn, String nameNl, String descriptionEn,
		String descriptionNl, @Nullable String termNl, @Nullable Municipality municipality,
		@Nullable Intervention intervention, @Nullable Theme theme, @Nullable Mechanism mechanism,
		Provenance linkProvenance, Provenance provenance) {
}
