package nl.botoc.graph.system.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The answer of a {@code @BatchMapping} method: a value for every parent key, in the parents' order. Shared by the
 * controllers of every feature, which all answer nested fields one nesting level at a time.
 */
public final class Batches {

	private Batches() {
	}

	/** Maps every key to its value, keeping the order of {@code keys}. */
	public static <K, V> Map<K, V> forEachKey(Collection<K> keys, Function<K, V> value) {
		Map<K, V> result = new LinkedHashMap<>();
		keys.forEach((key) -> result.put(key, value.apply(key)));
		return result;
	}

}
