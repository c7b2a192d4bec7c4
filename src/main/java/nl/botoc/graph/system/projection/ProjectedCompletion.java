package nl.botoc.graph.system.projection;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.ResultNodesInfo;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;

/**
 * Completes a projected value in one walk instead of graphql-java's field-by-field completion. A value of a projected
 * type is a map the compiled statement built for exactly this field's selection, and every field of such a type reads
 * its value by response key ({@link ProjectionWiring.ResponseKeyFetcher}); so graphql-java's completion would only copy
 * it, field by field, through a data fetcher, an execution step and instrumentation callbacks per value (a fifth of the
 * CPU time of a nested list query). This walk does what that completion does, for the same selection (the request's
 * normalized fields, which the compiler read too): the response keys in order, {@code __typename}, scalars and enums
 * serialized by their schema types, and the result-node count that {@code max-result-nodes} limits. The answers of
 * the analysis questions are walked the same way: maps of value types, read by field name, whose entities their
 * statement compiled for the selection ({@link NodeSlots}).
 * <p>
 * Anything it does not expect (a null where the schema says non-null, a value a scalar cannot serialize, a type whose
 * fields are not all read by response key or name, an entity still to be read by ref) hands the whole value back to graphql-java's own completion, which reports
 * it as it always did. So an answer is the same either way; only the work differs. Where requests may ask for their
 * Cypher ({@code botoc.read.expose-cypher}), the request extension {@code {"botoc": {"fieldByField": true}}} asks for
 * graphql-java's completion instead, so that tests and benchmarks can compare the two on one service.
 */
class ProjectedCompletion extends AsyncExecutionStrategy {

	private final Set<String> projectedTypes;

	private volatile PureTypes pure;

	/** How many values this walk completed (tests check that the fast path is the one taken). */
	private final AtomicLong completed = new AtomicLong();

	private final boolean switchable;

	/** The entity fields of value types that read their nodes through {@link ProjectionWiring}. */
	private final Predicate<FieldCoordinates> entityFields;

	ProjectedCompletion(DataFetcherExceptionHandler exceptionHandler, Set<String> projectedTypes,
			Predicate<FieldCoordinates> entityFields, boolean switchable) {
		super(exceptionHandler);
		this.projectedTypes = Set.copyOf(projectedTypes);
		this.entityFields = entityFields;
		this.switchable = switchable;
	}

	long completedValues() {
		return this.completed.get();
	}

	@Override
	protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
		ExecutionStepInfo step = parameters.getExecutionStepInfo();
		graphql.schema.GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(step.getType());
		Object source = parameters.getSource();
		if (source == null || !pureTypes(context.getGraphQLSchema()).names().contains(named.getName())
				|| !(step.getParent() != null && step.getParent().getUnwrappedNonNullType() instanceof GraphQLFieldsContainer parent)) {
			return super.completeValue(context, parameters);
		}
		if (this.switchable && asksFieldByField(context)) {
			return super.completeValue(context, parameters);
		}
		ExecutableNormalizedField field;
		try {
			field = context.getNormalizedQueryTree()
				.get()
				.getNormalizedField(parameters.getField(), parent, parameters.getPath());
		}
		catch (RuntimeException ex) {
			// graphql-java asserts when it has no normalized field for a path; its own completion needs none.
			field = null;
		}
		if (field == null) {
			return super.completeValue(context, parameters);
		}
		Walk walk = new Walk(context, pureTypes(context.getGraphQLSchema()).byName());
		Object value;
		try {
			value = walk.value(step.getType(), context.getValueUnboxer().unbox(source), field);
		}
		catch (NotProjected ex) {
			return super.completeValue(context, parameters);
		}
		catch (TooManyNodes ex) {
			walk.countNodes();
			return new FieldValueInfo(FieldValueInfo.CompleteValueType.NULL, null);
		}
		walk.countNodes();
		this.completed.incrementAndGet();
		FieldValueInfo.CompleteValueType type = (value == null) ? FieldValueInfo.CompleteValueType.NULL
				: (value instanceof List<?>) ? FieldValueInfo.CompleteValueType.LIST
						: FieldValueInfo.CompleteValueType.OBJECT;
		return new FieldValueInfo(type, value);
	}

	private static boolean asksFieldByField(ExecutionContext context) {
		return context.getExecutionInput().getExtensions().get("botoc") instanceof Map<?, ?> botoc
				&& Boolean.TRUE.equals(botoc.get("fieldByField"));
	}

	/**
	 * The projected types whose every field reads by response key, the value types whose every field reads a map by
	 * name (and an entity field its nodes), and the abstract types all of whose members are one of these.
	 */
	private PureTypes pureTypes(GraphQLSchema schema) {
		PureTypes known = this.pure;
		if (known == null || known.schema() != schema) {
			Set<String> values = valueTypesOf(schema, this.projectedTypes, this.entityFields);
			known = new PureTypes(schema, pureTypesOf(schema, this.projectedTypes, values), values);
			this.pure = known;
		}
		return known;
	}

	static Set<String> pureTypesOf(GraphQLSchema schema, Set<String> projected, Set<String> valueTypes) {
		GraphQLCodeRegistry registry = schema.getCodeRegistry();
		Set<String> pure = new HashSet<>(valueTypes);
		for (String name : projected) {
			if (schema.getType(name) instanceof GraphQLObjectType type && type.getFieldDefinitions()
				.stream()
				.allMatch((field) -> registry.getDataFetcher(FieldCoordinates.coordinates(type, field),
						field) instanceof ProjectionWiring.ResponseKeyFetcher)) {
				pure.add(name);
			}
		}
		for (var type : schema.getAllTypesAsList()) {
			List<GraphQLObjectType> members = (type instanceof graphql.schema.GraphQLInterfaceType face)
					? schema.getImplementations(face)
					: (type instanceof graphql.schema.GraphQLUnionType union) ? union.getTypes()
						.stream()
						.map((member) -> (GraphQLObjectType) member)
						.toList() : null;
			if (members != null && !members.isEmpty() && members.stream().allMatch((member) -> pure.contains(member.getName()))) {
				pure.add(type.getName());
			}
		}
		return Set.copyOf(pure);
	}

	/**
	 * The object types of answers a feature computes itself (the analysis questions): not projected, and every field
	 * read by graphql-java's property fetcher (on a map: the value under the field's name) or, for an entity, by
	 * {@link ProjectionWiring.EntityRefFetcher} (which hands over compiled nodes as they are; Spring for GraphQL wraps
	 * it, so it is known by its coordinates). The walk takes such a value only when it is a map, and an entity in it
	 * only when compiled ({@link NodeSlots}).
	 */
	static Set<String> valueTypesOf(GraphQLSchema schema, Set<String> projected, Predicate<FieldCoordinates> entityFields) {
		GraphQLCodeRegistry registry = schema.getCodeRegistry();
		Set<String> roots = new HashSet<>();
		for (GraphQLObjectType root : java.util.Arrays.asList(schema.getQueryType(), schema.getMutationType(),
				schema.getSubscriptionType())) {
			if (root != null) {
				roots.add(root.getName());
			}
		}
		Set<String> values = new HashSet<>();
		for (var type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !projected.contains(object.getName())
					&& !object.getName().startsWith("__") && !roots.contains(object.getName())
					&& object.getFieldDefinitions().stream().allMatch((field) -> {
						FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
						DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
						return fetcher instanceof SingletonPropertyDataFetcher<?>
								|| fetcher instanceof PropertyDataFetcher<?> property && field.getName().equals(property.getPropertyName())
								|| entityFields.test(coordinates);
					})) {
				values.add(object.getName());
			}
		}
		return Set.copyOf(values);
	}

	private record PureTypes(GraphQLSchema schema, Set<String> names, Set<String> byName) {
	}

	/** One completion: the values it built and the result nodes it counted. */
	private final class Walk {

		private final ExecutionContext context;

		/** Result nodes this walk may still add before {@code max-result-nodes} is passed. */
		private final int budget;

		private int nodes;

		/** The value types: their maps hold each field under its name, not under its response key. */
		private final Set<String> byName;

		Walk(ExecutionContext context, Set<String> byName) {
			this.context = context;
			this.byName = byName;
			Integer max = context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES);
			this.budget = (max != null) ? max - context.getResultNodesInfo().getResultNodesCount() : Integer.MAX_VALUE;
		}

		private void node() {
			if (++this.nodes > this.budget) {
				throw TooManyNodes.INSTANCE;
			}
		}

		Object value(GraphQLOutputType type, Object boxed, ExecutableNormalizedField field) {
			// As graphql-java does for every value (Optional and the like; a map from the driver passes as it is).
			Object value = this.context.getValueUnboxer().unbox(boxed);
			if (type instanceof GraphQLNonNull nonNull) {
				if (value == null) {
					throw NotProjected.INSTANCE;
				}
				return value((GraphQLOutputType) nonNull.getWrappedType(), value, field);
			}
			if (value == null) {
				return null;
			}
			if (type instanceof GraphQLList list) {
				if (!(value instanceof List<?> items)) {
					throw NotProjected.INSTANCE;
				}
				GraphQLOutputType itemType = (GraphQLOutputType) list.getWrappedType();
				List<Object> completedItems = new java.util.ArrayList<>(items.size());
				for (Object item : items) {
					node();
					completedItems.add(value(itemType, item, field));
				}
				return completedItems;
			}
			try {
				if (type instanceof GraphQLScalarType scalar) {
					return scalar.getCoercing().serialize(value, this.context.getGraphQLContext(), this.context.getLocale());
				}
				if (type instanceof GraphQLEnumType enumType) {
					return enumType.serialize(value, this.context.getGraphQLContext(), this.context.getLocale());
				}
			}
			catch (RuntimeException ex) {
				throw NotProjected.INSTANCE;
			}
			return object(type, value, field);
		}

		private Map<String, Object> object(GraphQLOutputType type, Object value, ExecutableNormalizedField field) {
			if (!(value instanceof Map<?, ?> map)) {
				throw NotProjected.INSTANCE;
			}
			GraphQLObjectType objectType = (type instanceof GraphQLObjectType object) ? object : typeOf(map);
			String typeName = objectType.getName();
			boolean readByName = this.byName.contains(typeName);
			List<ExecutableNormalizedField> children = field.getChildren();
			Map<String, Object> result = new LinkedHashMap<>(Math.max(4, children.size() * 2));
			for (ExecutableNormalizedField child : children) {
				if (!child.getObjectTypeNames().contains(typeName)) {
					continue;
				}
				node();
				String key = child.getResultKey();
				String name = child.getName();
				if (name.equals("__typename")) {
					result.put(key, typeName);
					continue;
				}
				GraphQLFieldDefinition definition = objectType.getField(name);
				if (definition == null) {
					throw NotProjected.INSTANCE;
				}
				Object fieldValue = (readByName || !map.containsKey(key)) ? map.get(name) : map.get(key);
				result.put(key, value(definition.getType(), fieldValue, child));
			}
			return result;
		}

		private GraphQLObjectType typeOf(Map<?, ?> map) {
			Object typename = map.get("__typename");
			GraphQLObjectType type = (typename != null)
					? this.context.getGraphQLSchema().getObjectType(typename.toString()) : null;
			if (type == null) {
				throw NotProjected.INSTANCE;
			}
			return type;
		}

		/** Adds the nodes to the request's count, as graphql-java's completion would, and marks a count past the cap. */
		void countNodes() {
			ResultNodesInfo info = this.context.getResultNodesInfo();
			Integer max = this.context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES);
			int count = 0;
			for (int i = 0; i < this.nodes; i++) {
				count = info.incrementAndGetResultNodesCount();
			}
			if (max != null && count > max) {
				info.maxResultNodesExceeded();
			}
		}

	}

	/** The answer passed {@code max-result-nodes}: it is cut here, and the request answers with one error. */
	private static final class TooManyNodes extends RuntimeException {

		static final TooManyNodes INSTANCE = new TooManyNodes();

		private TooManyNodes() {
			super(null, null, false, false);
		}

	}

	/** The value is not what the projection promises: graphql-java completes it instead. */
	private static final class NotProjected extends RuntimeException {

		static final NotProjected INSTANCE = new NotProjected();

		private NotProjected() {
			super(null, null, false, false);
		}

	}

}
