package nl.botoc.graph.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import nl.botoc.graph.system.projection.EntityRef;
import nl.botoc.graph.system.projection.NodeSlots;

/**
 * Turns the node property maps the question files return into {@link EntityRef}s, so that every nested field of an
 * {@code Intervention}, {@code Factor} … in an analysis answer is read by the projection compiler, for exactly
 * the query's selection, in one statement per field and level. Nodes the statement compiled for the selection
 * already ({@link NodeSlots}: the usual case) stay as they are. The Cypher names each node by the GraphQL field that holds it: {@code intervention},
 * {@code municipality}, {@code theme}, {@code mechanism}, {@code factor}, {@code source}, {@code claim}, and the
 * node lists {@code sharedThemes}, {@code sharedFactors}, {@code municipalities}, {@code ours} and {@code theirs}.
 */
final class ReadModel {

	private static final Map<String, Function<Map<?, ?>, Object>> NODES = Map.of("intervention",
			ref("Intervention", "code"), "municipality", ref("Municipality", "id"), "theme", ref("Theme", "id"),
			"mechanism", ref("Mechanism", "id"), "factor", ref("Factor", "id"), "source", ref("Source", "id"), "claim",
			ref("Claim", "id"));

	/** Lists of nodes, keyed by field, with the node kind of their items. */
	private static final Map<String, String> NODE_LISTS = Map.of("sharedThemes", "theme", "sharedFactors", "factor",
			"municipalities", "municipality", "ours", "intervention", "theirs", "intervention");

	/** Keys whose map values are property maps of analysis types, never nodes (provenance, headers …). */
	private static final Set<String> NOT_NODES = Set.of("groundedProvenance", "direct", "provenance", "summary");

	private ReadModel() {
	}

	/** A node property map becomes a ref by its key: the read model reads what the query selects on it. */
	private static Function<Map<?, ?>, Object> ref(String typeName, String keyProperty) {
		return (map) -> new EntityRef(typeName, String.valueOf(map.get(keyProperty)));
	}

	/** A copy of {@code value} with every node property map replaced by its read-model record. */
	static @Nullable Object convert(@Nullable Object value) {
		return convert(null, value);
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object convert(@Nullable String key, @Nullable Object value) {
		if (NodeSlots.isCompiled(value)) {
			// The question's statement read it for the query's selection already.
			return value;
		}
		if (value instanceof Map<?, ?> map) {
			if (key != null && NODES.containsKey(key) && !NOT_NODES.contains(key)) {
				return NODES.get(key).apply(map);
			}
			Map<String, Object> copy = new LinkedHashMap<>();
			((Map<String, Object>) map).forEach((k, v) -> copy.put(k, convert(k, v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			String itemKind = (key != null) ? NODE_LISTS.get(key) : null;
			List<Object> copy = new ArrayList<>();
			for (Object item : list) {
				boolean node = itemKind != null && item instanceof Map<?, ?> m && !m.containsKey(itemKind);
				copy.add(convert(node ? itemKind : null, item));
			}
			return copy;
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> convertAll(List<Map<String, Object>> rows) {
		return (List<Map<String, Object>>) convert(rows);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> convertOne(Map<String, Object> row) {
		return (Map<String, Object>) convert(row);
	}

}
