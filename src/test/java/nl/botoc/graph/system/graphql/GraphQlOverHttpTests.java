package nl.botoc.graph.system.graphql;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.GraphQlHttp;
import nl.botoc.graph.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/** The /graphql endpoint speaks GraphQL over HTTP: media types, status codes and methods. */
@GraphApiTest
class GraphQlOverHttpTests {

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphQlHttp http;

	@BeforeEach
	void setUp() {
		this.statements.reset();
	}

	@Test
	void answersWithTheGraphQlResponseMediaTypeWhenTheClientAcceptsIt() {
		var reply = this.http.send("POST", "/graphql", "{\"query\":\"{ themes { id } }\"}", "application/json",
				"application/graphql-response+json");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("application/graphql-response+json");
	}

	@Test
	void answersWithJsonWhenTheClientAcceptsOnlyJson() {
		var reply = this.http.send("POST", "/graphql", "{\"query\":\"{ themes { id } }\"}", "application/json",
				"application/json");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("application/json");
	}

	@Test
	void rejectsMalformedJsonWith400() {
		var reply = this.http.send("POST", "/graphql", "{\"query\": ", "application/json",
				"application/graphql-response+json");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void rejectsABodyWithoutAQueryWith400() {
		var reply = this.http.send("POST", "/graphql", "{\"variables\": {}}", "application/json",
				"application/graphql-response+json");
		assertThat(reply.status()).isEqualTo(400);
	}

	@Test
	void rejectsAnUnparseableQueryWith400UnderTheGraphQlResponseMediaType() {
		var reply = this.http.send("POST", "/graphql", "{\"query\":\"{ themes { id \"}", "application/json",
				"application/graphql-response+json");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errors()).isNotEmpty();
	}

	@Test
	void rejectsOtherMethodsWith405() {
		var put = this.http.send("PUT", "/graphql", "{\"query\":\"{ themes { id } }\"}", "application/json",
				"application/json");
		assertThat(put.status()).isEqualTo(405);
		var delete = this.http.send("DELETE", "/graphql", null, null, "application/json");
		assertThat(delete.status()).isEqualTo(405);
		var get = this.http.send("GET", "/graphql?query=%7B%20themes%20%7B%20id%20%7D%20%7D", null, null,
				"application/json");
		assertThat(get.status()).isEqualTo(405);
		assertThat(get.headers().get("allow")).containsExactly("POST");
	}

	@Test
	void sendsNoCorsHeadersWhenNoOriginIsAllowed() {
		var reply = this.http.send(HttpRequest.newBuilder(this.http.uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", "POST")
			.build());
		assertThat(reply.headers()).doesNotContainKey("access-control-allow-origin");
	}

}
