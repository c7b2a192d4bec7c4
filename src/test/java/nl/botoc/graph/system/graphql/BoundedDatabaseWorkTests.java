package nl.botoc.graph.system.graphql;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphFixture;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's database work does not grow with the size of the result: a deep query is one statement, on the fixture
 * and on a graph ten times larger.
 */
@GraphApiTest
class BoundedDatabaseWorkTests {

	private static final Logger log = LoggerFactory.getLogger(BoundedDatabaseWorkTests.class);

	/**
	 * municipalities → interventions → municipality, themes (→ interventions), factors (→ sources, themes),
	 * mechanisms (→ local names).
	 */
	static final String DEEP_QUERY = """
			{ municipalities { id
			    interventions { code
			      municipality { id }
			      themes { main theme { id interventions(first: 5) { intervention { code } } } }
			      factors { factor { id identifiedIn { id } themes(first: 5) { theme { id } } } }
			      mechanisms { localName mechanism { id localNames } } } } }
			""";

	/** One statement per root field: everything nested under it is compiled into that statement. */
	static final int STATEMENTS_PER_DEEP_QUERY = 1;

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphFixture fixture;

	@Autowired
	GraphQlHttp http;

	@AfterEach
	void removeClones() {
		this.fixture.removeClones();
	}

	@Test
	void sendsTheSameNumberOfStatementsForAGraphTenTimesLarger() {
		this.statements.reset();
		var small = this.http.query(DEEP_QUERY);
		int smallCount = this.statements.count();
		this.statements.statements().forEach((statement) -> log.info("Statement: {}", statement));
		assertThat(small.errors()).isEmpty();
		List<String> smallCodes = small.read("$.data.municipalities[*].interventions[*].code");

		this.fixture.cloneTimes(9);
		this.statements.reset();
		var large = this.http.query(DEEP_QUERY);
		int largeCount = this.statements.count();
		assertThat(large.errors()).isEmpty();
		List<String> largeCodes = large.read("$.data.municipalities[*].interventions[*].code");
		List<String> largeFactorLinks = large.read("$.data.municipalities[*].interventions[*].factors[*].factor.id");

		log.info("Deep query: {} statements for {} interventions, {} statements for {} interventions ({} factor links)",
				smallCount, smallCodes.size(), largeCount, largeCodes.size(), largeFactorLinks.size());
		assertThat(largeCodes).hasSize(smallCodes.size() * 10);
		assertThat(smallCount).isEqualTo(STATEMENTS_PER_DEEP_QUERY);
		assertThat(largeCount).isEqualTo(smallCount);
	}

	@Test
	void pagesThroughAConnectionWithOneStatementPerPage() {
		this.statements.reset();
		var page = this.http.query("{ interventions(first: 3) { totalCount nodes { code municipality { id } } } }");
		assertThat(page.errors()).isEmpty();
		assertThat(this.statements.count()).isEqualTo(1);
	}

}
