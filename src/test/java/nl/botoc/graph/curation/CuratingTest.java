package nl.botoc.graph.curation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import nl.botoc.graph.support.GraphContentHash;

/**
 * What a curation test class on the real seed (in a context of its own) starts from: a curator client, and the seed
 * as the class finds it before its first mutation (the content hash without the history nodes, the audit summary),
 * to compare the past rebuilt from the history with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CuratingTest {

	private static final List<String> HISTORY = List.of("Change", "CurationCounter");

	@Autowired
	Driver driver;

	@Value("${local.server.port}")
	int port;

	CuratorClient curator;

	/** The seed: its content hash without the history and its audit summary. */
	record Seed(String hash, Map<String, Object> auditSummary) {
	}

	Seed seed;

	@BeforeAll
	void captureTheSeed() {
		this.curator = new CuratorClient(this.port);
		this.seed = new Seed(withoutHistory(), this.curator
			.send("{ reportAudit { summary { total agrees agreesOnInferred disagreesExplained disagreesUnexplained } } }")
			.read("$.data.reportAudit.summary"));
	}

	String withoutHistory() {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> GraphContentHash.of(tx, HISTORY));
		}
	}

	/** The content hash with every change undone, in a transaction that is rolled back. */
	String withEveryChangeUndone() {
		try (var session = this.driver.session(); var tx = session.beginTransaction()) {
			CurationHistory.undoAll(tx);
			String hash = GraphContentHash.of(tx, HISTORY);
			tx.rollback();
			return hash;
		}
	}

}
