package nl.botoc.graph.browser;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the embedded database tells the Neo4j Browser (through {@code dbms.clientConfig()}) so that it opens on this
 * dataset: after connecting it loads our style and plays our guide, both served by this service
 * ({@link NeoBrowserContentController}), and it may fetch remote content from this service's host only.
 * <p>
 * The database starts before the web server, so the URLs use the configured {@code server.port}; with port 0 (any
 * free port) they are unknown then, and the Browser opens without guide and style (tests pick a free port first).
 */
@Component
public class NeoBrowserSettings {

	/** Where guide and style live on this service. */
	static final String PATH = "/neo4j-browser";

	static final String HOST = "localhost";

	private final int serverPort;

	NeoBrowserSettings(Environment environment) {
		this.serverPort = environment.getProperty("server.port", Integer.class, 8080);
	}

	/** Sets the Browser settings on the embedded database's builder (leaves it alone when the port is unknown). */
	public DatabaseManagementServiceBuilder applyTo(DatabaseManagementServiceBuilder builder) {
		// Only this service's host: nothing may load from the internet (the default also allows guides.neo4j.com).
		builder.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, HOST + ",127.0.0.1");
		// Nothing phones home: the Browser's usage telemetry (and its banner asking about it) and Neo4j's own.
		builder.setConfig(ServerSettings.allow_telemetry, false);
		builder.setConfig(GraphDatabaseSettings.udc_enabled, false);
		if (this.serverPort > 0) {
			builder.setConfig(ServerSettings.browser_post_connect_cmd, postConnectCommand());
		}
		return builder;
	}

	/** The Browser commands run after connecting, without their leading colons, {@code ;}-separated. */
	String postConnectCommand() {
		return "style " + styleUri() + "; play " + guideUri();
	}

	public URI guideUri() {
		return URI.create(base() + PATH + "/guide.html");
	}

	public URI styleUri() {
		return URI.create(base() + PATH + "/botoc.grass");
	}

	/**
	 * The Browser page with the connect form filled in for the embedded database: its Bolt URL, the default database
	 * and "No authentication" (the Browser's own URL parameters {@code dbms}, {@code db}, {@code preselectAuthMethod}).
	 */
	public static URI connectUri(URI browserUri, URI boltUri) {
		return URI.create(browserUri + "?dbms=" + boltUri + "&db=neo4j&preselectAuthMethod=NO_AUTH");
	}

	private String base() {
		return "http://" + HOST + ":" + this.serverPort;
	}

}
