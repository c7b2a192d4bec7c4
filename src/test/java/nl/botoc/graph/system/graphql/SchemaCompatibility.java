package nl.botoc.graph.system.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.schema.idl.ScalarInfo;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The schema contract: lists the changes from an old printed schema to a new one that can break a client that
 * works with the old one. Additions are never breaking (a new type, field, enum value or union member; a new
 * argument or input field that is nullable or has a default; a default written down where there was none). Removing something is breaking unless the old schema
 * deprecated it with a reason naming a removal date ({@code "… Removed after 2027-06-30."}) that has passed; so a
 * field is kept, deprecated, for the period its reason states. Changing a type is breaking unless it only makes an
 * output stricter ({@code String} to {@code String!}) or an input more lenient; changing a default is breaking.
 */
final class SchemaCompatibility {

	static final Pattern REMOVAL_DATE = Pattern.compile("(?i)removed? (?:after|on or after) (\\d{4}-\\d{2}-\\d{2})");

	private final LocalDate today;

	private final List<String> breaking = new ArrayList<>();

	private SchemaCompatibility(LocalDate today) {
		this.today = today;
	}

	/** The breaking changes from {@code oldSdl} to {@code newSdl}, one line each; empty when there are none. */
	static List<String> breakingChanges(String oldSdl, String newSdl, LocalDate today) {
		SchemaCompatibility check = new SchemaCompatibility(today);
		check.compare(schema(oldSdl), schema(newSdl));
		return List.copyOf(check.breaking);
	}

	static GraphQLSchema schema(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

	/** Deprecation reasons that name no removal date: the contract needs one on every deprecation. */
	static List<String> deprecationsWithoutRemovalDate(String sdl) {
		List<String> missing = new ArrayList<>();
		for (GraphQLNamedType type : userTypes(schema(sdl))) {
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					checkReason(missing, type.getName() + "." + field.getName(), field.getDeprecationReason());
					for (GraphQLArgument argument : field.getArguments()) {
						checkReason(missing, type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
								argument.getDeprecationReason());
					}
				}
			}
			else if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues().forEach((value) -> checkReason(missing, type.getName() + "." + value.getName(), value.getDeprecationReason()));
			}
			else if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions().forEach((field) -> checkReason(missing, type.getName() + "." + field.getName(), field.getDeprecationReason()));
			}
		}
		return missing;
	}

	private static void checkReason(List<String> missing, String where, String reason) {
		if (reason != null && !REMOVAL_DATE.matcher(reason).find()) {
			missing.add(where + ": \"" + reason + "\"");
		}
	}

	private static List<GraphQLNamedType> userTypes(GraphQLSchema schema) {
		return schema.getAllTypesAsList()
			.stream()
			.filter((type) -> !type.getName().startsWith("__") && !ScalarInfo.isGraphqlSpecifiedScalar(type.getName()))
			.toList();
	}

	private void compare(GraphQLSchema before, GraphQLSchema after) {
		Map<String, GraphQLNamedType> now = userTypes(after).stream()
			.collect(Collectors.toMap(GraphQLNamedType::getName, Function.identity()));
		for (GraphQLNamedType old : userTypes(before)) {
			GraphQLNamedType current = now.get(old.getName());
			if (current == null) {
				this.breaking.add("type " + old.getName() + " was removed");
			}
			else if (!current.getClass().equals(old.getClass())) {
				this.breaking.add("type " + old.getName() + " changed kind");
			}
			else if (old instanceof GraphQLFieldsContainer fields) {
				compareFields(fields, (GraphQLFieldsContainer) current);
				if (old instanceof GraphQLImplementingType implementing) {
					for (var iface : implementing.getInterfaces()) {
						if (((GraphQLImplementingType) current).getInterfaces().stream().noneMatch((i) -> i.getName().equals(iface.getName()))) {
							this.breaking.add(old.getName() + " no longer implements " + iface.getName());
						}
					}
				}
			}
			else if (old instanceof GraphQLInputObjectType input) {
				compareInputFields(input, (GraphQLInputObjectType) current);
			}
			else if (old instanceof GraphQLEnumType enumType) {
				for (GraphQLEnumValueDefinition value : enumType.getValues()) {
					if (((GraphQLEnumType) current).getValue(value.getName()) == null) {
						removed(old.getName() + "." + value.getName(), value.getDeprecationReason());
					}
				}
			}
			else if (old instanceof GraphQLUnionType union) {
				for (var member : union.getTypes()) {
					if (((GraphQLUnionType) current).getTypes().stream().noneMatch((t) -> t.getName().equals(member.getName()))) {
						this.breaking.add(old.getName() + " no longer includes " + member.getName());
					}
				}
			}
		}
	}

	private void compareFields(GraphQLFieldsContainer before, GraphQLFieldsContainer after) {
		for (GraphQLFieldDefinition old : before.getFieldDefinitions()) {
			String where = before.getName() + "." + old.getName();
			GraphQLFieldDefinition current = after.getFieldDefinition(old.getName());
			if (current == null) {
				removed(where, old.getDeprecationReason());
				continue;
			}
			if (!outputCompatible(old.getType(), current.getType())) {
				this.breaking.add(where + " changed type from " + print(old.getType()) + " to " + print(current.getType()));
			}
			for (GraphQLArgument argument : old.getArguments()) {
				GraphQLArgument now = current.getArgument(argument.getName());
				String at = where + "(" + argument.getName() + ")";
				if (now == null) {
					removed(at, argument.getDeprecationReason());
				}
				else {
					if (!inputCompatible(argument.getType(), now.getType())) {
						this.breaking.add(at + " changed type from " + print(argument.getType()) + " to " + print(now.getType()));
					}
					// Writing down a default where there was none documents behaviour; changing one changes it.
					if (defaultOf(argument) != null && !Objects.equals(defaultOf(argument), defaultOf(now))) {
						this.breaking.add(at + " changed its default from " + defaultOf(argument) + " to " + defaultOf(now));
					}
				}
			}
			for (GraphQLArgument argument : current.getArguments()) {
				if (old.getArgument(argument.getName()) == null && GraphQLTypeUtil.isNonNull(argument.getType())
						&& !argument.hasSetDefaultValue()) {
					this.breaking.add(where + " has a new required argument " + argument.getName());
				}
			}
		}
	}

	private void compareInputFields(GraphQLInputObjectType before, GraphQLInputObjectType after) {
		for (GraphQLInputObjectField old : before.getFieldDefinitions()) {
			String where = before.getName() + "." + old.getName();
			GraphQLInputObjectField current = after.getFieldDefinition(old.getName());
			if (current == null) {
				removed(where, old.getDeprecationReason());
			}
			else if (!inputCompatible(old.getType(), current.getType())) {
				this.breaking.add(where + " changed type from " + print(old.getType()) + " to " + print(current.getType()));
			}
		}
		for (GraphQLInputObjectField field : after.getFieldDefinitions()) {
			if (before.getFieldDefinition(field.getName()) == null && GraphQLTypeUtil.isNonNull(field.getType())
					&& !field.hasSetDefaultValue()) {
				this.breaking.add(after.getName() + " has a new required input field " + field.getName());
			}
		}
	}

	/** Removal is allowed once the removal date of the old deprecation has passed. */
	private void removed(String where, String deprecationReason) {
		if (deprecationReason == null) {
			this.breaking.add(where + " was removed without being deprecated first");
			return;
		}
		Matcher date = REMOVAL_DATE.matcher(deprecationReason);
		if (!date.find()) {
			this.breaking.add(where + " was removed, but its deprecation names no removal date");
		}
		else if (!this.today.isAfter(LocalDate.parse(date.group(1)))) {
			this.breaking.add(where + " was removed before its stated removal date " + date.group(1));
		}
	}

	/** A client reading the old type can read the new one: only non-null may be added. */
	static boolean outputCompatible(GraphQLType old, GraphQLType now) {
		if (now instanceof GraphQLNonNull nonNull) {
			return outputCompatible(old instanceof GraphQLNonNull o ? o.getWrappedType() : old, nonNull.getWrappedType());
		}
		if (old instanceof GraphQLNonNull) {
			return false;
		}
		if (old instanceof GraphQLList oldList && now instanceof GraphQLList newList) {
			return outputCompatible(oldList.getWrappedType(), newList.getWrappedType());
		}
		return !(old instanceof GraphQLList) && !(now instanceof GraphQLList) && name(old).equals(name(now));
	}

	/** A client sending the old type is accepted by the new one: only non-null may be dropped. */
	static boolean inputCompatible(GraphQLType old, GraphQLType now) {
		if (old instanceof GraphQLNonNull nonNull) {
			return inputCompatible(nonNull.getWrappedType(), now instanceof GraphQLNonNull n ? n.getWrappedType() : now);
		}
		if (now instanceof GraphQLNonNull) {
			return false;
		}
		if (old instanceof GraphQLList oldList && now instanceof GraphQLList newList) {
			return inputCompatible(oldList.getWrappedType(), newList.getWrappedType());
		}
		return !(old instanceof GraphQLList) && !(now instanceof GraphQLList) && name(old).equals(name(now));
	}

	private static String name(GraphQLType type) {
		return ((GraphQLNamedType) type).getName();
	}

	private static String print(GraphQLType type) {
		return GraphQLTypeUtil.simplePrint(type);
	}

	private static String defaultOf(GraphQLArgument argument) {
		return argument.hasSetDefaultValue() ? String.valueOf(argument.getArgumentDefaultValue().getValue()) : null;
	}

}
