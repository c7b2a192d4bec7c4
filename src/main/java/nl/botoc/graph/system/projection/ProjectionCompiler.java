package nl.botoc.graph.system.projection;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.SelectedField;

import org.springframework.stereotype.Component;


/**
 * Compiles the selection of a field into one Cypher expression: a map literal holding exactly the selected fields
 * (keyed by their response key, so aliases work), with every nested list a {@code COLLECT {}} subquery. A root
 * field plus everything under it thus becomes one statement, whatever the size of its result, and the database
 * returns only what the client asked for. Argument values become parameters; the Cypher itself comes only from the
 * {@link TypeMapping}s, never from a request.
 */
@Component
public class ProjectionCompiler {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

	private final GraphModel model;

	private final ListSizes sizes;

	ProjectionCompiler(GraphModel model, ListSizes sizes) {
		this.model = model;
		this.sizes = sizes;
	}

	/** Starts a compilation: one per statement, so that parameter and variable names are unique in it. */
	public Compilation start() {
		return new Compilation();
	}

	/**
	 * The Cypher expression that projects the node bound to {@code variable} as {@code typeName} with these
	 * selected fields.
	 */
	public String projectNode(Compilation compilation, String typeName, String variable, List<SelectedField> fields) {
		return project(compilation, typeName, Map.of("n", variable), fields, Map.of());
	}

	/**
	 * The same, with {@code extra} entries (key to Cypher expression) at the top of the map, under keys that are
	 * no GraphQL response key (so no completion reads them): what the feature itself needs of the node.
	 */
	String projectNode(Compilation compilation, String typeName, String variable, List<SelectedField> fields,
			Map<String, String> extra) {
		return project(compilation, typeName, Map.of("n", variable), fields, extra);
	}

	private String project(Compilation c, String typeName, Map<String, String> scope, List<SelectedField> fields) {
		return project(c, typeName, scope, fields, Map.of());
	}

	private String project(Compilation c, String typeName, Map<String, String> scope, List<SelectedField> fields,
			Map<String, String> extra) {
		var branches = this.model.branches(typeName);
		if (branches.isPresent() && sameForEveryBranch(branches.get(), fields)) {
			// One projection with a computed __typename: a CASE per concrete type at every level would double the
			// statement per level of a cycle (factor { themes { factor … } } ten deep: 2^10 copies to plan).
			StringBuilder typename = new StringBuilder("CASE");
			for (GraphModel.Branch branch : branches.get()) {
				typename.append(" WHEN ")
					.append(render(branch.condition(), scope, new HashMap<>(), c))
					.append(" THEN '")
					.append(branch.typeName())
					.append('\'');
			}
			return object(c, branches.get().get(0).typeName(), scope, fields, typename.append(" END").toString(), extra);
		}
		if (branches.isPresent()) {
			StringBuilder cases = new StringBuilder("CASE");
			for (GraphModel.Branch branch : branches.get()) {
				cases.append(" WHEN ")
					.append(render(branch.condition(), scope, new HashMap<>(), c))
					.append(" THEN ")
					.append(object(c, branch.typeName(), scope, fields, "'" + branch.typeName() + "'", extra));
			}
			return cases.append(" END").toString();
		}
		return object(c, typeName, scope, fields, null, extra);
	}

	/**
	 * Whether every selected field applies to every concrete type alike (no fragment on one of them) and is read
	 * the same way for each, so that one projection serves them all.
	 */
	private boolean sameForEveryBranch(List<GraphModel.Branch> branches, List<SelectedField> fields) {
		List<TypeMapping> mappings = new java.util.ArrayList<>();
		for (GraphModel.Branch branch : branches) {
			mappings.add(this.model.mapping(branch.typeName()).orElse(null));
		}
		if (mappings.contains(null)) {
			return false;
		}
		for (SelectedField field : fields) {
			if (field.getName().startsWith("__")) {
				continue;
			}
			Object first = null;
			for (int i = 0; i < branches.size(); i++) {
				if (!appliesTo(field, branches.get(i).typeName())) {
					return false;
				}
				Object mapping = mappings.get(i).fields().get(field.getName());
				if (mapping == null || (i > 0 && !mapping.equals(first))) {
					return false;
				}
				first = (i == 0) ? mapping : first;
			}
		}
		return true;
	}

	private String object(Compilation c, String typeName, Map<String, String> scope, List<SelectedField> fields,
			String typenameExpression, Map<String, String> extra) {
		TypeMapping mapping = this.model.mapping(typeName)
			.orElseThrow(() -> new IllegalStateException("No TypeMapping for GraphQL type " + typeName));
		Map<String, String> entries = new LinkedHashMap<>(extra);
		if (typenameExpression != null) {
			entries.put("__typename", typenameExpression);
		}
		for (SelectedField field : fields) {
			if (field.getName().startsWith("__") || !appliesTo(field, typeName)
					|| entries.containsKey(field.getResultKey())) {
				continue;
			}
			TypeMapping.FieldMapping fieldMapping = mapping.fields().get(field.getName());
			if (fieldMapping == null) {
				throw new IllegalStateException("No mapping for " + typeName + "." + field.getName());
			}
			entries.put(field.getResultKey(), field(c, fieldMapping, scope, field));
		}
		StringBuilder map = new StringBuilder("{");
		entries.forEach((key, expression) -> {
			if (map.length() > 1) {
				map.append(", ");
			}
			map.append('`').append(key).append("`: ").append(expression);
		});
		return map.append('}').toString();
	}

	private String field(Compilation c, TypeMapping.FieldMapping mapping, Map<String, String> scope,
			SelectedField field) {
		return switch (mapping) {
			case TypeMapping.Value value -> render(value.expression(), scope, new HashMap<>(), c);
			case TypeMapping.End end -> project(c, end.targetType(), Map.of("n", scope.get(end.role())),
					field.getSelectionSet().getImmediateFields());
			case TypeMapping.Related related -> related(c, related, scope, field);
		};
	}

	private String related(Compilation c, TypeMapping.Related related, Map<String, String> scope,
			SelectedField field) {
		Map<String, String> fresh = new HashMap<>();
		String match = render(related.match(), scope, fresh, c);
		String order = render(related.orderBy(), scope, fresh, c);
		String other = fresh.computeIfAbsent("other", (k) -> c.variable());
		Map<String, String> target;
		if (related.link() == null) {
			target = Map.of("n", other);
		}
		else {
			String rel = fresh.computeIfAbsent("rel", (k) -> c.variable());
			String self = scope.get("n");
			target = (related.link() == TypeMapping.Direction.OUT) ? Map.of("r", rel, "from", self, "to", other)
					: Map.of("r", rel, "from", other, "to", self);
		}
		String projection = project(c, related.targetType(), target, field.getSelectionSet().getImmediateFields());
		String limit = "";
		if (!related.list()) {
			limit = " LIMIT 1";
		}
		else if (related.paged()) {
			limit = " LIMIT " + c.parameter(first(field));
		}
		String subquery = "COLLECT { " + match + " WITH * ORDER BY " + order + limit + " RETURN " + projection + " }";
		return related.list() ? subquery : "head(" + subquery + ")";
	}

	private int first(SelectedField field) {
		Object value = field.getArguments().get("first");
		return this.sizes.first((value instanceof Number number) ? number.intValue() : null, field.getName());
	}

	private static boolean appliesTo(SelectedField field, String typeName) {
		List<String> types = field.getObjectTypeNames();
		return types.isEmpty() || types.contains(typeName);
	}

	/** Replaces scope names by their variables and every other name by a fresh variable (shared via {@code fresh}). */
	private static String render(String template, Map<String, String> scope, Map<String, String> fresh,
			Compilation c) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String variable = scope.containsKey(name) ? scope.get(name)
					: fresh.computeIfAbsent(name, (k) -> c.variable());
			matcher.appendReplacement(out, Matcher.quoteReplacement(variable));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** Names and parameters of one statement being compiled. */
	public static final class Compilation {

		private final Map<String, Object> parameters = new HashMap<>();

		private int variables;

		private Compilation() {
		}

		/** Binds a value as a new parameter and returns its reference ({@code $sel3}). */
		public String parameter(Object value) {
			String name = "sel" + this.parameters.size();
			this.parameters.put(name, value);
			return "$" + name;
		}

		/** The parameters bound so far. */
		public Map<String, Object> parameters() {
			return Map.copyOf(this.parameters);
		}

		private String variable() {
			return "x" + (++this.variables);
		}

		/** The parameters bound so far, merged with those of the anchor Cypher of a feature. */
		public Map<String, Object> parameters(Map<String, Object> anchorParameters) {
			Map<String, Object> all = new HashMap<>(anchorParameters);
			this.parameters.forEach((key, value) -> {
				if (all.put(key, value) != null) {
					throw new IllegalStateException("Parameter $" + key + " is bound twice");
				}
			});
			return all;
		}

	}

}
