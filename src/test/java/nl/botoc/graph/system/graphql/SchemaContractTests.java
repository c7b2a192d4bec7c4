package nl.botoc.graph.system.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public schema as a contract for front-end builders: the schema the service prints ({@code /graphql/schema})
 * against the committed snapshot {@code docs/schema.graphqls}. A breaking change fails (keep the old field with
 * {@code @deprecated(reason: "… Removed after YYYY-MM-DD.")} instead); a compatible change fails until the snapshot
 * is refreshed ({@code ./mvnw test -Dtest=SchemaContractTests -Dbotoc.schema.update=true}) and the change is
 * written in {@code docs/SCHEMA-CHANGELOG.md}.
 */
@GraphApiTest
class SchemaContractTests {

	static final Path SNAPSHOT = Path.of("docs/schema.graphqls");

	static final Path CHANGELOG = Path.of("docs/SCHEMA-CHANGELOG.md");

	@Autowired
	GraphQlHttp http;

	String printedSchema() {
		var reply = this.http.send("GET", "/graphql/schema", null, null, "text/plain");
		assertThat(reply.status()).isEqualTo(200);
		return reply.body().strip() + "\n";
	}

	@Test
	void makesNoBreakingChangeToTheCommittedSchema() throws IOException {
		String printed = printedSchema();
		if (Boolean.getBoolean("botoc.schema.update")) {
			Files.writeString(SNAPSHOT, printed);
		}
		assertThat(SchemaCompatibility.breakingChanges(Files.readString(SNAPSHOT), printed, LocalDate.now()))
			.as("breaking changes against %s (keep the old field, deprecated with a removal date)", SNAPSHOT)
			.isEmpty();
	}

	@Test
	void keepsTheSnapshotUpToDate() throws IOException {
		assertThat(printedSchema()).as("""
				the schema changed compatibly: refresh %s with \
				./mvnw test -Dtest=SchemaContractTests -Dbotoc.schema.update=true and add the change to %s""", SNAPSHOT, CHANGELOG)
			.isEqualTo(Files.readString(SNAPSHOT));
	}

	@Test
	void namesARemovalDateForEveryDeprecationAndListsItInTheChangelog() throws IOException {
		String printed = printedSchema();
		assertThat(SchemaCompatibility.deprecationsWithoutRemovalDate(printed)).isEmpty();
		String changelog = Files.readString(CHANGELOG);
		var dates = SchemaCompatibility.REMOVAL_DATE.matcher(printed);
		while (dates.find()) {
			assertThat(changelog).as("the changelog names every removal date").contains(dates.group(1));
		}
	}

}
