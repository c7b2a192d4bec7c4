package nl.botoc.graph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The edits one curation transaction makes, as a diff: every node and link a mutation creates, changes or removes,
 * each property from its old value to its new one. Edits are collected first and written by {@link #flush} only after
 * every check has passed, so a refused mutation writes nothing. The same diff, applied backwards by {@link #undo},
 * rebuilds the graph as it was before (the history queries).
 * <p>
 * Labels and relationship types come from the fixed tables below, never from input; keys and values are parameters.
 */
final class GraphEdits {

	/** A node kind a mutation may edit, named in the diff by its label. */
	enum NodeKind {

		INTERVENTION("Intervention", "code"), MUNICIPALITY("Municipality", "id"), SOURCE("Source", "id"),
		CLAIM("Claim", "id"), THEME("Theme", "id"), FACTOR("Factor", "id"), MECHANISM("Mechanism", "id");

		final String label;

		final String key;

		NodeKind(String label, String key) {
			this.label = label;
			this.key = key;
		}

		static Optional<NodeKind> of(String label) {
			for (NodeKind kind : values()) {
				if (kind.label.equals(label)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * A link kind, named in the diff as {@code <from label>.<TYPE>} with the key {@code <from key>-><to key>}; a
	 * citation ({@code SOURCED_FROM}) is keyed {@code <from key>-><source id>#<locator>}, because a node may cite two
	 * places of one source.
	 */
	enum LinkKind {

		RUNS(NodeKind.MUNICIPALITY, "RUNS", NodeKind.INTERVENTION), TOUCHES(NodeKind.INTERVENTION, "TOUCHES", NodeKind.THEME),
		TARGETS(NodeKind.INTERVENTION, "TARGETS", NodeKind.FACTOR), USES(NodeKind.INTERVENTION, "USES", NodeKind.MECHANISM),
		INTERVENTION_CITES(NodeKind.INTERVENTION, "SOURCED_FROM", NodeKind.SOURCE),
		MUNICIPALITY_CITES(NodeKind.MUNICIPALITY, "SOURCED_FROM", NodeKind.SOURCE),
		CLAIM_CITES(NodeKind.CLAIM, "SOURCED_FROM", NodeKind.SOURCE);

		final NodeKind from;

		final String type;

		final NodeKind to;

		LinkKind(NodeKind from, String type, NodeKind to) {
			this.from = from;
			this.type = type;
			this.to = to;
		}

		String entity() {
			return this.from.label + "." + this.type;
		}

		boolean citation() {
			return "SOURCED_FROM".equals(this.type);
		}

		static LinkKind citationOf(NodeKind from) {
			return switch (from) {
				case INTERVENTION -> INTERVENTION_CITES;
				case MUNICIPALITY -> MUNICIPALITY_CITES;
				case CLAIM -> CLAIM_CITES;
				default -> throw new IllegalArgumentException(from + " has no citations");
			};
		}

		static Optional<LinkKind> of(String entity) {
			for (LinkKind kind : values()) {
				if (kind.entity().equals(entity)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

		/** The MATCH of one link by its diff key (parameters {@code from}, {@code to} and, for citations, {@code locator}). */
		String match() {
			return "MATCH (a:%s {%s: $from})-[r:%s]->(b:%s {%s: $to})%s".formatted(this.from.label, this.from.key,
					this.type, this.to.label, this.to.key, citation() ? " WHERE r.locator = $locator" : "");
		}

		Map<String, Object> parameters(String from, String to) {
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("from", from);
			if (citation()) {
				int hash = to.indexOf('#');
				parameters.put("to", to.substring(0, hash));
				parameters.put("locator", to.substring(hash + 1));
			}
			else {
				parameters.put("to", to);
			}
			return parameters;
		}

	}

	/** One changed property or link, as stored in {@code Change.diff}. */
	record Entry(String entity, String key, String field, @Nullable Object from, @Nullable Object to) {

		static final String EXISTS = "@exists";

		Map<String, Object> asMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("entity", this.entity);
			map.put("key", this.key);
			map.put("field", this.field);
			map.put("from", this.from);
			map.put("to", this.to);
			return map;
		}

		@SuppressWarnings("unchecked")
		static Entry of(Map<String, Object> map) {
			return new Entry((String) map.get("entity"), (String) map.get("key"), (String) map.get("field"),
					map.get("from"), map.get("to"));
		}

	}

	private record Statement(String cypher, Map<String, Object> parameters) {
	}

	private final List<Entry> diff = new ArrayList<>();

	private final List<Statement> statements = new ArrayList<>();

	List<Entry> diff() {
		return List.copyOf(this.diff);
	}

	boolean isEmpty() {
		return this.diff.isEmpty();
	}

	// --- reads under lock (run at once: they only read, apart from the lock)

	/**
	 * The properties of a node, locked for the rest of the transaction (a property written and removed again takes
	 * the node's write lock without changing it, so what is read next is the latest committed state and no other
	 * writer can change it before this transaction ends). Empty when there is no such node.
	 */
	static Optional<Map<String, Object>> lockAndRead(TransactionContext tx, NodeKind kind, String key) {
		var result = tx.run("""
				MATCH (n:%s {%s: $key})
				SET n._LOCK_ = true
				WITH n
				REMOVE n._LOCK_
				RETURN properties(n) AS p""".formatted(kind.label, kind.key), Map.of("key", key)).list();
		return result.isEmpty() ? Optional.empty() : Optional.of(plain(result.get(0).get("p")));
	}

	static boolean exists(TransactionContext tx, NodeKind kind, String key) {
		return tx.run("MATCH (n:%s {%s: $key}) RETURN count(n) > 0 AS found".formatted(kind.label, kind.key),
				Map.of("key", key)).single().get("found").asBoolean();
	}

	static Optional<Map<String, Object>> readLink(TransactionContext tx, LinkKind kind, String from, String to) {
		var result = tx.run(kind.match() + " RETURN properties(r) AS p", kind.parameters(from, to)).list();
		return result.isEmpty() ? Optional.empty() : Optional.of(plain(result.get(0).get("p")));
	}

	private static Map<String, Object> plain(Value value) {
		Map<String, Object> map = new LinkedHashMap<>();
		value.asMap().forEach((k, v) -> map.put(k, normalised(v)));
		return map;
	}

	/** Numbers as longs, lists as lists of plain values: what the driver gives back, so diffs compare equal. */
	static @Nullable Object normalised(@Nullable Object value) {
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GraphEdits::normalised).toList();
		}
		return value;
	}

	// --- edits (collected; written by flush)

	void createNode(NodeKind kind, String key, Map<String, Object> properties) {
		Map<String, Object> props = withoutNulls(properties);
		props.put(kind.key, key);
		this.diff.add(new Entry(kind.label, key, Entry.EXISTS, false, true));
		props.forEach((field, value) -> this.diff.add(new Entry(kind.label, key, field, null, value)));
		this.statements.add(new Statement("CREATE (n:%s) SET n = $props".formatted(kind.label), Map.of("props", props)));
	}

	/** Sets the properties whose value differs from {@code current} (a null value removes the property). */
	void updateNode(NodeKind kind, String key, Map<String, Object> current, Map<String, @Nullable Object> changes) {
		Map<String, Object> changed = new LinkedHashMap<>();
		changes.forEach((field, raw) -> {
			Object value = normalised(raw);
			Object before = current.get(field);
			if (!Objects.equals(before, value)) {
				this.diff.add(new Entry(kind.label, key, field, before, value));
				changed.put(field, value);
			}
		});
		if (!changed.isEmpty()) {
			this.statements.add(new Statement("MATCH (n:%s {%s: $key}) SET n += $props".formatted(kind.label, kind.key),
					map("key", key, "props", changed)));
		}
	}

	void createLink(LinkKind kind, String from, String to, Map<String, Object> properties) {
		String key = from + "->" + to;
		Map<String, Object> props = withoutNulls(properties);
		if (kind.citation()) {
			props.put("locator", to.substring(to.indexOf('#') + 1));
		}
		this.diff.add(new Entry(kind.entity(), key, Entry.EXISTS, false, true));
		props.forEach((field, value) -> this.diff.add(new Entry(kind.entity(), key, field, null, value)));
		Map<String, Object> parameters = kind.parameters(from, to);
		parameters.put("props", props);
		this.statements.add(new Statement("""
				MATCH (a:%s {%s: $from}), (b:%s {%s: $to})
				CREATE (a)-[r:%s]->(b)
				SET r = $props""".formatted(kind.from.label, kind.from.key, kind.to.label, kind.to.key, kind.type),
				parameters));
	}

	void deleteLink(LinkKind kind, String from, String to, Map<String, Object> current) {
		String key = from + "->" + to;
		current.forEach((field, value) -> this.diff.add(new Entry(kind.entity(), key, field, value, null)));
		this.diff.add(new Entry(kind.entity(), key, Entry.EXISTS, true, false));
		this.statements.add(new Statement(kind.match() + " DELETE r", kind.parameters(from, to)));
	}

	/** Writes the collected edits, in the order they were made. */
	void flush(TransactionContext tx) {
		for (Statement statement : this.statements) {
			tx.run(statement.cypher(), statement.parameters()).consume();
		}
		this.statements.clear();
	}

	// --- undo

	/**
	 * Applies {@code entries} (one change's diff) backwards (the last first): the graph as it was before them. A node
	 * the change created goes at the end with every link on it, one statement per kind of node: what the change wrote
	 * on it or on its links is not undone entry by entry (an import of 50 interventions writes thousands of entries,
	 * nearly all on nodes it created).
	 */
	static void undo(org.neo4j.driver.SimpleQueryRunner tx, List<Entry> entries) {
		Map<NodeKind, Set<String>> created = new LinkedHashMap<>();
		for (Entry entry : entries) {
			NodeKind.of(entry.entity())
				.filter((kind) -> Entry.EXISTS.equals(entry.field()) && Boolean.TRUE.equals(entry.to()))
				.ifPresent((kind) -> created.computeIfAbsent(kind, (k) -> new LinkedHashSet<>()).add(entry.key()));
		}
		for (int i = entries.size() - 1; i >= 0; i--) {
			Entry entry = entries.get(i);
			Optional<NodeKind> node = NodeKind.of(entry.entity());
			if (node.isPresent()) {
				if (!createdHere(created, node.get(), entry.key())) {
					undoNode(tx, node.get(), entry);
				}
			}
			else {
				LinkKind link = LinkKind.of(entry.entity())
					.orElseThrow(() -> new IllegalStateException("Unknown entity in a change: " + entry.entity()));
				int arrow = entry.key().indexOf("->");
				String to = entry.key().substring(arrow + 2);
				if (!createdHere(created, link.from, entry.key().substring(0, arrow))
						&& !createdHere(created, link.to, link.citation() ? to.substring(0, to.indexOf('#')) : to)) {
					undoLink(tx, link, entry);
				}
			}
		}
		created.forEach((kind, keys) -> tx.run("UNWIND $keys AS key MATCH (n:%s {%s: key}) DETACH DELETE n"
			.formatted(kind.label, kind.key), Map.of("keys", List.copyOf(keys))).consume());
	}

	private static boolean createdHere(Map<NodeKind, Set<String>> created, NodeKind kind, String key) {
		return created.getOrDefault(kind, Set.of()).contains(key);
	}

	private static void undoNode(org.neo4j.driver.SimpleQueryRunner tx, NodeKind kind, Entry entry) {
		if (Entry.EXISTS.equals(entry.field())) {
			if (Boolean.TRUE.equals(entry.to())) {
				tx.run("MATCH (n:%s {%s: $key}) DETACH DELETE n".formatted(kind.label, kind.key), Map.of("key", entry.key()))
					.consume();
			}
			else {
				tx.run("CREATE (n:%s {%s: $key})".formatted(kind.label, kind.key), Map.of("key", entry.key())).consume();
			}
			return;
		}
		if (entry.field().equals(kind.key)) {
			return;
		}
		Map<String, Object> props = new LinkedHashMap<>();
		props.put(entry.field(), entry.from());
		tx.run("MATCH (n:%s {%s: $key}) SET n += $props".formatted(kind.label, kind.key),
				map("key", entry.key(), "props", props)).consume();
	}

	private static void undoLink(org.neo4j.driver.SimpleQueryRunner tx, LinkKind kind, Entry entry) {
		int arrow = entry.key().indexOf("->");
		String from = entry.key().substring(0, arrow);
		String to = entry.key().substring(arrow + 2);
		Map<String, Object> parameters = kind.parameters(from, to);
		if (Entry.EXISTS.equals(entry.field())) {
			if (Boolean.TRUE.equals(entry.to())) {
				tx.run(kind.match() + " DELETE r", parameters).consume();
			}
			else {
				tx.run("""
						MATCH (a:%s {%s: $from}), (b:%s {%s: $to})
						CREATE (a)-[r:%s]->(b)%s""".formatted(kind.from.label, kind.from.key, kind.to.label,
						kind.to.key, kind.type, kind.citation() ? " SET r.locator = $locator" : ""), parameters).consume();
			}
			return;
		}
		if (kind.citation() && "locator".equals(entry.field())) {
			return;
		}
		Map<String, Object> props = new LinkedHashMap<>();
		props.put(entry.field(), entry.from());
		parameters.put("props", props);
		tx.run(kind.match() + " SET r += $props", parameters).consume();
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
		Map<String, Object> props = new LinkedHashMap<>();
		properties.forEach((field, value) -> {
			if (value != null) {
				props.put(field, normalised(value));
			}
		});
		return props;
	}

	private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

}
