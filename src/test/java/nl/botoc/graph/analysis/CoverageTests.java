package nl.botoc.graph.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code coverage} on the hand-built fixture. */
class CoverageTests extends AnalysisFixtureTestSupport {

	private static final String DOCUMENT = """
			query($rows: CoverageRows!, $columns: CoverageColumns, $scope: CoverageScope, $inferred: Boolean) {
			  coverage(rows: $rows, columns: $columns, interventions: $scope, includeInferred: $inferred) {
			    rows columns interventions grandTotal
			    rowHeaders { key label total }
			    columnHeaders { key label total }
			    cells { row column count entries { intervention { code } municipality { id } main directBasis viaThemes } }
			  }
			}""";

	private Map<String, Object> matrix(Map<String, Object> variables) {
		return map(query("coverage", DOCUMENT, variables));
	}

	private static List<String> cells(Map<String, Object> matrix) {
		return list(matrix.get("cells")).stream()
			.map(cell -> cell.get("row") + " x " + cell.get("column") + " = "
					+ pluck(cell.get("entries"), "intervention.code"))
			.toList();
	}

	@Test
	void countsPlannedInterventionsPerThemeAndMunicipality() {
		var matrix = matrix(Map.of("rows", "THEME"));
		assertThat(cells(matrix)).containsExactly("theme:gedrag-identiteit x mun:amsterdam = [AMS1]",
				"theme:gedrag-identiteit x mun:arnhem = [ARN1]", "theme:gedrag-identiteit x mun:zaanstad = [ZAA1]",
				"theme:opsporing-vervolging x mun:arnhem = [ARN2]",
				"theme:straatcoaches-jongerenwerk x mun:amsterdam = [AMS1, AMS2]",
				"theme:straatcoaches-jongerenwerk x mun:zaanstad = [ZAA1]");
		assertThat(pluck(matrix.get("rowHeaders"), "total")).containsExactly(3, 1, 3);
		assertThat(pluck(matrix.get("columnHeaders"), "key")).containsExactly("mun:amsterdam", "mun:arnhem",
				"mun:zaanstad");
		// Column totals count distinct interventions: AMS1 is in two rows, once in Amsterdam's total.
		assertThat(pluck(matrix.get("columnHeaders"), "total")).containsExactly(2, 2, 1);
		assertThat(matrix.get("grandTotal")).isEqualTo(5);
		assertThat(pluck(list(matrix.get("cells")).get(4).get("entries"), "main")).containsExactly(false, true);
	}

	@Test
	void countsOnlyCarriedOutOrAllInterventions() {
		var carriedOut = matrix(Map.of("rows", "THEME", "scope", "CARRIED_OUT"));
		assertThat(cells(carriedOut)).contains("theme:straatcoaches-jongerenwerk x mun:amsterdam = [AMS1]");
		assertThat(pluck(carriedOut.get("columnHeaders"), "total")).containsExactly(1, 2, 1);
		assertThat(carriedOut.get("grandTotal")).isEqualTo(4);
		var all = matrix(Map.of("rows", "THEME", "scope", "ALL"));
		assertThat(cells(all)).contains("theme:straatcoaches-jongerenwerk x mun:zaanstad = [ZAA-X1, ZAA1]");
		assertThat(all.get("grandTotal")).isEqualTo(6);
	}

	@Test
	void putsStatusesInTheColumns() {
		var matrix = matrix(Map.of("rows", "THEME", "columns", "STATUS"));
		assertThat(pluck(matrix.get("columnHeaders"), "key")).containsExactly("AS_PLANNED", "ADAPTED", "NOT_CARRIED_OUT",
				"ADDED_LATER");
		assertThat(pluck(matrix.get("columnHeaders"), "total")).containsExactly(3, 1, 1, 0);
		assertThat(cells(matrix)).contains("theme:straatcoaches-jongerenwerk x NOT_CARRIED_OUT = [AMS2]");
	}

	@Test
	@SuppressWarnings("unchecked")
	void countsInterventionsPerFactorDirectlyAndThroughThemeStatements() {
		var matrix = matrix(Map.of("rows", "FACTOR"));
		assertThat(cells(matrix)).containsExactly(
				"rf:antisociale-persoonlijkheidskenmerken x mun:amsterdam = [AMS1, AMS2]",
				"rf:antisociale-persoonlijkheidskenmerken x mun:arnhem = [ARN1]",
				"rf:antisociale-persoonlijkheidskenmerken x mun:zaanstad = [ZAA1]",
				"rf:criminele-achtergrond x mun:amsterdam = [AMS1, AMS2]",
				"rf:criminele-achtergrond x mun:zaanstad = [ZAA1]", "rf:lage-zelfcontrole x mun:amsterdam = [AMS2]",
				"pf:hebben-van-een-baan x mun:arnhem = [ARN1]", "pf:kunnen-reflecteren x mun:amsterdam = [AMS1]",
				"pf:kunnen-reflecteren x mun:arnhem = [ARN1]", "pf:kunnen-reflecteren x mun:zaanstad = [ZAA1]",
				"pf:moreel-inzicht x mun:amsterdam = [AMS1, AMS2]", "pf:moreel-inzicht x mun:zaanstad = [ZAA1]");
		assertThat(pluck(matrix.get("rowHeaders"), "key")).containsExactly("rf:antisociale-persoonlijkheidskenmerken",
				"rf:criminele-achtergrond", "rf:drugsgebruik", "rf:lage-zelfcontrole", "rf:man-zijn",
				"pf:hebben-van-een-baan", "pf:hoge-leeftijd", "pf:kunnen-reflecteren", "pf:moreel-inzicht");
		assertThat(pluck(matrix.get("rowHeaders"), "total")).containsExactly(4, 3, 0, 1, 0, 1, 0, 3, 3);
		assertThat(pluck(matrix.get("columnHeaders"), "total")).containsExactly(2, 1, 1);
		assertThat(matrix.get("grandTotal")).isEqualTo(4);
		var antisocialAmsterdam = list(list(matrix.get("cells")).get(0).get("entries"));
		assertThat(antisocialAmsterdam.get(0).get("directBasis")).isEqualTo("INFERRED");
		assertThat((List<Object>) antisocialAmsterdam.get(0).get("viaThemes"))
			.containsExactlyInAnyOrder("theme:gedrag-identiteit", "theme:straatcoaches-jongerenwerk");
		assertThat(antisocialAmsterdam.get(1).get("directBasis")).isNull();
		assertThat(antisocialAmsterdam.get(1).get("viaThemes")).isEqualTo(List.of("theme:straatcoaches-jongerenwerk"));
	}

	@Test
	void leavesOutInferredFactorLinksOnRequest() {
		var matrix = matrix(Map.of("rows", "FACTOR", "inferred", false));
		assertThat(pluck(matrix.get("rowHeaders"), "total")).containsExactly(4, 3, 0, 0, 0, 0, 0, 3, 3);
	}

}
