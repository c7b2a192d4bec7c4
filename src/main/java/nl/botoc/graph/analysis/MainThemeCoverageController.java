package nl.botoc.graph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

import nl.botoc.graph.system.projection.NodeSlots;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.mainThemeCoverage} ({@code main-theme-coverage.graphqls}): the theme matrix of {@code coverage} kept
 * to main-theme links, with its counts and totals taken again over what is kept. Added for the explorer's "main
 * theme only" heatmap, so that the page shows counts the API gives rather than counting entries itself.
 */
@Controller
class MainThemeCoverageController {

	private final AnalysisQueries queries;

	MainThemeCoverageController(AnalysisQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Map<String, Object> mainThemeCoverage(@Argument @Nullable String columns, @Argument @Nullable String interventions,
			DataFetchingFieldSelectionSet selection) {
		Map<String, Object> all = this.queries.coverage("THEME", columns == null ? "MUNICIPALITY" : columns,
				interventions == null ? "PLANNED" : interventions, true, selection);
		return mainThemeOnly(all);
	}

	/** The matrix with only the entries marked {@code main}, empty cells dropped, every count and total redone. */
	static Map<String, Object> mainThemeOnly(Map<String, Object> matrix) {
		List<Map<String, Object>> cells = new ArrayList<>();
		Map<Object, Set<String>> byRow = new HashMap<>();
		Map<Object, Set<String>> byColumn = new HashMap<>();
		Set<String> all = new LinkedHashSet<>();
		for (Map<String, Object> cell : AnalysisQueries.maps(matrix.get("cells"))) {
			List<Map<String, Object>> main = AnalysisQueries.maps(cell.get("entries"))
				.stream()
				.filter(entry -> Boolean.TRUE.equals(entry.get("main")))
				.toList();
			if (main.isEmpty()) {
				continue;
			}
			Map<String, Object> kept = new LinkedHashMap<>(cell);
			kept.put("entries", main);
			kept.put("count", main.size());
			cells.add(kept);
			for (Map<String, Object> entry : main) {
				String code = code(entry.get("intervention"));
				byRow.computeIfAbsent(cell.get("row"), k -> new LinkedHashSet<>()).add(code);
				byColumn.computeIfAbsent(cell.get("column"), k -> new LinkedHashSet<>()).add(code);
				all.add(code);
			}
		}
		Map<String, Object> result = new LinkedHashMap<>(matrix);
		result.put("cells", cells);
		result.put("rowHeaders", totals(matrix.get("rowHeaders"), byRow));
		result.put("columnHeaders", totals(matrix.get("columnHeaders"), byColumn));
		result.put("grandTotal", all.size());
		return result;
	}

	private static List<Map<String, Object>> totals(@Nullable Object headers, Map<Object, Set<String>> counted) {
		return AnalysisQueries.maps(headers).stream().map(header -> {
			Map<String, Object> copy = new LinkedHashMap<>(header);
			copy.put("total", counted.getOrDefault(header.get("key"), Set.of()).size());
			return (Map<String, Object>) copy;
		}).toList();
	}

	private static String code(Object intervention) {
		return String.valueOf(NodeSlots.key(intervention, "code"));
	}

}
