package nl.botoc.graph.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mainThemeCoverage} on the hand-built fixture: only main-theme links count, totals redone over them. */
class MainThemeCoverageTests extends AnalysisFixtureTestSupport {

	private static final String DOCUMENT = """
			query($columns: CoverageColumns, $scope: CoverageScope) {
			  mainThemeCoverage(columns: $columns, interventions: $scope) {
			    rows columns interventions grandTotal
			    rowHeaders { key total }
			    columnHeaders { key total }
			    cells { row column count entries { intervention { code } main } }
			  }
			}""";

	private Map<String, Object> matrix(Map<String, Object> variables) {
		return map(query("mainThemeCoverage", DOCUMENT, variables));
	}

	private static List<String> cells(Map<String, Object> matrix) {
		return list(matrix.get("cells")).stream()
			.map(cell -> cell.get("row") + " x " + cell.get("column") + " = " + cell.get("count") + " "
					+ pluck(cell.get("entries"), "intervention.code"))
			.toList();
	}

	@Test
	void countsEachPlannedInterventionOnlyUnderItsMainTheme() {
		var matrix = matrix(Map.of());
		// AMS1 and ZAA1 also touch straatcoaches-jongerenwerk, but not as their main theme.
		assertThat(cells(matrix)).containsExactly("theme:gedrag-identiteit x mun:amsterdam = 1 [AMS1]",
				"theme:gedrag-identiteit x mun:arnhem = 1 [ARN1]", "theme:gedrag-identiteit x mun:zaanstad = 1 [ZAA1]",
				"theme:opsporing-vervolging x mun:arnhem = 1 [ARN2]",
				"theme:straatcoaches-jongerenwerk x mun:amsterdam = 1 [AMS2]");
		assertThat(pluck(matrix.get("rowHeaders"), "total")).containsExactly(3, 1, 1);
		assertThat(pluck(matrix.get("columnHeaders"), "total")).containsExactly(2, 2, 1);
		assertThat(matrix.get("grandTotal")).isEqualTo(5);
		assertThat(list(matrix.get("cells")).stream().flatMap(cell -> list(cell.get("entries")).stream()))
			.allMatch(entry -> Boolean.TRUE.equals(entry.get("main")));
	}

	@Test
	void keepsEveryRowAndColumnAndTheScopeAndColumnsAskedFor() {
		var all = matrix(Map.of("scope", "ALL"));
		assertThat(cells(all)).contains("theme:straatcoaches-jongerenwerk x mun:zaanstad = 1 [ZAA-X1]");
		assertThat(all.get("grandTotal")).isEqualTo(6);
		assertThat(all.get("interventions")).isEqualTo("ALL");
		var byStatus = matrix(Map.of("columns", "STATUS"));
		assertThat(byStatus.get("columns")).isEqualTo("STATUS");
		assertThat(pluck(byStatus.get("columnHeaders"), "key")).containsExactly("AS_PLANNED", "ADAPTED",
				"NOT_CARRIED_OUT", "ADDED_LATER");
		assertThat(pluck(byStatus.get("rowHeaders"), "key")).hasSize(3);
	}

}
