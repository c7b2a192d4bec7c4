package nl.botoc.graph.system.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import nl.botoc.graph.system.graphql.GraphReads;
import nl.botoc.graph.system.graphql.Paging;
import nl.botoc.graph.system.graphql.RequestTransaction;

/**
 * What the features' root fields call: each takes the feature's anchor Cypher (a {@code MATCH} that binds
 * {@code n}, starting from the most selective index, with the feature's own filters and order) and appends the
 * compiled projection of the query's selection, so a root field is one statement in the request's transaction.
 */
@Component
public class ProjectedReads {

	private final GraphReads reads;

	private final ProjectionCompiler compiler;

	ProjectedReads(GraphReads reads, ProjectionCompiler compiler) {
		this.reads = reads;
		this.compiler = compiler;
	}

	/** The node the anchor finds, projected as {@code typeName}, or null. */
	public @Nullable Map<String, Object> one(DataFetchingEnvironment env, String typeName, String anchor,
			Map<String, Object> parameters) {
		List<Map<String, Object>> rows = list(env, typeName, anchor + "\nWITH n LIMIT 1", parameters);
		return rows.isEmpty() ? null : rows.get(0);
	}

	/** Every node the anchor finds, in its order, projected as {@code typeName}. */
	public List<Map<String, Object>> list(DataFetchingEnvironment env, String typeName, String anchor,
			Map<String, Object> parameters) {
		ProjectionCompiler.Compilation c = this.compiler.start();
		String projection = this.compiler.projectNode(c, typeName, "n", env.getSelectionSet().getImmediateFields());
		String cypher = anchor + "\nRETURN " + projection + " AS row";
		return this.reads.list(transaction(env), cypher, c.parameters(parameters),
				(r) -> asMap(r.get("row")));
	}

	/**
	 * One page of the nodes the anchor finds (in its order) as a connection map: {@code totalCount}, {@code edges},
	 * {@code nodes} and {@code pageInfo}, each under its response key, nodes projected for their own selection.
	 */
	public Map<String, Object> connection(DataFetchingEnvironment env, String typeName, String anchor,
			Map<String, Object> parameters, Paging.Page page) {
		ProjectionCompiler.Compilation c = this.compiler.start();
		Map<String, String> projections = new LinkedHashMap<>();
		List<SelectedField> selected = env.getSelectionSet().getImmediateFields();
		for (SelectedField field : selected) {
			if (field.getName().equals("nodes")) {
				projections.put(field.getResultKey(), this.compiler.projectNode(c, typeName, "n",
						field.getSelectionSet().getImmediateFields()));
			}
			else if (field.getName().equals("edges")) {
				for (SelectedField edgeField : field.getSelectionSet().getImmediateFields()) {
					if (edgeField.getName().equals("node")) {
						projections.put(field.getResultKey() + "." + edgeField.getResultKey(), this.compiler
							.projectNode(c, typeName, "n", edgeField.getSelectionSet().getImmediateFields()));
					}
				}
			}
		}
		StringBuilder row = new StringBuilder("{");
		projections.forEach((key, projection) -> row.append(row.length() > 1 ? ", " : "")
			.append('`')
			.append(key)
			.append("`: ")
			.append(projection));
		row.append('}');
		String offset = c.parameter(page.offset());
		String end = c.parameter(page.offset() + page.first());
		String cypher = anchor + """

				WITH collect(n) AS matched
				WITH size(matched) AS total, matched[%s..%s] AS page
				CALL (page) { UNWIND page AS n RETURN collect(%s) AS rows }
				RETURN total, rows""".formatted(offset, end, row);
		var result = this.reads.list(transaction(env), cypher, c.parameters(parameters),
				(r) -> Map.entry(r.get("total").asInt(), r.get("rows").asList(ProjectedReads::asMap)))
			.get(0);
		return connectionMap(selected, result.getKey(), result.getValue(), page);
	}

	private static Map<String, Object> connectionMap(List<SelectedField> selected, int total,
			List<Map<String, Object>> rows, Paging.Page page) {
		Map<String, Object> connection = new ProjectedConnection();
		boolean hasNext = page.offset() + rows.size() < total;
		for (SelectedField field : selected) {
			String key = field.getResultKey();
			switch (field.getName()) {
				case "totalCount" -> connection.put(key, total);
				case "nodes" -> connection.put(key, rows.stream().map((r) -> r.get(key)).toList());
				case "edges" -> {
					List<Map<String, Object>> edges = new ArrayList<>(rows.size());
					for (int i = 0; i < rows.size(); i++) {
						Map<String, Object> edge = new LinkedHashMap<>();
						for (SelectedField edgeField : field.getSelectionSet().getImmediateFields()) {
							String edgeKey = edgeField.getResultKey();
							if (edgeField.getName().equals("cursor")) {
								edge.put(edgeKey, Paging.cursor(page.offset() + i));
							}
							else if (edgeField.getName().equals("node")) {
								edge.put(edgeKey, rows.get(i).get(key + "." + edgeKey));
							}
						}
						edges.add(edge);
					}
					connection.put(key, edges);
				}
				case "pageInfo" -> {
					Map<String, Object> info = new LinkedHashMap<>();
					info.put("hasNextPage", hasNext);
					info.put("hasPreviousPage", page.offset() > 0);
					info.put("startCursor", rows.isEmpty() ? null : Paging.cursor(page.offset()));
					info.put("endCursor", rows.isEmpty() ? null : Paging.cursor(page.offset() + rows.size() - 1));
					connection.put(key, info);
				}
				default -> {
					// __typename and other meta fields are answered by graphql-java
				}
			}
		}
		return connection;
	}

	static @Nullable RequestTransaction transaction(DataFetchingEnvironment env) {
		GraphQLContext context = env.getGraphQlContext();
		return (context != null) ? context.get(RequestTransaction.class) : null;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(Value value) {
		return value.isNull() ? null : (Map<String, Object>) value.asObject();
	}


}
