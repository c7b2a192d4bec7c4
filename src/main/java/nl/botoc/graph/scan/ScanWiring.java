package nl.botoc.graph.scan;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import nl.botoc.graph.system.graphql.BadArgumentException;

/**
 * The {@code first} arguments of the scan's lists: each list of the answer holds everything the scan found, and a
 * field with {@code first} returns its first items. The argument also bounds the field's cost estimate (the cost
 * counts {@code first} objects for it), which is why the lists take it.
 */
@Component
class ScanWiring implements RuntimeWiringConfigurer {

	static final int MAX_FIRST = 100;

	private static final Map<String, List<String>> LISTS = Map.of("PortfolioScan",
			List.of("interventions", "themeCoverage", "factorGaps", "comparison", "peers"), "ScannedIntervention",
			List.of("otherThemes", "factors", "mechanisms", "similar"), "ThemeProposal", List.of("evidence"),
			"FactorProposal", List.of("evidence"), "MechanismProposal", List.of("evidence"), "ScanFactorGap",
			List.of("addressedBy"));

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		LISTS.forEach((type, fields) -> {
			TypeRuntimeWiring.Builder wiring = TypeRuntimeWiring.newTypeWiring(type);
			for (String field : fields) {
				wiring.dataFetcher(field, firstItems(field));
			}
			builder.type(wiring);
		});
	}

	private static DataFetcher<Object> firstItems(String field) {
		return (env) -> {
			Object first = env.getArgument("first");
			int n = (first instanceof Number number) ? number.intValue() : MAX_FIRST;
			if (n < 0 || n > MAX_FIRST) {
				throw new BadArgumentException("INVALID_PAGE_SIZE",
						field + ": first must be between 0 and " + MAX_FIRST + ", was " + n);
			}
			List<?> items = (env.getSource() instanceof Map<?, ?> map) ? (List<?>) map.get(field) : List.of();
			return (items == null) ? List.of() : items.subList(0, Math.min(n, items.size()));
		};
	}

}
