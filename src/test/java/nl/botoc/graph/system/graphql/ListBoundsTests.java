package nl.botoc.graph.system.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of the schema has a bound the cost can multiply by: a {@code first} argument, or an entry in the
 * {@link ListBounds} table (read from the graph). A list field added later without either fails here, as does an
 * entry for a field that no longer exists.
 */
class ListBoundsTests {

	@Test
	void everyListFieldOfTheSchemaHasFirstOrAGraphBound() throws IOException {
		GraphQLSchema schema = schema();
		List<String> unbounded = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (!(type instanceof GraphQLFieldsContainer container) || type.getName().startsWith("__")
					|| type.getName().endsWith("Connection")) {
				continue;
			}
			for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
				boolean listOfObjects = GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList
						&& GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer;
				boolean unionList = GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList
						&& GraphQLTypeUtil.unwrapAll(field.getType()) instanceof graphql.schema.GraphQLUnionType;
				if ((listOfObjects || unionList) && field.getArgument("first") == null && !inTable(type, field.getName())) {
					unbounded.add(type.getName() + "." + field.getName());
				}
			}
		}
		assertThat(unbounded).as("list fields with neither `first` nor a ListBounds entry").isEmpty();
	}

	@Test
	void everyTableEntryNamesAFieldOfTheSchema() throws IOException {
		GraphQLSchema schema = schema();
		for (String key : ListBounds.TABLE.keySet()) {
			String[] parts = key.split("#")[0].split("\\.");
			var type = schema.getType(parts[0]);
			assertThat(type).as(key).isInstanceOf(GraphQLFieldsContainer.class);
			assertThat(((GraphQLFieldsContainer) type).getFieldDefinition(parts[1])).as(key).isNotNull();
		}
	}

	private static boolean inTable(GraphQLNamedType type, String field) {
		if (ListBounds.TABLE.containsKey(type.getName() + "." + field)) {
			return true;
		}
		return type instanceof GraphQLObjectType object && object.getInterfaces()
			.stream()
			.anyMatch((i) -> ListBounds.TABLE.containsKey(i.getName() + "." + field));
	}

	static GraphQLSchema schema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
			registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
		}
		return new SchemaGenerator().makeExecutableSchema(registry, RuntimeWiring.MOCKED_WIRING);
	}

}
