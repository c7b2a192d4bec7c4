package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.system.writes.ServiceWrites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read-your-writes in a cluster (issue 8, docs/SCALING.md): every session the service opens shares the driver's
 * bookmark manager, so a write leaves its bookmark there and every later transaction starts from it. Without a
 * cluster the second half is shown with a bookmark the database cannot parse: a read that carries the manager's
 * bookmarks fails on it, one that ignored them would not.
 */
@GraphApiTest
class ReadYourWritesTests {

	@Autowired
	Driver driver;

	@Autowired
	ServiceWrites writes;

	@Autowired
	GraphReads reads;

	@Test
	void aWriteOfTheServiceLeavesItsBookmarkInTheSharedManager() {
		BookmarkManager manager = this.driver.executableQueryBookmarkManager();
		Set<Bookmark> before = manager.getBookmarks();

		this.writes.writeWithoutResult("test: bookmark probe",
				(tx) -> tx.run("CREATE (p:BookmarkProbe) WITH p DELETE p").consume());

		assertThat(manager.getBookmarks()).isNotEmpty().isNotEqualTo(before);
	}

	@Test
	void theReadsOfARequestOverTheDriverAndTheReadsOutsideARequestStartFromTheSharedBookmarks() {
		BookmarkManager manager = this.driver.executableQueryBookmarkManager();
		Set<Bookmark> kept = manager.getBookmarks();
		Set<Bookmark> unparseable = Set.of(Bookmark.from("not-a-bookmark"));
		manager.updateBookmarks(kept, unparseable);
		try {
			assertThatThrownBy(() -> {
				var connection = new DriverReadTransport(this.driver).open(Duration.ofSeconds(5), Map.of());
				try {
					connection.run("RETURN 1 AS one", Map.of(), (r) -> r.get("one").asInt());
				}
				finally {
					connection.close();
				}
			}).isInstanceOfSatisfying(Neo4jException.class, ReadYourWritesTests::isAboutTheBookmark);
			assertThatThrownBy(() -> this.reads.list("RETURN 1 AS one", Map.of(), (r) -> r.get("one").asInt()))
				.isInstanceOfSatisfying(Neo4jException.class, ReadYourWritesTests::isAboutTheBookmark);
		}
		finally {
			manager.updateBookmarks(unparseable, kept);
		}
		assertThat(this.reads.list("RETURN 1 AS one", Map.of(), (r) -> r.get("one").asInt())).containsExactly(1);
	}

	/** By its status code (Neo.ClientError.Transaction.InvalidBookmark …), not by the wording of the message. */
	private static void isAboutTheBookmark(Neo4jException ex) {
		assertThat(ex.code()).as("status of %s", ex.getMessage()).contains("Bookmark");
	}

}
