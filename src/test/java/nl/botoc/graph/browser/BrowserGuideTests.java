package nl.botoc.graph.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide uses the question library as it is, and every question file can be run as it is. */
class BrowserGuideTests {

	private static final Pattern PARAM_BLOCK = Pattern.compile("```cypher\\n:param (\\{.*})\\n```");

	private final BrowserGuide guide = new BrowserGuide();

	@Test
	void theGuideAsksEveryQuestionTheIssueAsksFor() {
		assertThat(BrowserGuide.includedFiles(BrowserGuide.source())).contains(
				"cypher/questions/uncovered-factors.cypher", // protective, and grounded risk factors
				"cypher/questions/shared-mechanisms.cypher", "cypher/questions/coverage-themes.cypher",
				"cypher/questions/intervention-neighbourhood.cypher", "cypher/questions/evidence-chain.cypher",
				"cypher/questions/ungrounded-interventions.cypher", "cypher/questions/not-carried-out.cypher",
				"cypher/questions/similar-interventions.cypher", "cypher/questions/report-audit-claims.cypher");
	}

	@Test
	void eachSlidesParametersAreOnesItsQuestionFileDocuments() {
		int checked = 0;
		for (String slide : BrowserGuide.source().split("\\n---\\n")) {
			List<String> includes = BrowserGuide.includedFiles(slide);
			Matcher param = PARAM_BLOCK.matcher(slide);
			if (param.find()) {
				assertThat(includes).as(slide).hasSize(1);
				String file = includes.get(0).substring("cypher/questions/".length());
				assertThat(QuestionLibrary.paramLines(file)).as(file).contains(param.group(1));
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(9);
	}

	@Test
	void theHtmlHasOneSlidePerSectionAndEveryCypherBlockIsRunnable() {
		String html = this.guide.html();
		int slides = BrowserGuide.source().split("\\n---\\n").length;
		assertThat(count(html, "<slide ")).isEqualTo(slides).isGreaterThan(10);
		assertThat(count(html, "<pre class=\"runnable\">")).isEqualTo(count(BrowserGuide.source(), "```cypher"));
		assertThat(html).doesNotContain("include::").doesNotContain("<script");
		// The included file's text itself, not a copy: its first line of Cypher.
		assertThat(html).contains("MATCH p = (:Municipality)-[:RUNS]-&gt;(:Intervention)-[:TOUCHES {main: true}]-&gt;(:Theme)");
		assertThat(this.guide.markdown()).doesNotContain("include::").contains("WHERE i.grounded = false");
	}

	@Test
	void everyQuestionFileIsCommentedAndDocumentsEachOfItsParameters() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> all = Files.list(QuestionLibrary.DIRECTORY)) {
			all.filter((f) -> f.toString().endsWith(".cypher")).sorted().forEach(files::add);
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(12);
		Pattern parameter = Pattern.compile("\\$([A-Za-z]+)");
		for (Path file : files) {
			String text = Files.readString(file);
			assertThat(text).as(file + " opens with a comment saying what it asks").startsWith("// ");
			assertThat(text).as(file + " names its API counterpart").contains("API:");
			Set<String> used = new TreeSet<>();
			Matcher matcher = parameter.matcher(text.replaceAll("(?m)^//.*$", ""));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
			List<String> params = QuestionLibrary.paramLines(file.getFileName().toString());
			if (used.isEmpty()) {
				assertThat(text).as(file.toString()).contains("Parameters: none.");
			}
			else {
				assertThat(params).as(file + " has a :param line").isNotEmpty();
				for (String name : used) {
					assertThat(params.get(0)).as(file + " documents $" + name).containsPattern("[{ ]" + name + ":");
				}
			}
		}
	}

	@Test
	void theStyleIsWhatTheBrowsersGrassParserReads() {
		String style = BrowserGuide.read("neo4j-browser/botoc.grass").orElseThrow();
		assertThat(style).doesNotContain("/*").doesNotContain("'");
		for (String line : style.lines().map(String::strip).filter((l) -> l.endsWith(";")).toList()) {
			// The Browser splits each declaration on ':' and keeps only pairs.
			assertThat(line.split(":")).as(line).hasSize(2);
		}
		assertThat(style).contains("node.Intervention {", "caption: \"{code} {name}\"", "node.RiskFactor {",
				"node.ProtectiveFactor {", "caption: \"{nameNl}\"", "caption: \"{shortLabelNl}\"", "caption: \"{nameEn}\"",
				"relationship.USES {", "caption: \"{localName} · {basis}\"", "caption: \"targets · {basis}\"");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
