package nl.botoc.graph.system.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import nl.botoc.graph.system.graphql.GraphReads;
import nl.botoc.graph.system.graphql.RequestTransaction;

/**
 * Connects the compiled projections to graphql-java. Every field of a projected type reads its value from the map
 * the statement returned, under the field's response key (so aliases of the same field with different arguments
 * each get their own value); abstract types resolve by the {@code __typename} the projection put in. A field of
 * any other type (the analysis answers) that holds an {@link EntityRef} is read through one batched statement per
 * field and level, for exactly its selection, unless the answer's own statement already read them for it
 * ({@link NodeSlots}).
 */
@Component
class ProjectionWiring implements RuntimeWiringConfigurer {

	private static final String ENTITY_LOADER = "botoc.entityRefs";

	private final GraphModel model;

	private final ProjectionCompiler compiler;

	private final GraphReads reads;

	/** The fields given an {@link EntityRefFetcher} (graphql-java asks for one only where it uses it). */
	private final Set<FieldCoordinates> entityFields = ConcurrentHashMap.newKeySet();

	ProjectionWiring(GraphModel model, ProjectionCompiler compiler, GraphReads reads, BatchLoaderRegistry registry) {
		this.model = model;
		this.compiler = compiler;
		this.reads = reads;
		registry.<EntityKey, Map<String, Object>>forName(ENTITY_LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(List.copyOf(keys),
					(env.getContext() instanceof GraphQLContext context) ? context.get(RequestTransaction.class)
							: null)));
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		DataFetcher<Object> byResponseKey = new ResponseKeyFetcher();
		for (String type : this.model.objectTypes()) {
			builder.type(TypeRuntimeWiring.newTypeWiring(type).defaultDataFetcher(byResponseKey));
		}
		TypeResolver byTypename = (env) -> {
			Object typename = (env.getObject() instanceof Map<?, ?> map) ? map.get("__typename") : null;
			GraphQLObjectType type = (typename != null) ? env.getSchema().getObjectType(typename.toString()) : null;
			if (type == null) {
				throw new IllegalStateException("A projected value carries no known __typename: " + typename);
			}
			return type;
		};
		for (String type : this.model.abstractTypeNames()) {
			builder.type(TypeRuntimeWiring.newTypeWiring(type).typeResolver(byTypename));
		}
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {
			@Override
			public boolean providesDataFetcher(FieldWiringEnvironment env) {
				String parent = env.getParentType().getName();
				return !parent.equals("Query") && !parent.equals("Mutation") && !ProjectionWiring.this.model.isProjected(parent)
						&& ProjectionWiring.this.model.entityType(typeName(env.getFieldDefinition().getType())).isPresent();
			}

			@Override
			public DataFetcher<?> getDataFetcher(FieldWiringEnvironment env) {
				ProjectionWiring.this.entityFields
					.add(FieldCoordinates.coordinates(env.getParentType().getName(), env.getFieldDefinition().getName()));
				return new EntityRefFetcher();
			}
		});
	}

	/** Whether the field reads its nodes with an {@link EntityRefFetcher}. */
	boolean readsEntities(FieldCoordinates coordinates) {
		return this.entityFields.contains(coordinates);
	}

	/**
	 * Reads a projected value by the field's response key (falling back to its name, for value maps such as
	 * {@code Provenance}). Trivial: it does no I/O, so graphql-java's instrumentations need not wrap it.
	 */
	static final class ResponseKeyFetcher implements TrivialDataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) {
			if (!(env.getSource() instanceof Map<?, ?> map)) {
				return null;
			}
			String key = env.getField().getResultKey();
			return map.containsKey(key) ? map.get(key) : map.get(env.getField().getName());
		}

	}

	/**
	 * An entity-typed field of an analysis answer: the nodes it holds as they are when the answer's statement
	 * compiled them for this field's selection ({@link NodeSlots}), else its refs, read for this field's selection.
	 */
	final class EntityRefFetcher implements DataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) {
			return entityRefs(env);
		}

	}

	private Object entityRefs(DataFetchingEnvironment env) {
		Object value = (env.getSource() instanceof Map<?, ?> map) ? map.get(env.getField().getName()) : null;
		if (value == null || NodeSlots.isCompiled(value)
				|| (value instanceof List<?> items && !items.isEmpty() && NodeSlots.isCompiled(items.get(0)))) {
			return value;
		}
		String typeName = GraphQLTypeUtil.unwrapAll(env.getFieldType()).getName();
		ProjectionCompiler.Compilation c = this.compiler.start();
		String projection = this.compiler.projectNode(c, typeName, "n", env.getSelectionSet().getImmediateFields());
		Map<String, Object> parameters = c.parameters();
		DataLoader<EntityKey, Map<String, Object>> loader = env.getDataLoader(ENTITY_LOADER);
		if (value instanceof EntityRef ref) {
			return loader.load(new EntityKey(ref, typeName, projection, parameters));
		}
		if (value instanceof List<?> list) {
			List<CompletableFuture<Map<String, Object>>> items = new ArrayList<>();
			for (Object item : list) {
				items.add(loader.load(new EntityKey((EntityRef) item, typeName, projection, parameters)));
			}
			return CompletableFuture.allOf(items.toArray(CompletableFuture[]::new))
				.thenApply((done) -> items.stream().map(CompletableFuture::join).toList());
		}
		throw new IllegalStateException(env.getField().getName() + " holds " + value.getClass().getSimpleName()
				+ ", not an EntityRef");
	}

	/** One statement per distinct (entity, projection) among the keys of one dispatch. */
	private Map<EntityKey, Map<String, Object>> load(List<EntityKey> keys, RequestTransaction transaction) {
		Map<List<Object>, List<EntityKey>> groups = new LinkedHashMap<>();
		for (EntityKey key : keys) {
			groups.computeIfAbsent(List.of(key.ref().typeName(), key.projection(), key.parameters()),
					(k) -> new ArrayList<>())
				.add(key);
		}
		Map<EntityKey, Map<String, Object>> loaded = new HashMap<>();
		for (List<EntityKey> group : groups.values()) {
			EntityKey first = group.get(0);
			GraphModel.Entity entity = this.model.entityType(first.ref().typeName())
				.orElseThrow(() -> new IllegalStateException("Unknown entity type " + first.ref().typeName()));
			Map<String, Object> parameters = new HashMap<>(first.parameters());
			parameters.put("keys", group.stream().map((k) -> k.ref().key()).distinct().toList());
			String cypher = """
					UNWIND $keys AS key
					MATCH (n:%s {%s: key})
					RETURN key, %s AS row""".formatted(entity.label(), entity.keyProperty(), first.projection());
			Map<String, Map<String, Object>> byKey = new HashMap<>();
			this.reads.list(transaction, cypher, parameters,
					(r) -> Map.entry(r.get("key").asString(), ProjectedReads.asMap(r.get("row"))))
				.forEach((e) -> byKey.put(e.getKey(), e.getValue()));
			for (EntityKey key : group) {
				loaded.put(key, byKey.get(key.ref().key()));
			}
		}
		return loaded;
	}

	private static String typeName(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return typeName(nonNull.getType());
		}
		if (type instanceof ListType list) {
			return typeName(list.getType());
		}
		return ((TypeName) type).getName();
	}

	/** A ref together with the projection it is read with (refs read for different selections stay apart). */
	record EntityKey(EntityRef ref, String typeName, String projection, Map<String, Object> parameters) {
	}

}
