package nl.botoc.graph.system.graphql;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.SignalType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

import nl.botoc.graph.system.graphql.RequestTransaction.RanStatement;
import nl.botoc.graph.system.projection.ReadPathProperties;

/**
 * Gives every GraphQL request its {@link RequestTransaction}: created (not yet opened) when the request arrives,
 * put in the request's {@link GraphQLContext}, bound to the thread of each data fetcher (so {@link GraphReads}
 * finds it without every method passing it on), and ended with the request: rolled back when it answered,
 * terminated when it was cancelled (the timeout of {@code GraphQlLimitsConfiguration} or a client that left).
 * <p>
 * With {@code botoc.read.expose-cypher=true}, a request with the extension {@code {"botoc": {"cypher": true}}} gets
 * the statements it ran back in the response extension {@code cypher} ({@code statements}, their
 * {@code parameters} in the same order, and their {@code count}).
 */
@Configuration(proxyBeanMethods = false)
class RequestTransactions {

	private static final Logger log = LoggerFactory.getLogger(RequestTransactions.class);

	/** Runs after the limits interceptor (which is first), so its timeout cancels what this one started. */
	@Bean
	WebGraphQlInterceptor requestTransactionInterceptor(ReadTransport transport, Driver driver, GraphQlLimits limits,
			ReadPathProperties properties) {
		ReadTransport overBolt = transport.inProcess() ? new DriverReadTransport(driver) : transport;
		return (request, chain) -> {
			boolean wantsCypher = properties.exposeCypher() && asks(request.getExtensions(), "cypher");
			// For benchmarks (with expose-cypher): the same request over the driver, to race the two transports.
			boolean wantsBolt = properties.exposeCypher() && asks(request.getExtensions(), "overBolt");
			RequestTransaction transaction = new RequestTransaction(wantsBolt ? overBolt : transport, request.getId(),
					Instant.now().plus(limits.requestTimeout()), wantsCypher);
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext((context) -> context.put(RequestTransaction.class, transaction))
				.build());
			return chain.next(request).map((response) -> {
				if (!wantsCypher) {
					return response;
				}
				List<RanStatement> ran = transaction.statements();
				// The parameters too, so that a benchmark can PROFILE exactly what the request ran.
				List<String> statements = ran.stream().map(RanStatement::cypher).toList();
				List<Map<String, @Nullable Object>> parameters = ran.stream().map(RanStatement::parameters).toList();
				return response.transform((builder) -> {
					Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
					extensions.put("cypher", Map.of("statements", statements, "parameters", parameters, "count", statements.size()));
					builder.extensions(extensions);
				});
			}).doFinally((signal) -> {
				if (signal == SignalType.CANCEL) {
					if (transaction.cancel()) {
						log.info("GraphQL request {} ended early; its running statement was terminated",
								request.getId());
					}
				}
				else {
					transaction.finish();
				}
			});
		};
	}

	/** Binds the request transaction to the thread while a data fetcher runs. */
	@Bean
	SimplePerformantInstrumentation requestTransactionBinding() {
		return new SimplePerformantInstrumentation() {
			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
					InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
				if (parameters.isTrivialDataFetcher()) {
					return dataFetcher;
				}
				return (env) -> {
					GraphQLContext context = env.getGraphQlContext();
					RequestTransaction transaction = (context != null) ? context.get(RequestTransaction.class) : null;
					RequestTransaction previous = RequestTransaction.bind(transaction);
					try {
						return dataFetcher.get(env);
					}
					finally {
						RequestTransaction.bind(previous);
					}
				};
			}
		};
	}

	private static boolean asks(Map<String, Object> extensions, String key) {
		return extensions.get("botoc") instanceof Map<?, ?> botoc && Boolean.TRUE.equals(botoc.get(key));
	}

	/**
	 * How requests read: in-process when the database is embedded (unless {@code botoc.read.embedded-in-process}
	 * is false), otherwise through the driver.
	 */
	@Bean
	ReadTransport readTransport(Driver driver, ObjectProvider<DatabaseManagementService> embedded,
			ReadPathProperties properties) {
		DatabaseManagementService dbms = embedded.getIfAvailable();
		if (dbms != null && properties.embeddedInProcess()) {
			log.info("Reads run in-process on the embedded database");
			return new EmbeddedReadTransport(dbms);
		}
		return new DriverReadTransport(driver);
	}

	/** Finds the request's transaction by its metadata and terminates it; best effort, the timeout is the backstop. */
	static void terminate(Driver driver, String requestId) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build())) {
			List<String> ids = session.run("""
					SHOW TRANSACTIONS YIELD transactionId, metaData
					WHERE metaData[$key] = $request
					RETURN transactionId
					""", Map.of("key", RequestTransaction.REQUEST_METADATA, "request", requestId))
				.list((r) -> r.get("transactionId").asString());
			if (!ids.isEmpty()) {
				session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not terminate the transaction of request {}: {}", requestId, ex.getMessage());
		}
	}

}
