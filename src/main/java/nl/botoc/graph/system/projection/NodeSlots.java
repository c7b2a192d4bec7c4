package nl.botoc.graph.system.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Compiles the entities a feature's own statement returns (the analysis questions) into that statement. Such a
 * statement names each node it hands over with a short map projection, {@code i {.code, .name}}, a readable table
 * in the Browser; a {@link Slot} says which GraphQL field (a path from the root field) holds that node. For a query,
 * each slot's projection is replaced by the compiled projection of the selection at its path, so one statement
 * returns exactly the selected fields of every entity in the answer, and the answer is complete when it comes back:
 * no second statement per entity field, and every value can be completed in one walk ({@link ProjectedCompletion}).
 * <p>
 * A compiled node also carries its key under {@link #KEY} (no GraphQL response key can be spelled so), for the
 * feature's own arithmetic over the answer (distinct interventions per row …), and the properties the feature reads
 * of it ({@link Slot#reading}, read with {@link #read}). A slot whose path the query selects more than once (aliases,
 * or the same field under aliased parents, possibly with different selections) keeps its short projection, and its
 * nodes are read as before, by {@link EntityRef} per field; so does a slot the query does not select. The feature
 * then reads the short projection's own properties, so those must include what it reads.
 */
@Component
public class NodeSlots {

	/** The key of a compiled node, for the feature that computes the answer. */
	public static final String KEY = "#key";

	/** The prefix of the properties a feature reads of a compiled node ({@link #read}); no response key has it. */
	private static final String READ = "#read.";

	private final ProjectionCompiler compiler;

	private final GraphModel model;

	NodeSlots(ProjectionCompiler compiler, GraphModel model) {
		this.compiler = compiler;
		this.model = model;
	}

	/**
	 * {@code cypher} with every slot the selection asks for exactly once compiled for that selection, and the
	 * parameters it then needs ({@code parameters} and the compiled ones).
	 */
	public Statement compile(String cypher, Map<String, Object> parameters, DataFetchingFieldSelectionSet selection,
			List<Slot> slots) {
		ProjectionCompiler.Compilation c = this.compiler.start();
		List<Replacement> replacements = new ArrayList<>();
		for (Slot slot : slots) {
			int start = slot.locate(cypher);
			for (Replacement other : replacements) {
				if (other.start() == start) {
					throw new IllegalStateException("Slots " + other.slot().path() + " and " + slot.path()
							+ " name the same node projection");
				}
			}
			List<SelectedField> fields = selection.getFields(slot.path());
			if (fields.size() != 1) {
				continue;
			}
			GraphModel.Entity entity = this.model.entityType(slot.typeName())
				.orElseThrow(() -> new IllegalStateException("No entity type " + slot.typeName()));
			String variable = slot.variable();
			Map<String, String> extra = new LinkedHashMap<>();
			extra.put(KEY, variable + "." + entity.keyProperty());
			for (String property : slot.reads()) {
				extra.put(READ + property, variable + "." + property);
			}
			String projection = this.compiler.projectNode(c, slot.typeName(), variable,
					fields.get(0).getSelectionSet().getImmediateFields(), extra);
			// A node an OPTIONAL MATCH did not find stays null, as in the short projection, not a map of nulls.
			// (Not as a map projection on the node, `i {`code`: i.code}`: in a list comprehension Neo4j 2026.x
			// returns null for such an entry.)
			replacements.add(new Replacement(slot, start, slot.nullable()
					? "CASE WHEN " + variable + " IS NULL THEN null ELSE " + projection + " END" : projection));
		}
		replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
		StringBuilder compiled = new StringBuilder(cypher);
		for (Replacement replacement : replacements) {
			compiled.replace(replacement.start(), replacement.start() + replacement.slot().projection().length(),
					replacement.projection());
		}
		return new Statement(compiled.toString(), c.parameters(parameters));
	}

	/** The key of a node in an answer: a compiled node's {@link #KEY}, or the key of a ref. */
	public static Object key(Object node, String keyProperty) {
		if (node instanceof EntityRef ref) {
			return ref.key();
		}
		if (node instanceof Map<?, ?> map) {
			return map.containsKey(KEY) ? map.get(KEY) : map.get(keyProperty);
		}
		throw new IllegalArgumentException("Not a node: " + node);
	}

	/**
	 * A property the feature reads of a node in an answer ({@link Slot#reading}): under its own key in a compiled
	 * node, whatever the query selected or aliased; the plain property in a node the short projection returned.
	 */
	public static @Nullable Object read(Map<?, ?> node, String property) {
		return isCompiled(node) ? node.get(READ + property) : node.get(property);
	}

	/** Whether a value of an answer is a node compiled by a slot (so already read for its selection). */
	public static boolean isCompiled(Object value) {
		return value instanceof Map<?, ?> map && map.containsKey(KEY);
	}

	/**
	 * A node projection in a feature's statement and the field that holds it.
	 *
	 * @param path the field's path from the root field, by field names ({@code cells/entries/intervention})
	 * @param typeName its entity type (declared with {@link GraphModel#entity})
	 * @param anchors texts to find in order, each after the previous one; the last is the node projection itself
	 * ({@code i {.code, .name}}), whose variable is the node
	 * @param nullable whether the node may be null (bound by an {@code OPTIONAL MATCH})
	 * @param reads properties the feature itself reads of the node ({@link NodeSlots#read}), selected or not
	 */
	public record Slot(String path, String typeName, List<String> anchors, boolean nullable, List<String> reads) {

		public static Slot of(String path, String typeName, String... anchors) {
			return new Slot(path, typeName, List.of(anchors), false, List.of());
		}

		/** The same slot for a node that may be null. */
		public Slot orNull() {
			return new Slot(this.path, this.typeName, this.anchors, true, this.reads);
		}

		/**
		 * The same slot, compiled with these properties too, for the feature's own reading. Each must be in the short
		 * projection as well ({@code .evidence}), which the feature reads when the slot is not compiled.
		 */
		public Slot reading(String... properties) {
			List<String> reads = new ArrayList<>(this.reads);
			for (String property : properties) {
				if (!Pattern.compile("\\." + property + "\\b").matcher(projection()).find()) {
					throw new IllegalArgumentException("The short projection " + projection() + " of " + this.path
							+ " does not return ." + property + ", which the feature reads");
				}
				reads.add(property);
			}
			return new Slot(this.path, this.typeName, this.anchors, this.nullable, List.copyOf(reads));
		}

		String projection() {
			return this.anchors.get(this.anchors.size() - 1);
		}

		String variable() {
			return projection().substring(0, projection().indexOf(' '));
		}

		int locate(String cypher) {
			int at = -1;
			int from = 0;
			for (String anchor : this.anchors) {
				at = cypher.indexOf(anchor, from);
				// Not in a comment: the text there is not what runs.
				while (at >= 0 && cypher.lastIndexOf("//", at) > cypher.lastIndexOf('\n', at)) {
					at = cypher.indexOf(anchor, at + anchor.length());
				}
				if (at < 0) {
					throw new IllegalStateException("The statement has no " + this.anchors + " for " + this.path);
				}
				from = at + anchor.length();
			}
			return at;
		}

	}

	/** A statement and its parameters. */
	public record Statement(String cypher, Map<String, Object> parameters) {
	}

	private record Replacement(Slot slot, int start, String projection) {
	}

}
