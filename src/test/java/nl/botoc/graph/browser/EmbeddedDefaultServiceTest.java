package nl.botoc.graph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as a user starts it: the real seed, the write guard on (the default, which the other tests' config
 * relaxes), on a fixed free port. The port is picked before the context starts, because the embedded database starts
 * before the web server and tells the Browser the guide's URL. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "botoc.embedded.allow-outside-writes=false", "botoc.seed.on-startup=true",
				"botoc.seed.location=classpath:seed/" })
public abstract class EmbeddedDefaultServiceTest {

	protected static final int SERVER_PORT = freePort();

	@DynamicPropertySource
	static void serverPort(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> SERVER_PORT);
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
