package nl.botoc.graph.system.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.SeedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimates of the analysis questions follow what a query asks for: the rows of a coverage matrix, the `first`
 * of an uncovered factor's excluded links. On the real seed, with the shipped limits.
 */
@SeedGraphTest
class AnalysisCostTests {

	@Autowired
	GraphQlHttp http;

	private long estimate(String query) {
		var reply = this.http.query(query);
		assertThat(reply.errors()).as(query).isEmpty();
		return ((Number) reply.read("$.extensions.cost.estimated")).longValue();
	}

	@Test
	void aThemeMatrixIsEstimatedForItsTwelveRowsNotForTheSeventyTwoFactorRows() {
		String cells = "{ grandTotal cells { row column count entries { intervention { code } main } } }";
		long themes = estimate("{ coverage(rows: THEME) " + cells + " }");
		long factors = estimate("{ coverage(rows: FACTOR) " + cells + " }");
		assertThat(themes).as("theme rows").isLessThan(factors);
		// 12 themes of 72+12 possible rows: the cells part of the estimate shrinks by about that factor
		assertThat(themes * 3).isLessThan(factors);
	}

	@Test
	void excludedLinksTakeFirstAndTheCountSaysHowManyThereAre() {
		String query = "{ uncoveredFactors(municipality: \"mun:zaanstad\") { factor { id } excludedLinkCount "
				+ "excludedLinks(first: 1) { intervention { code } } } }";
		var reply = this.http.query(query);
		assertThat(reply.errors()).isEmpty();
		List<Integer> counts = reply.read("$.data.uncoveredFactors[*].excludedLinkCount");
		List<List<Object>> links = reply.read("$.data.uncoveredFactors[*].excludedLinks");
		assertThat(counts).as("other municipalities' links leave many factors uncovered in Zaanstad").isNotEmpty();
		assertThat(counts).anyMatch((c) -> c > 1);
		for (int i = 0; i < counts.size(); i++) {
			assertThat(links.get(i)).hasSize(Math.min(1, counts.get(i)));
		}
		long one = estimate(query);
		long all = estimate(query.replace("excludedLinks(first: 1)", "excludedLinks(first: 1000)"));
		assertThat(one).isLessThan(all);
		var refused = this.http.query(query.replace("first: 1)", "first: 100000)"));
		assertThat((String) refused.read("$.errors[0].extensions.code")).isEqualTo("LIST_SIZE_OUT_OF_RANGE");
	}

}
