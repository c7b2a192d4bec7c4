package nl.botoc.graph.system.graphql;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client sees when its query is wrong, when the service fails, and when the database is down. */
@GraphApiTest
class ErrorHandlingTests {

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.statements.reset();
	}

	@AfterEach
	void heal() {
		this.statements.reset();
	}

	@Test
	void reportsAnUnknownEnumValueAsAValidationErrorNamingIt() {
		var reply = this.http.query("{ interventions(where: {approach: SIDEWAYS}) { totalCount } }");
		assertThat(reply.errors()).hasSize(1);
		assertThat((String) reply.read("$.errors[0].message")).contains("SIDEWAYS").contains("Approach");
		assertThat((String) reply.read("$.errors[0].extensions.classification")).isEqualTo("ValidationError");
		assertThat(reply.json().read("$", Map.class)).doesNotContainKey("data");
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void reportsAnArgumentOfTheWrongTypeAsAValidationError() {
		var reply = this.http.query("{ interventions(first: \"ten\") { totalCount } }");
		assertThat((String) reply.read("$.errors[0].message")).contains("first");
		assertThat((String) reply.read("$.errors[0].extensions.classification")).isEqualTo("ValidationError");
	}

	@Test
	void reportsAnUnknownFieldAsAValidationError() {
		var reply = this.http.query("{ intervention(code: \"AMS1\") { colour } }");
		assertThat((String) reply.read("$.errors[0].message")).contains("colour");
	}

	@Test
	void reportsAnInternalFailureWithACodeAndARequestIdButNoDetails() {
		this.statements.failStatements(() -> new IllegalStateException("MATCH (n:Secret) RETURN n failed"));
		var reply = this.http.query("{ municipalities { id } }");
		assertThat(reply.errors()).hasSize(1);
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("INTERNAL_ERROR");
		String requestId = reply.read("$.errors[0].extensions.requestId");
		assertThat(requestId).isNotBlank();
		assertThat((String) reply.read("$.errors[0].message")).contains(requestId);
		assertThat(reply.body()).doesNotContain("MATCH", "Secret", "IllegalStateException", "at nl.botoc");
	}

	@Test
	void reportsADatabaseOutageAsAnErrorNeverAsAnEmptyList() {
		this.statements.failSessions(() -> new ServiceUnavailableException("Unable to connect to localhost:7687"));
		var reply = this.http.query("{ municipalities { id } themes { id } }");
		assertThat(reply.errors()).hasSize(2);
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("DATABASE_UNAVAILABLE");
		assertThat((String) reply.read("$.errors[0].message")).contains("not available");
		assertThat(reply.json().read("$", Map.class)).containsEntry("data", null);
		assertThat(reply.body()).doesNotContain("7687");
	}

	@Test
	void reportsADatabaseOutageInANestedFieldAsAnError() {
		var healthy = this.http.query("{ municipality(id: \"mun:amsterdam\") { interventions { code } } }");
		assertThat(healthy.errors()).isEmpty();
		this.statements.failSessions(() -> new ServiceUnavailableException("gone"));
		var reply = this.http.query("{ intervention(code: \"AMS1\") { code } }");
		assertThat((String) reply.read("$.errors[0].extensions.code")).isEqualTo("DATABASE_UNAVAILABLE");
	}

}
