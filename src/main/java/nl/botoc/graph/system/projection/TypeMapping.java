package nl.botoc.graph.system.projection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one GraphQL object type is read from the graph: for each field, the Cypher that produces it. The projection
 * compiler turns a query's selection of such a type into one Cypher map expression, so a root field and everything
 * nested under it is one statement that returns only what was asked for.
 * <p>
 * Templates name variables in braces. {@code {n}} is the node of a node type; {@code {r}}, {@code {from}},
 * {@code {to}} are the relationship and its two ends for a link type (a relationship with both ends, such as
 * {@code ThemeLink}). Any other name in braces ({@code {rel}}, {@code {other}}, {@code {i}} …) is a fresh variable,
 * renamed so that nested subqueries never capture each other's variables.
 *
 * @param typeName the GraphQL object type
 * @param fields every field of the type the graph answers, by field name
 */
public record TypeMapping(String typeName, Map<String, FieldMapping> fields) {

	/** Starts the mapping of a node type (its node is {@code {n}}). */
	public static Builder of(String typeName) {
		return new Builder(typeName);
	}

	/** How one field is read. */
	public sealed interface FieldMapping permits Value, Related, End {
	}

	/**
	 * A value computed by one Cypher expression over the current variables (a property, a map for value types such
	 * as {@code Provenance}, a count).
	 */
	public record Value(String expression) implements FieldMapping {
	}

	/**
	 * Other nodes reached by a pattern, projected as {@code targetType}.
	 *
	 * @param match a {@code MATCH … [WHERE …]} clause from the current variables to {@code {other}} (and
	 * {@code {rel}} for link targets)
	 * @param targetType GraphQL type of the items (a node type, or a link type)
	 * @param link for a link target: whether the current node is the relationship's start ({@code OUT}) or end
	 * ({@code IN}); null for a node target ({@code {other}} becomes its {@code {n}})
	 * @param orderBy sort keys over the pattern's variables, never empty: lists come in a stable order
	 * @param list a list field (with a {@code first} argument when {@code paged}), else the first match or null
	 * @param paged whether the field takes {@code first}
	 */
	public record Related(String match, String targetType, Direction link, String orderBy, boolean list,
			boolean paged) implements FieldMapping {
	}

	/** One end of the current link ({@code from} or {@code to}), projected as {@code targetType}. */
	public record End(String role, String targetType) implements FieldMapping {
	}

	/** Which end of a link relationship the current node is. */
	public enum Direction {

		/** The current node is the start: {@code ({n})-[{rel}]->({other})}. */
		OUT,
		/** The current node is the end: {@code ({other})-[{rel}]->({n})}. */
		IN

	}

	/** Collects field mappings in declaration order. */
	public static final class Builder {

		private final String typeName;

		private final Map<String, FieldMapping> fields = new LinkedHashMap<>();

		private Builder(String typeName) {
			this.typeName = typeName;
		}

		/** A field computed by a Cypher expression. */
		public Builder value(String field, String expression) {
			return put(field, new Value(expression));
		}

		/** A field that is the property of the same name on {@code {n}}. */
		public Builder properties(String... names) {
			for (String name : names) {
				value(name, "{n}." + name);
			}
			return this;
		}

		/** A list of nodes, with a {@code first} argument. */
		public Builder nodes(String field, String match, String targetType, String orderBy) {
			return put(field, new Related(match, targetType, null, orderBy, true, true));
		}

		/** A list of links, with a {@code first} argument when {@code paged}. */
		public Builder links(String field, String match, String targetType, Direction direction, String orderBy,
				boolean paged) {
			return put(field, new Related(match, targetType, direction, orderBy, true, paged));
		}

		/** A list of nodes bounded by the graph's shape (no {@code first}). */
		public Builder fewNodes(String field, String match, String targetType, String orderBy) {
			return put(field, new Related(match, targetType, null, orderBy, true, false));
		}

		/** The first node the pattern reaches, or null. */
		public Builder node(String field, String match, String targetType, String orderBy) {
			return put(field, new Related(match, targetType, null, orderBy, false, false));
		}

		/** An end of the current link. */
		public Builder end(String field, String role, String targetType) {
			return put(field, new End(role, targetType));
		}

		public TypeMapping build() {
			return new TypeMapping(this.typeName, Map.copyOf(this.fields));
		}

		private Builder put(String field, FieldMapping mapping) {
			if (this.fields.put(field, mapping) != null) {
				throw new IllegalStateException(this.typeName + "." + field + " is mapped twice");
			}
			return this;
		}

	}

}
