package nl.botoc.graph.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * Neo4j property values to JSON and back without loss, for the backup's {@code graph.jsonl} and {@code history.jsonl}:
 * strings, integers, floats, booleans and lists are JSON as they are (a float always with a decimal point); temporal
 * values and byte arrays are objects {@code {"$type": "DATE_TIME", "value": "2026-12-01T10:15:30Z"}}.
 */
final class PropertyJson {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private PropertyJson() {
	}

	/** A node's or relationship's properties, keys sorted. */
	static Map<String, Object> encode(Map<String, Value> properties) {
		Map<String, Object> json = new TreeMap<>();
		properties.forEach((key, value) -> json.put(key, encode(value)));
		return json;
	}

	static Object encode(Value value) {
		if (value.hasType(TYPES.STRING())) {
			return value.asString();
		}
		if (value.hasType(TYPES.INTEGER())) {
			return value.asLong();
		}
		if (value.hasType(TYPES.FLOAT())) {
			return value.asDouble();
		}
		if (value.hasType(TYPES.BOOLEAN())) {
			return value.asBoolean();
		}
		if (value.hasType(TYPES.LIST())) {
			return value.asList(PropertyJson::encode);
		}
		String type;
		String text;
		if (value.hasType(TYPES.DATE_TIME())) {
			type = "DATE_TIME";
			text = value.asZonedDateTime().toString();
		}
		else if (value.hasType(TYPES.DATE())) {
			type = "DATE";
			text = value.asLocalDate().toString();
		}
		else if (value.hasType(TYPES.LOCAL_DATE_TIME())) {
			type = "LOCAL_DATE_TIME";
			text = value.asLocalDateTime().toString();
		}
		else if (value.hasType(TYPES.LOCAL_TIME())) {
			type = "LOCAL_TIME";
			text = value.asLocalTime().toString();
		}
		else if (value.hasType(TYPES.TIME())) {
			type = "TIME";
			text = value.asOffsetTime().toString();
		}
		else if (value.hasType(TYPES.BYTES())) {
			type = "BYTES";
			text = Base64.getEncoder().encodeToString(value.asByteArray());
		}
		else {
			throw new IllegalStateException("A property of type " + value.type().name() + " cannot be backed up yet");
		}
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("$type", type);
		typed.put("value", text);
		return typed;
	}

	/** What {@link #encode(Map)} wrote, as driver parameters; throws {@link IllegalArgumentException} on anything else. */
	static Map<String, Object> decode(Object json) {
		if (!(json instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("properties must be an object");
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		map.forEach((key, value) -> properties.put(String.valueOf(key), decodeValue(value)));
		return properties;
	}

	private static Object decodeValue(Object json) {
		if (json instanceof String || json instanceof Boolean || json instanceof Double) {
			return json;
		}
		if (json instanceof Float f) {
			return f.doubleValue();
		}
		if (json instanceof Number n) {
			return n.longValue();
		}
		if (json instanceof List<?> list) {
			List<Object> values = new ArrayList<>();
			list.forEach((item) -> values.add(decodeValue(item)));
			return values;
		}
		if (json instanceof Map<?, ?> typed && typed.get("$type") instanceof String type
				&& typed.get("value") instanceof String text) {
			return switch (type) {
				case "DATE_TIME" -> ZonedDateTime.parse(text);
				case "DATE" -> LocalDate.parse(text);
				case "LOCAL_DATE_TIME" -> LocalDateTime.parse(text);
				case "LOCAL_TIME" -> LocalTime.parse(text);
				case "TIME" -> OffsetTime.parse(text);
				case "BYTES" -> Base64.getDecoder().decode(text);
				default -> throw new IllegalArgumentException("unknown $type " + type);
			};
		}
		throw new IllegalArgumentException("a property value must be text, a number, a boolean, a list or a typed value");
	}

}
