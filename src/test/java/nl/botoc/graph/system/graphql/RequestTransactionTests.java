package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;

import nl.botoc.graph.support.GraphApiTest;
import nl.botoc.graph.support.StatementCounter;
import nl.botoc.graph.system.graphql.ReadTransport.ReadConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request's database work stops when the request ends: a running statement is terminated by the database, no
 * later statement starts, and a request that never reads opens no transaction; over either transport.
 */
@GraphApiTest
class RequestTransactionTests {

	/** Keeps the database busy for far longer than any test waits (about a minute on this machine). */
	private static final String IN_PROCESS = "in-process";

	private static final String DRIVER = "driver";

	private static final String SLOW = "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c";

	@Autowired
	Driver driver;

	@Autowired
	ReadTransport transport;

	@Autowired
	StatementCounter statements;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { IN_PROCESS, DRIVER })
	void cancellingARequestTerminatesItsRunningStatementAndLeavesNoTransaction(String transport) throws Exception {
		String id = "test-" + UUID.randomUUID();
		RequestTransaction request = new RequestTransaction(transport(transport), id, Instant.now().plusSeconds(120), false);
		CompletableFuture<List<Long>> running = CompletableFuture
			.supplyAsync(() -> request.run(SLOW, Map.of(), (r) -> r.get("c").asLong()));
		waitUntil(() -> !transactionsOf(id).isEmpty(), Duration.ofSeconds(20));

		long started = System.nanoTime();
		assertThat(request.cancel()).isTrue();
		assertThatThrownBy(() -> running.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOf(Neo4jException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		waitUntil(() -> transactionsOf(id).isEmpty(), Duration.ofSeconds(10));
		assertThat(transactionsOf(id)).isEmpty();
		assertThatThrownBy(() -> request.run("RETURN 1 AS one", Map.of(), (r) -> r.get("one").asInt()))
			.isInstanceOf(RequestTransaction.RequestEndedException.class);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { IN_PROCESS, DRIVER })
	void theDatabaseStopsAStatementAtTheRequestDeadline(String transport) {
		RequestTransaction request = new RequestTransaction(transport(transport), "test-" + UUID.randomUUID(),
				Instant.now().plusSeconds(2), false);
		long started = System.nanoTime();
		assertThatThrownBy(() -> request.run(SLOW, Map.of(), (r) -> r.get("c").asLong()))
			.isInstanceOf(Neo4jException.class)
			.satisfies((ex) -> assertThat(((Neo4jException) ex).code()).containsAnyOf("TransactionTimedOut",
					"Terminated"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
		request.finish();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { IN_PROCESS, DRIVER })
	void aRequestPastItsDeadlineOpensNoTransaction(String transport) {
		this.statements.reset();
		RequestTransaction request = new RequestTransaction(transport(transport), "test-" + UUID.randomUUID(),
				Instant.now().minusMillis(1), false);
		assertThatThrownBy(() -> request.run("RETURN 1 AS one", Map.of(), (r) -> r.get("one").asInt()))
			.isInstanceOf(RequestTransaction.RequestEndedException.class);
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aStatementThatEndsAfterItsRequestWasCancelledStillClosesItsTransaction() throws Exception {
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean closed = new AtomicBoolean();
		// A statement that a termination does not reach in time (its last row was already read, say).
		ReadTransport unstoppable = new ReadTransport() {
			@Override
			public boolean inProcess() {
				return true;
			}

			@Override
			public ReadConnection open(Duration timeout, Map<String, Object> metadata) {
				return new ReadConnection() {
					@Override
					public <T> List<T> run(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
						running.countDown();
						try {
							release.await(20, TimeUnit.SECONDS);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
						return List.of();
					}

					@Override
					public void terminate() {
					}

					@Override
					public void close() {
						closed.set(true);
					}
				};
			}
		};
		RequestTransaction request = new RequestTransaction(unstoppable, "test-" + UUID.randomUUID(),
				Instant.now().plusSeconds(60), false);
		CompletableFuture<List<Object>> statement = CompletableFuture
			.supplyAsync(() -> request.run("RETURN 1", Map.of(), (r) -> (Object) r));
		assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
		assertThat(request.cancel()).as("a statement was running").isTrue();
		assertThat(closed).isFalse();
		release.countDown();
		statement.get(20, TimeUnit.SECONDS);
		assertThat(closed).as("closed by the statement's own thread once it returned").isTrue();
	}

	/** The service's transport (in-process on the embedded database the tests run on), or the driver's. */
	private ReadTransport transport(String name) {
		assertThat(this.transport.inProcess()).isTrue();
		return name.equals(IN_PROCESS) ? this.transport : new DriverReadTransport(this.driver);
	}

	private List<String> transactionsOf(String requestId) {
		try (var session = this.driver.session()) {
			return session.run("""
					SHOW TRANSACTIONS YIELD transactionId, metaData
					WHERE metaData[$key] = $request
					RETURN transactionId""", Map.of("key", RequestTransaction.REQUEST_METADATA, "request", requestId))
				.list((r) -> r.get("transactionId").asString());
		}
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition, Duration atMost)
			throws InterruptedException {
		long end = System.nanoTime() + atMost.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < end) {
			Thread.sleep(50);
		}
		assertThat(condition.getAsBoolean()).as("condition within %s", atMost).isTrue();
	}

}
