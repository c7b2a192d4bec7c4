package nl.botoc.graph.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.SpringApplication;

import nl.botoc.graph.BotocGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded Neo4j stays on loopback unless it is protected: beyond loopback the service refuses to start without
 * authentication and a password that is not a default; with authentication on, clients need the password.
 */
class EmbeddedNeo4jExposureTests {

	@TempDir
	Path dataDir;

	private EmbeddedNeo4jProperties properties(String address, boolean auth, String password) {
		return new EmbeddedNeo4jProperties(true, this.dataDir, 0, 0, address, "16m", auth, password);
	}

	@Test
	void acceptsLoopbackWithoutAuthentication() {
		assertThatNoException().isThrownBy(() -> EmbeddedNeo4jExposure.check(properties("127.0.0.1", false, "")));
		assertThatNoException().isThrownBy(() -> EmbeddedNeo4jExposure.check(properties("localhost", false, "")));
		assertThatNoException().isThrownBy(() -> EmbeddedNeo4jExposure.check(properties("::1", false, "")));
	}

	@Test
	void refusesAnyOtherAddressWithoutAuthenticationOrWithADefaultPassword() {
		for (var refused : new EmbeddedNeo4jProperties[] { properties("0.0.0.0", false, ""),
				properties("0.0.0.0", true, ""), properties("0.0.0.0", true, "neo4j"),
				properties("0.0.0.0", true, "password"), properties("::", true, "short"),
				properties("192.0.2.10", false, "a-long-secret-42") }) {
			assertThatThrownBy(() -> EmbeddedNeo4jExposure.check(refused)).as(refused.toString())
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Refusing to start")
				.hasMessageContaining("botoc.embedded.auth-enabled=true");
		}
		assertThatNoException()
			.isThrownBy(() -> EmbeddedNeo4jExposure.check(properties("0.0.0.0", true, "a-long-secret-42")));
	}

	@Test
	void theServiceDoesNotStartOnAllInterfacesWithoutAuthentication() {
		var application = new SpringApplication(BotocGraphApplication.class);
		assertThatThrownBy(() -> application.run("--botoc.embedded.listen-address=0.0.0.0",
				"--botoc.embedded.data-dir=" + this.dataDir, "--server.port=0", "--botoc.embedded.bolt-port=0",
				"--botoc.embedded.http-port=0"))
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("Refusing to start").contains("0.0.0.0"));
	}

	@Test
	void withAuthenticationOnClientsNeedThePassword() {
		var props = properties("127.0.0.1", true, "a-long-secret-42");
		var dbms = EmbeddedNeo4jConfiguration.builder(props).build();
		try {
			EmbeddedNeo4jExposure.setPassword(dbms, props.password());
			var ports = EmbeddedNeo4jConfiguration.portsOf(dbms);
			try (var anonymous = GraphDatabase.driver(ports.boltUri(), AuthTokens.none())) {
				assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (var wrong = GraphDatabase.driver(ports.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
				assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (var driver = GraphDatabase.driver(ports.boltUri(), AuthTokens.basic("neo4j", "a-long-secret-42"))) {
				assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
					.isEqualTo(1);
			}
		}
		finally {
			dbms.shutdown();
		}
	}

	private static String rootMessage(Throwable ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append('\n');
		}
		return all.toString();
	}

}
