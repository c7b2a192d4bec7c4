package nl.botoc.graph.system.graphql;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the schema contract, on small schemas. */
class SchemaCompatibilityTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static final String BASE = """
			type Query {
			  municipalities: [Municipality!]!
			  municipality(id: ID!): Municipality
			  search(text: String!, first: Int): [Hit!]!
			}
			type Municipality { id: ID! name: String! programme: String }
			union Hit = Municipality
			enum Kind { RISK PROTECTIVE }
			input Where { kind: Kind text: String }
			""";

	private static java.util.List<String> changes(String after) {
		return SchemaCompatibility.breakingChanges(BASE, after, TODAY);
	}

	@Test
	void findsNothingBreakingInTheSameSchemaOrInAdditions() {
		assertThat(changes(BASE)).isEmpty();
		assertThat(changes(BASE.replace("municipalities: [Municipality!]!", "municipalities(first: Int = 100): [Municipality!]!")
			.replace("programme: String }", "programme: String summary: String }")
			.replace("enum Kind { RISK PROTECTIVE }", "enum Kind { RISK PROTECTIVE OTHER }")
			.replace("input Where { kind: Kind text: String }", "input Where { kind: Kind text: String limit: Int! = 5 }")
			+ "type Theme { id: ID! }\n")).isEmpty();
	}

	@Test
	void reportsANewRequiredArgumentOrInputField() {
		assertThat(changes(BASE.replace("municipalities:", "municipalities(first: Int!):")))
			.containsExactly("Query.municipalities has a new required argument first");
		assertThat(changes(BASE.replace("text: String }", "text: String limit: Int! }")))
			.containsExactly("Where has a new required input field limit");
	}

	@Test
	void reportsRemovedFieldsTypesValuesAndMembers() {
		assertThat(changes(BASE.replace(" programme: String", "")))
			.containsExactly("Municipality.programme was removed without being deprecated first");
		assertThat(changes(BASE.replace(" PROTECTIVE", ""))).containsExactly("Kind.PROTECTIVE was removed without being deprecated first");
		assertThat(changes(BASE.replace("union Hit = Municipality", "type Other { x: Int }\nunion Hit = Other")))
			.containsExactly("Hit no longer includes Municipality");
		assertThat(changes(BASE.replace("input Where { kind: Kind text: String }", ""))).containsExactly("type Where was removed");
		assertThat(changes(BASE.replace(", first: Int", ""))).containsExactly("Query.search(first) was removed without being deprecated first");
	}

	@Test
	void allowsARemovalOnlyAfterTheRemovalDateOfItsDeprecation() {
		String deprecated = BASE.replace("programme: String", "programme: String @deprecated(reason: \"Use summary. Removed after %s.\")");
		String removed = BASE.replace(" programme: String", "");
		assertThat(SchemaCompatibility.breakingChanges(deprecated.formatted("2026-11-30"), removed, TODAY)).isEmpty();
		assertThat(SchemaCompatibility.breakingChanges(deprecated.formatted("2027-03-01"), removed, TODAY))
			.containsExactly("Municipality.programme was removed before its stated removal date 2027-03-01");
		String undated = BASE.replace("programme: String", "programme: String @deprecated(reason: \"Use summary.\")");
		assertThat(SchemaCompatibility.breakingChanges(undated, removed, TODAY))
			.containsExactly("Municipality.programme was removed, but its deprecation names no removal date");
		assertThat(SchemaCompatibility.deprecationsWithoutRemovalDate(undated)).containsExactly("Municipality.programme: \"Use summary.\"");
		assertThat(SchemaCompatibility.deprecationsWithoutRemovalDate(deprecated.formatted("2027-03-01"))).isEmpty();
		// Deprecating alone keeps the field and breaks nothing.
		assertThat(changes(deprecated.formatted("2027-03-01"))).isEmpty();
	}

	@Test
	void allowsStricterOutputsAndMoreLenientInputsOnly() {
		assertThat(changes(BASE.replace("programme: String", "programme: String!"))).isEmpty();
		assertThat(changes(BASE.replace("name: String!", "name: String")))
			.containsExactly("Municipality.name changed type from String! to String");
		assertThat(changes(BASE.replace("municipality(id: ID!)", "municipality(id: ID)"))).isEmpty();
		assertThat(changes(BASE.replace("search(text: String!, first: Int)", "search(text: String!, first: Int!)")))
			.containsExactly("Query.search(first) changed type from Int to Int!");
		assertThat(changes(BASE.replace("municipalities: [Municipality!]!", "municipalities: Municipality")))
			.containsExactly("Query.municipalities changed type from [Municipality!]! to Municipality");
		String withDefault = BASE.replace("first: Int)", "first: Int = 10)");
		assertThat(changes(withDefault)).isEmpty();
		assertThat(SchemaCompatibility.breakingChanges(withDefault, BASE.replace("first: Int)", "first: Int = 20)"), TODAY))
			.containsExactly("Query.search(first) changed its default from IntValue{value=10} to IntValue{value=20}");
	}

}
