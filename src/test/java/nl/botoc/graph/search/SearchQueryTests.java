package nl.botoc.graph.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code search}: ranked full-text hits over every kind of node, Dutch and English. */
@GraphApiTest
class SearchQueryTests {

	static final String QUERY = """
			query($text: String!, $first: Int) {
			  search(text: $text, first: $first) {
			    score
			    node {
			      __typename
			      ... on Intervention { code }
			      ... on Municipality { id }
			      ... on Theme { id }
			      ... on RiskFactor { id }
			      ... on ProtectiveFactor { id }
			      ... on Mechanism { id }
			    }
			  }
			}
			""";

	@Autowired
	GraphQlHttp http;

	@Test
	void findsAnInterventionByAnInflectedDutchWord() {
		// The descriptions say "ouders"; the singular finds them through the Dutch stemmer.
		var reply = this.http.query(QUERY, Map.of("text", "ouder"));
		assertThat(reply.errors()).isEmpty();
		List<String> kinds = reply.read("$.data.search[*].node.__typename");
		List<String> codes = reply.read("$.data.search[?(@.node.__typename == 'Intervention')].node.code");
		assertThat(codes).contains("AMS10", "ARN3");
		assertThat(kinds).contains("Municipality", "ProtectiveFactor");
	}

	@Test
	void ranksTheBestMatchFirst() {
		var reply = this.http.query(QUERY, Map.of("text", "buurthelden"));
		assertThat((String) reply.read("$.data.search[0].node.__typename")).isEqualTo("Intervention");
		assertThat((String) reply.read("$.data.search[0].node.code")).isEqualTo("ARN1");
		List<Double> scores = reply.read("$.data.search[*].score");
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void findsEnglishWords() {
		var reply = this.http.query(QUERY, Map.of("text", "messenger"));
		List<String> types = reply.read("$.data.search[*].node.__typename");
		assertThat(types).contains("Mechanism");
	}

	@Test
	void limitsTheNumberOfHits() {
		var reply = this.http.query(QUERY, Map.of("text", "ouder", "first", 1));
		assertThat((List<Object>) reply.read("$.data.search")).hasSize(1);
	}

	@Test
	void searchesOperatorsAsPlainText() {
		var reply = this.http.query(QUERY, Map.of("text", "PIT* AND -(ouders) \"~"));
		assertThat(reply.errors()).isEmpty();
	}

}
