package nl.botoc.graph.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.botoc.graph.browser.NeoBrowserSettings;
import nl.botoc.graph.system.writes.OutsideWriteGuard;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside this JVM, with its Bolt connector (for our own driver, cypher-shell and the Browser)
 * and its HTTP connector (whose web server serves the Neo4j Browser from the {@code neo4j-browser} jar).
 * <p>
 * Boot's driver is pointed at it through a {@link Neo4jConnectionDetails} bean that depends on the
 * running database, so the driver is only created once Bolt is listening. Nothing here runs when an
 * external database is configured ({@code botoc.embedded.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("botoc.embedded.enabled")
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, OutsideWriteGuard writeGuard,
			NeoBrowserSettings browser) {
		EmbeddedNeo4jExposure.check(properties);
		log.info("Starting embedded Neo4j in {}", properties.dataDir().toAbsolutePath().normalize());
		DatabaseManagementService dbms = browser.applyTo(builder(properties)).build();
		if (properties.authEnabled()) {
			EmbeddedNeo4jExposure.setPassword(dbms, properties.password());
		}
		// Before anything else runs: from here on only the service's own transactions may change data.
		writeGuard.install(dbms);
		return dbms;
	}

	/** The embedded database as this service configures it (also used by the crash-durability test). */
	static DatabaseManagementServiceBuilder builder(EmbeddedNeo4jProperties properties) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		String host = properties.listenAddress();
		return new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(host, properties.boltPort()))
			.setConfig(BoltConnector.advertised_address, new SocketAddress(host, properties.boltPort()))
			.setConfig(HttpConnector.enabled, true)
			.setConfig(HttpConnector.listen_address, new SocketAddress(host, properties.httpPort()))
			.setConfig(HttpConnector.advertised_address, new SocketAddress(host, properties.httpPort()))
			// Loopback-only by default, so no credentials: the Browser connects with "No authentication".
			.setConfig(GraphDatabaseSettings.auth_enabled, properties.authEnabled())
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			// Default waits are 5 s + 5 s; shutting down a local database needs no such grace.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
	}

	@Bean
	EmbeddedNeo4jPorts embeddedNeo4jPorts(DatabaseManagementService embeddedNeo4j) {
		return portsOf(embeddedNeo4j);
	}

	/** Where a running database's connectors actually listen (ports may have been picked by the OS). */
	static EmbeddedNeo4jPorts portsOf(DatabaseManagementService database) {
		var api = (GraphDatabaseAPI) database.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var ports = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
		var bolt = ports.getLocalAddress(ConnectorType.BOLT);
		var http = ports.getLocalAddress(ConnectorType.HTTP);
		return new EmbeddedNeo4jPorts(bolt.getHost(), bolt.getPort(), http.getPort());
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jPorts ports, EmbeddedNeo4jProperties properties) {
		AuthToken auth = properties.authEnabled() ? AuthTokens.basic(EmbeddedNeo4jExposure.USER, properties.password())
				: AuthTokens.none();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return ports.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return auth;
			}
		};
	}

	/** Where the embedded connectors actually listen (ports may have been picked by the OS). */
	public record EmbeddedNeo4jPorts(String host, int boltPort, int httpPort) {

		public URI boltUri() {
			return URI.create("bolt://" + host + ":" + boltPort);
		}

		public URI browserUri() {
			return URI.create("http://" + host + ":" + httpPort + "/browser/");
		}

	}

}
