package nl.botoc.graph.system;

import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.io.locker.FileLockException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Says in two lines, instead of a stack trace of 180, why the embedded Neo4j did not start in the two cases a user
 * meets first: its data directory is held by another process (the service still running while {@code --export}
 * or {@code --backup} is started, or a second {@code ./run.sh}), or one of its ports is taken (another Neo4j on
 * 7687/7474). Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedNeo4jStartFailure implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileLockException) {
				return new FailureAnalysis("The embedded Neo4j could not open its data directory, because another process"
						+ " holds it (" + cause.getMessage() + ")",
						"Stop the other process first (a botoc-graph still running, or an --export/--backup/--restore"
								+ " in progress); a running service exports through GET /export. Or give this one its own"
								+ " directory: --botoc.embedded.data-dir=DIR",
						failure);
			}
			if (cause instanceof PortBindException) {
				return new FailureAnalysis("The embedded Neo4j could not listen on its ports: " + cause.getMessage()
						+ " (the address is in use, perhaps by another Neo4j or another botoc-graph)",
						"Stop what uses that port, or choose others: --botoc.embedded.bolt-port=PORT and"
								+ " --botoc.embedded.http-port=PORT (0: any free port)",
						failure);
			}
		}
		return null;
	}

}
