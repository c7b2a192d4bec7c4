package nl.botoc.graph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * Runs the files of {@code cypher/questions/} the way a researcher does in the Browser: first the {@code :param} line
 * of its header (the default, or a named example), then the file as it is, in a read transaction.
 */
final class QuestionLibrary {

	static final Path DIRECTORY = Path.of("cypher/questions");

	private static final Pattern PARAM = Pattern.compile(":param (\\{.*})\\s*$", Pattern.MULTILINE);

	private final Driver driver;

	QuestionLibrary(Driver driver) {
		this.driver = driver;
	}

	static String text(String file) {
		try {
			return Files.readString(DIRECTORY.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every {@code :param {…}} map literal in the file's header comments, in order (the first is the default). */
	static List<String> paramLines(String file) {
		Matcher matcher = PARAM.matcher(text(file));
		List<String> literals = new java.util.ArrayList<>();
		while (matcher.find()) {
			literals.add(matcher.group(1));
		}
		return literals;
	}

	/** Runs a file with the parameters of one of its header's {@code :param} lines. */
	List<Record> run(String file, int paramLine) {
		String literal = paramLines(file).get(paramLine);
		return run(file, parameters(literal));
	}

	/** Runs a file with the given parameters. */
	List<Record> run(String file, Map<String, Object> parameters) {
		return this.driver.executableQuery(text(file))
			.withParameters(parameters)
			.withConfig(org.neo4j.driver.QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records();
	}

	/** A {@code :param} map literal as Neo4j reads it (the Browser evaluates it the same way). */
	Map<String, Object> parameters(String literal) {
		// The literal comes from a file of this repository, not from a user.
		Map<String, Object> parsed = this.driver.executableQuery("RETURN " + literal + " AS p")
			.execute()
			.records()
			.get(0)
			.get("p")
			.asMap();
		return new LinkedHashMap<>(parsed);
	}

}
