package nl.botoc.graph.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sharedMechanisms} on the hand-built fixture. */
class SharedMechanismsTests extends AnalysisFixtureTestSupport {

	private static final String DOCUMENT = """
			query($min: Int) {
			  sharedMechanisms(minLocalNames: $min) {
			    mechanism { id nameEn }
			    localNameCount
			    municipalities { id }
			    localNames { localName uses { intervention { code } municipality { id } } }
			  }
			}""";

	@Test
	void findsTheSameMechanismUnderDifferentLocalNames() {
		var result = list(query("sharedMechanisms", DOCUMENT, Map.of()));
		assertThat(pluck(result, "mechanism.id")).containsExactly("mech:credible-messenger", "mech:mentoring-coaching");
		var credible = result.get(0);
		assertThat(credible.get("localNameCount")).isEqualTo(3);
		// "credible messengers" (AMS1) and "Credible Messengers" (ZAA-X1) are one name, case-insensitively.
		assertThat(pluck(credible.get("localNames"), "localName")).containsExactly("buurthelden", "Credible Messengers",
				"ervaringsdeskundigen");
		assertThat(pluck(at(list(credible.get("localNames")).get(1), "uses"), "intervention.code")).containsExactly("AMS1",
				"ZAA-X1");
		assertThat(pluck(at(list(credible.get("localNames")).get(1), "uses"), "municipality.id"))
			.containsExactly("mun:amsterdam", "mun:zaanstad");
		assertThat(pluck(credible.get("municipalities"), "id")).containsExactly("mun:amsterdam", "mun:arnhem",
				"mun:zaanstad");
		assertThat(pluck(result.get(1).get("localNames"), "localName")).containsExactly("buddy", "coaching");
	}

	@Test
	void raisesTheThresholdOfLocalNames() {
		var result = list(query("sharedMechanisms", DOCUMENT, Map.of("min", 3)));
		assertThat(pluck(result, "mechanism.id")).containsExactly("mech:credible-messenger");
	}

	@Test
	void rejectsAThresholdBelowOne() {
		var response = execute(DOCUMENT, Map.of("min", 0));
		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("minLocalNames must be at least 1, was 0"));
		assertThat(List.of()).isEmpty();
	}

}
