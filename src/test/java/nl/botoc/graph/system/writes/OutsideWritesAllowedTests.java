package nl.botoc.graph.system.writes;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code botoc.embedded.allow-outside-writes=true} the embedded database is a scratch graph anyone may change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "botoc.embedded.allow-outside-writes=true", "botoc.seed.on-startup=false" })
class OutsideWritesAllowedTests {

	@Autowired
	Neo4jConnectionDetails connection;

	@Autowired
	OutsideWriteGuard guard;

	@Test
	void anotherClientMayWriteWhenTheSettingAllowsIt() {
		assertThat(this.guard.allowsOutsideWrites()).isTrue();
		try (var outside = GraphDatabase.driver(this.connection.getUri(), AuthTokens.none())) {
			outside.executableQuery("CREATE (:Probe {by: 'scratch'})").execute();
			long probes = outside.executableQuery("MATCH (p:Probe {by: 'scratch'}) RETURN count(p) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(probes).isEqualTo(1);
		}
	}

}
