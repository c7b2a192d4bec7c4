package nl.botoc.graph.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit implements exactly the metric vocabulary of seed/FORMAT.md, one Cypher file per metric. */
class MetricVocabularyTests {

	@Test
	void everyMetricOfFormatMdHasItsCypherFile() throws IOException {
		var row = Pattern.compile("^\\| `([a-zA-Z.]+)` \\|", Pattern.MULTILINE);
		var documented = row.matcher(Files.readString(Path.of("seed/FORMAT.md")))
			.results()
			.map(m -> m.group(1))
			.collect(Collectors.toSet());
		assertThat(documented).isEqualTo(ReportAudit.METRICS);
		assertThat(documented).allSatisfy(
				metric -> assertThat(Path.of("cypher/questions/audit/" + metric + ".cypher")).isRegularFile());
	}

}
