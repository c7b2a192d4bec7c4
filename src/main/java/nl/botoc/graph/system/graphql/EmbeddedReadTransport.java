package nl.botoc.graph.system.graphql;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseNotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.ListValue;
import org.neo4j.driver.internal.value.MapValue;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.values.storable.DurationValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the embedded database in-process. Over loopback Bolt every statement costs a round trip through four
 * threads and every value is encoded by the server and decoded again by the driver, in the same JVM; here the
 * statement runs on the calling thread and its values are copied once, into the driver's {@link Record}s the
 * mappers already read (so the two transports are interchangeable, and the tests run every statement through this
 * one). What the driver path gives stays: one transaction per request with the request's timeout and metadata,
 * read-only (its security context allows reads only, so a statement that tried to write would fail), terminated
 * from another thread when the request ends, and failures as the driver's exceptions with Neo4j's status codes.
 * <p>
 * It uses three of Neo4j's internal types ({@code GraphDatabaseAPI}, a read-only {@code SecurityContext}, and
 * {@code InternalTransaction} for the metadata): the embedded database is pinned to one Neo4j version by the build,
 * and {@code EmbeddedReadTransportTests} checks what it relies on.
 */
final class EmbeddedReadTransport implements ReadTransport {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedReadTransport.class);

	private static final SecurityContext READ_ONLY = SecurityContext.AUTH_DISABLED.withMode(StaticAccessMode.READ);

	private final DatabaseManagementService dbms;

	// Looked up once, not per request; a database that stops fails beginTransaction as unavailable.
	private volatile @Nullable GraphDatabaseAPI database;

	EmbeddedReadTransport(DatabaseManagementService dbms) {
		this.dbms = dbms;
	}

	@Override
	public boolean inProcess() {
		return true;
	}

	@Override
	public ReadConnection open(Duration timeout, Map<String, Object> metadata) {
		InternalTransaction tx;
		try {
			GraphDatabaseAPI db = this.database;
			if (db == null) {
				db = (GraphDatabaseAPI) this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
				this.database = db;
			}
			tx = db.beginTransaction(KernelTransaction.Type.EXPLICIT, READ_ONLY,
					ClientConnectionInfo.EMBEDDED_CONNECTION, Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
		try {
			tx.setMetaData(metadata);
		}
		catch (RuntimeException ex) {
			closeQuietly(tx);
			throw translate(ex);
		}
		return new Connection(tx);
	}

	private static final class Connection implements ReadConnection {

		private final InternalTransaction tx;

		// Guards terminate() against close(): the kernel reuses transaction objects, so a late terminate() on a
		// closed transaction could stop another request's.
		private final Object closing = new Object();

		private boolean closed;

		Connection(InternalTransaction tx) {
			this.tx = tx;
		}

		@Override
		public <T> List<T> run(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
			List<T> mapped = new ArrayList<>();
			try (Result result = this.tx.execute(cypher, parameters)) {
				List<String> keys = result.columns();
				while (result.hasNext()) {
					Map<String, Object> row = result.next();
					List<Value> values = new ArrayList<>(keys.size());
					for (String key : keys) {
						values.add(value(row.get(key)));
					}
					mapped.add(mapper.apply(new InternalRecord(keys, values)));
				}
			}
			catch (RuntimeException ex) {
				throw translate(ex);
			}
			return mapped;
		}

		@Override
		public void terminate() {
			synchronized (this.closing) {
				if (this.closed) {
					return;
				}
				try {
					this.tx.terminate();
				}
				catch (RuntimeException ex) {
					log.debug("Terminating a read transaction failed", ex);
				}
			}
		}

		@Override
		public void close() {
			synchronized (this.closing) {
				if (!this.closed) {
					this.closed = true;
					closeQuietly(this.tx);
				}
			}
		}

	}

	/** A value as the driver would have decoded it from Bolt. */
	static Value value(@Nullable Object value) {
		if (value == null) {
			return Values.NULL;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Value> values = new LinkedHashMap<>(map.size() * 2);
			map.forEach((k, v) -> values.put((String) k, value(v)));
			return new MapValue(values);
		}
		if (value instanceof Object[] array) {
			// Property arrays of points, durations or temporal values: element by element, as below.
			return value(java.util.Arrays.asList(array));
		}
		if (value instanceof List<?> list) {
			List<Value> values = new ArrayList<>(list.size());
			for (Object item : list) {
				values.add(value(item));
			}
			return new ListValue(values);
		}
		if (value instanceof Node node) {
			return new InternalNode(node.getId(), node.getElementId(), labels(node), properties(node.getAllProperties()))
				.asValue();
		}
		if (value instanceof Relationship rel) {
			return new InternalRelationship(rel.getId(), rel.getElementId(), rel.getStartNode().getId(),
					rel.getStartNode().getElementId(), rel.getEndNode().getId(), rel.getEndNode().getElementId(),
					rel.getType().name(), properties(rel.getAllProperties()))
				.asValue();
		}
		if (value instanceof DurationValue duration) {
			return Values.isoDuration(duration.get(ChronoUnit.MONTHS), duration.get(ChronoUnit.DAYS),
					duration.get(ChronoUnit.SECONDS), (int) duration.get(ChronoUnit.NANOS));
		}
		if (value instanceof Point point) {
			double[] c = point.getCoordinate().getCoordinate();
			int srid = point.getCRS().getCode();
			return (c.length == 2) ? Values.point(srid, c[0], c[1]) : Values.point(srid, c[0], c[1], c[2]);
		}
		// Strings, numbers, booleans, temporal values and property arrays: the driver's own conversion.
		return Values.value(value);
	}

	private static List<String> labels(Node node) {
		List<String> labels = new ArrayList<>();
		node.getLabels().forEach((label) -> labels.add(label.name()));
		return labels;
	}

	private static Map<String, Value> properties(Map<String, Object> properties) {
		Map<String, Value> values = new LinkedHashMap<>(properties.size() * 2);
		properties.forEach((k, v) -> values.put(k, value(v)));
		return values;
	}

	/**
	 * The embedded database's failure as the driver reports it, with the same status code, so that timeouts,
	 * terminations and an unavailable database are told apart exactly as on the driver path. A failure without a
	 * status (a mapper's own) is passed on as it is.
	 */
	static RuntimeException translate(RuntimeException ex) {
		if (ex instanceof Neo4jException || ex instanceof RequestTransaction.RequestEndedException) {
			return ex;
		}
		if (ex instanceof DatabaseShutdownException || ex instanceof DatabaseNotFoundException) {
			return new ServiceUnavailableException(ex.getMessage(), ex);
		}
		String code = statusCode(ex);
		if (code == null) {
			return ex;
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : code;
		Neo4jException translated;
		if (code.startsWith("Neo.ClientError.")) {
			translated = new ClientException(code, message);
		}
		else if (code.startsWith("Neo.TransientError.")) {
			translated = new TransientException(code, message);
		}
		else {
			translated = new DatabaseException(code, message);
		}
		// The driver's exceptions set their cause in the constructor; keep the embedded one for the log.
		translated.addSuppressed(ex);
		return translated;
	}

	private static @Nullable String statusCode(Throwable ex) {
		for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof QueryExecutionException query && query.getStatusCode() != null) {
				return query.getStatusCode();
			}
			if (t instanceof Status.HasStatus status && status.status() != null) {
				return status.status().code().serialize();
			}
		}
		return null;
	}

	private static void closeQuietly(InternalTransaction tx) {
		try {
			tx.close();
		}
		catch (RuntimeException ex) {
			log.debug("Closing a read transaction failed", ex);
		}
	}

}
