package nl.botoc.graph.system.graphql;

import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Reads node and relationship properties the way seed/MODEL.md writes them: absent properties are
 * {@code null}, {@code |} lists are string lists, integers are longs. One place for these rules, so that every
 * feature maps the graph the same way.
 */
public final class GraphValues {

	private GraphValues() {
	}

	/** A string property, or null when absent. */
	public static String string(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	/** A list property as strings; a single string becomes a one-item list, an absent one an empty list. */
	public static List<String> strings(MapAccessor entity, String key) {
		Value value = entity.get(key);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (value.asObject() instanceof List<?>) {
			return value.asList(Value::asString);
		}
		return List.of(value.asString());
	}

	/** An integer property, or null when absent. */
	public static Integer integer(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return (value == null || value.isNull()) ? null : value.asInt();
	}

	/** A boolean property, or null when absent. */
	public static Boolean bool(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return (value == null || value.isNull()) ? null : value.asBoolean();
	}

	/** A boolean property, or {@code otherwise} when absent. */
	public static boolean bool(MapAccessor entity, String key, boolean otherwise) {
		Boolean value = bool(entity, key);
		return (value != null) ? value : otherwise;
	}

}
