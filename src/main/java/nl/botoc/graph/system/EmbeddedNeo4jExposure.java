package nl.botoc.graph.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * Keeps the embedded database off the network unless it is protected. It listens on loopback by default with
 * authentication off (anyone on this machine may read it, nobody else can reach it). Bound to any other address
 * it refuses to start unless authentication is on with a password that is not a default.
 */
final class EmbeddedNeo4jExposure {

	/** The one user of Neo4j Community's native auth. */
	static final String USER = "neo4j";

	private static final Set<String> DEFAULT_PASSWORDS = Set.of("neo4j", "password", "changeme", "admin", "12345678",
			"secret", "neo4jneo4j");

	private EmbeddedNeo4jExposure() {
	}

	/** Throws, with what to do, when the settings would expose an unprotected database. */
	static void check(EmbeddedNeo4jProperties properties) {
		String address = properties.listenAddress();
		if (isLoopback(address)) {
			return;
		}
		String problem = !properties.authEnabled() ? "authentication is off"
				: weak(properties.password()) ? "its password is empty, shorter than 8 characters or a well-known default"
						: null;
		if (problem != null) {
			throw new IllegalStateException("Refusing to start: the embedded Neo4j would listen on " + address
					+ " (botoc.embedded.listen-address), beyond this machine, but " + problem + ". Either keep it on"
					+ " 127.0.0.1, or set botoc.embedded.auth-enabled=true and botoc.embedded.password to a password"
					+ " of at least 8 characters that is not a default (BOTOC_EMBEDDED_PASSWORD).");
		}
	}

	static boolean isLoopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			// Literal addresses and names; "0.0.0.0" and "::" (all interfaces) are not loopback.
			return InetAddress.getByName(address.trim()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	static boolean weak(String password) {
		return password == null || password.length() < 8
				|| DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
	}

	/** Sets the password of user neo4j (in process: the embedded API is not subject to authentication). */
	static void setPassword(DatabaseManagementService dbms, String password) {
		dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password));
	}

}
