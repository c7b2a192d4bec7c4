package nl.botoc.graph.system.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The estimated cost of a query: how many objects its answer can hold. Every field counts once per object it can
 * appear in, so a list multiplies everything below it by how many items it can return: {@code first} (or its
 * default) for connections and paged lists, the graph's own bound ({@link ListBounds}) for plain lists; an analysis
 * question adds the part of the graph it reads, once per occurrence. Aliases
 * and fragment spreads are counted wherever they occur; arithmetic saturates at {@link Long#MAX_VALUE}, so no query
 * can overflow its way under the limit.
 * <p>
 * The same walk checks every argument against {@link InputBounds}, after variables are applied.
 */
final class QueryCost {

	/** {@code first} when a connection is asked for without it (see {@link GraphQlLimits#DEFAULT_PAGE_SIZE}). */
	static final int CONNECTION_DEFAULT = GraphQlLimits.DEFAULT_PAGE_SIZE;

	/** {@code first} of a paged plain list when it is not given. */
	static final int LIST_DEFAULT = 100;

	/** Fields whose {@code first} has another default than {@link #LIST_DEFAULT}. */
	private static final Map<String, Integer> OTHER_DEFAULTS = Map.of("Query.search", 10);

	/**
	 * Fields whose bound depends on an argument of the question above them: a coverage matrix has theme rows or
	 * factor rows, and its size is that of the rows asked for ({@code CoverageMatrix.cells#THEME} in
	 * {@link ListBounds}).
	 */
	private static final Map<String, String> QUALIFIED_BY = Map.of("CoverageMatrix.cells", "rows",
			"CoverageCell.entries", "rows");

	private final ListBounds listBounds;

	private final InputBounds inputs;

	QueryCost(ListBounds listBounds, InputBounds inputs) {
		this.listBounds = listBounds;
		this.inputs = inputs;
	}

	/** Estimates the operation's cost and checks its arguments (throwing {@link BadArgumentException}). */
	long estimate(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
		long[] total = { 0 };
		List<RuntimeException> refused = new ArrayList<>(1);
		QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(variables)
			.build()
			.visitPreOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment env) {
					if (!refused.isEmpty() || env.isTypeNameIntrospectionField()) {
						return;
					}
					try {
						String where = env.getFieldDefinition().getName();
						env.getArguments().forEach((name, value) -> QueryCost.this.inputs
							.checkArgument("argument `" + name + "` of `" + where + "`", name, value));
					}
					catch (RuntimeException ex) {
						refused.add(ex);
						return;
					}
					long occurrences = occurrences(env);
					total[0] = plus(total[0], occurrences);
					GraphQLNamedType parent = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType());
					long work = QueryCost.this.listBounds.work(parent.getName(), env.getFieldDefinition().getName());
					if (work > 0) {
						// once per occurrence of the field itself, not per item it returns
						long perField = (env.getParentEnvironment() != null) ? occurrences(env.getParentEnvironment()) : 1;
						total[0] = plus(total[0], times(perField, work));
					}
				}
			});
		if (!refused.isEmpty()) {
			throw refused.get(0);
		}
		return total[0];
	}

	/**
	 * How many times this field can occur in the answer: its own list size times that of every list above it, but
	 * never more than the graph's total for the field in one answer of its question ({@link ListBounds#total}).
	 */
	private long occurrences(QueryVisitorFieldEnvironment env) {
		QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
		long n = times((parent != null) ? occurrences(parent) : 1, items(env));
		GraphQLNamedType parentType = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType());
		String qualified = qualified(env);
		long total = (qualified != null) ? this.listBounds.total(parentType.getName(), qualified) : -1;
		if (total < 0) {
			total = this.listBounds.total(parentType.getName(), env.getFieldDefinition().getName());
		}
		return (total >= 0) ? Math.min(n, total) : n;
	}

	/**
	 * {@code field#VALUE} for a field of {@link #QUALIFIED_BY}, VALUE being the argument of the nearest field above
	 * it that has one; null for every other field.
	 */
	private static String qualified(QueryVisitorFieldEnvironment env) {
		GraphQLNamedType parentType = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType());
		String field = env.getFieldDefinition().getName();
		String argument = QUALIFIED_BY.get(parentType.getName() + "." + field);
		if (argument == null) {
			return null;
		}
		for (QueryVisitorFieldEnvironment e = env.getParentEnvironment(); e != null; e = e.getParentEnvironment()) {
			Object value = e.getArguments().get(argument);
			if (value != null) {
				return field + "#" + value;
			}
		}
		return null;
	}

	/** How many items one occurrence of this field holds: 1 unless it is a list of objects. */
	private long items(QueryVisitorFieldEnvironment env) {
		GraphQLFieldDefinition definition = env.getFieldDefinition();
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
		if (!(type instanceof GraphQLList) || !(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType)) {
			return 1;
		}
		GraphQLNamedType parent = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType());
		String parentName = parent.getName();
		if (parentName.startsWith("__")) {
			return 1; // introspection: bounded by the schema, guarded by graphql-java's own introspection limits
		}
		if (parentName.endsWith("Connection") && env.getParentEnvironment() != null) {
			// edges and nodes: at most `first`, and at most what the graph holds for the connection's field
			QueryVisitorFieldEnvironment connection = env.getParentEnvironment();
			return Math.min(first(connection, CONNECTION_DEFAULT), graphBound(connection, Long.MAX_VALUE));
		}
		if (definition.getArgument("first") != null) {
			long first = first(env, OTHER_DEFAULTS.getOrDefault(parentName + "." + definition.getName(), LIST_DEFAULT));
			return Math.min(first, graphBound(env, Long.MAX_VALUE));
		}
		return graphBound(env, -1);
	}

	/** The graph's bound for this field, or {@code otherwise} when the table has none (-1: the unknown bound). */
	private long graphBound(QueryVisitorFieldEnvironment env, long otherwise) {
		GraphQLNamedType parent = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType());
		String qualified = qualified(env);
		if (qualified != null) {
			long bound = this.listBounds.bound(parent.getName(), qualified, List.of(), 0);
			if (bound > 0) {
				return bound;
			}
		}
		List<String> interfaces = (parent instanceof GraphQLObjectType object)
				? object.getInterfaces().stream().map(GraphQLNamedType::getName).toList() : List.of();
		return this.listBounds.bound(parent.getName(), env.getFieldDefinition().getName(), interfaces, otherwise);
	}

	private static long first(QueryVisitorFieldEnvironment env, int otherwise) {
		Object first = env.getArguments().get("first");
		if (first instanceof Number number) {
			return Math.max(0, number.longValue());
		}
		GraphQLType type = GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType());
		boolean connection = ((GraphQLNamedType) type).getName().endsWith("Connection");
		return connection ? CONNECTION_DEFAULT : otherwise;
	}

	static long plus(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	static long times(long a, long b) {
		if (a == 0 || b == 0) {
			return 0;
		}
		return (a > Long.MAX_VALUE / b) ? Long.MAX_VALUE : a * b;
	}

}
