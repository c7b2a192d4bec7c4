package nl.botoc.graph.system.graphql;

import java.util.List;
import java.util.Map;

/**
 * Estimates how many bytes an answer takes as JSON, without writing it, and stops counting as soon as it passes
 * the limit: the second line behind the cost estimate, so that an estimate that is wrong still cannot send a
 * 50 MB answer.
 */
final class JsonSize {

	private JsonSize() {
	}

	/** Whether the JSON text of this value would be longer than {@code max} bytes. */
	static boolean exceeds(Object value, long max) {
		return size(value, max) > max;
	}

	private static long size(Object value, long budget) {
		if (value == null) {
			return 4;
		}
		if (value instanceof String text) {
			return text.length() + 2L; // close enough: escapes and multi-byte characters are rare in our data
		}
		if (value instanceof Map<?, ?> map) {
			long total = 2;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				total += String.valueOf(entry.getKey()).length() + 4 + size(entry.getValue(), budget - total);
				if (total > budget) {
					return total;
				}
			}
			return total;
		}
		if (value instanceof List<?> list) {
			long total = 2;
			for (Object item : list) {
				total += 1 + size(item, budget - total);
				if (total > budget) {
					return total;
				}
			}
			return total;
		}
		return String.valueOf(value).length();
	}

}
