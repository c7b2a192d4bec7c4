package nl.botoc.graph.seed;

import java.util.List;
import java.util.Map;

/** The rows of {@code seed/review/figures-checklist.csv}, for tests in other packages. */
public final class SeedChecklist {

	private SeedChecklist() {
	}

	/** Every row, as column name to value. */
	public static List<Map<String, String>> rows() {
		return SeedAgainstReportTests.rows("review/figures-checklist.csv");
	}

}
