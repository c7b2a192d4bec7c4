package nl.botoc.graph.system.projection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the Cypher of the example queries in {@code src/test/resources/cypher-pins/}: each {@code .graphql} is one
 * statement, the one in the {@code .cypher} file beside it (compared with whitespace collapsed). A change to the
 * compiler or a TypeMapping shows up here as a reviewable diff; {@code -Dbotoc.pins.update=true} rewrites the files.
 */
@GraphApiTest
class CypherPinTests {

	private static final Path PINS = Path.of("src/test/resources/cypher-pins");

	@Autowired
	GraphQlHttp http;

	static Stream<String> examples() throws IOException {
		try (Stream<Path> files = Files.list(PINS)) {
			return files.map((f) -> f.getFileName().toString())
				.filter((name) -> name.endsWith(".graphql"))
				.map((name) -> name.substring(0, name.length() - ".graphql".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void eachExampleQueryIsOneStatementWithThePinnedCypher(String example) throws IOException {
		String query = Files.readString(PINS.resolve(example + ".graphql"), StandardCharsets.UTF_8);
		var reply = askWithCypher(query);
		assertThat(reply.errors()).isEmpty();
		List<String> statements = reply.read("$.extensions.cypher.statements");
		assertThat(statements).as("statements of %s", example).hasSize(1);
		Path pin = PINS.resolve(example + ".cypher");
		if (Boolean.getBoolean("botoc.pins.update") || !Files.exists(pin)) {
			Files.writeString(pin, statements.get(0) + "\n", StandardCharsets.UTF_8);
		}
		assertThat(collapse(statements.get(0))).as("Cypher of %s (rewrite with -Dbotoc.pins.update=true)", example)
			.isEqualTo(collapse(Files.readString(pin, StandardCharsets.UTF_8)));
	}

	@Test
	void theCypherOfARequestIsOnlyReturnedWhenTheRequestAsksForIt() {
		var reply = this.http.query("{ intervention(code: \"AMS1\") { code } }");
		assertThat(reply.errors()).isEmpty();
		assertThat(reply.body()).doesNotContain("\"cypher\"").doesNotContain("MATCH");
	}

	@Test
	void aRequestWithSeveralRootFieldsReadsOneTransactionWithOneStatementPerRootField() {
		var reply = askWithCypher("{ a: intervention(code: \"AMS1\") { code } b: intervention(code: \"ARN3\") { code } themes { id } }");
		assertThat(reply.errors()).isEmpty();
		assertThat((Integer) reply.read("$.extensions.cypher.count")).isEqualTo(3);
		assertThat((String) reply.read("$.data.b.code")).isEqualTo("ARN3");
	}

	private GraphQlHttp.Reply askWithCypher(String query) {
		return this.http.query(query, Map.of(), Map.of("botoc", Map.of("cypher", true)));
	}

	private static String collapse(String cypher) {
		return String.join(" ", new ArrayList<>(List.of(cypher.strip().split("\\s+"))));
	}

}
