package nl.botoc.graph.analysis;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code exploratoryElements} on the hand-built fixture: the §3.1.3 element with its report term, its municipality
 * link and the provenance of that link, and no intervention it would be counted as.
 */
class ExploratoryElementTests extends AnalysisFixtureTestSupport {

	@Test
	void listsTheExploratoryElementsWithTheirLinksAndHowWeKnowThem() {
		var elements = list(query("exploratoryElements", """
				{ exploratoryElements { id termNl municipality { id } intervention { code } theme { id } mechanism { id }
				    linkProvenance { basis rationale } provenance { basis source } } }""", Map.of()));
		assertThat(elements).singleElement().satisfies((e) -> {
			assertThat(e).containsEntry("id", "pilot:t-knock-and-talks")
				.containsEntry("termNl", "knock and talks")
				.containsEntry("intervention", null)
				.containsEntry("theme", null);
			assertThat(at(e, "municipality.id")).isEqualTo("mun:zaanstad");
			assertThat(at(e, "linkProvenance.basis")).isEqualTo("INFERRED");
			assertThat(at(e, "linkProvenance.rationale")).isEqualTo("The fixture places it in Zaanstad.");
			assertThat(at(e, "provenance.basis")).isEqualTo("STATED");
		});
	}

}
