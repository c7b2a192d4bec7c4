package nl.botoc.graph.curation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback between the service and a Neo4j's Bolt port that, once armed, breaks connections the way
 * a network does: it drops every {@code dropEvery}-th chunk the client sends (the connection closes before the
 * server sees it), and it lets every {@code cutCommitEvery}-th COMMIT through to the server, waits for the server to
 * commit, and closes the connection before the server's acknowledgement reaches the client. The driver sees both as
 * transient (connection lost) and retries the transaction.
 * <p>
 * A COMMIT is a Bolt message without fields: chunk header {@code 00 02}, struct marker {@code B0}, signature
 * {@code 12}, end marker {@code 00 00}. The proxy looks for those six bytes in what the client sends.
 */
final class BoltFaultProxy implements AutoCloseable {

	private static final byte[] COMMIT = { 0x00, 0x02, (byte) 0xB0, 0x12, 0x00, 0x00 };

	private final int targetPort;

	private final ServerSocket server;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean armed;

	private final int cutCommitEvery;

	private final int dropEvery;

	private final AtomicInteger commits = new AtomicInteger();

	private final AtomicInteger chunks = new AtomicInteger();

	final AtomicInteger commitsCut = new AtomicInteger();

	final AtomicInteger dropped = new AtomicInteger();

	BoltFaultProxy(int targetPort, int cutCommitEvery, int dropEvery) throws IOException {
		this.targetPort = targetPort;
		this.cutCommitEvery = cutCommitEvery;
		this.dropEvery = dropEvery;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "bolt-fault-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	void arm(boolean armed) {
		this.armed = armed;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket target = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				client.setTcpNoDelay(true);
				target.setTcpNoDelay(true);
				this.sockets.add(client);
				this.sockets.add(target);
				Connection connection = new Connection(client, target);
				start(() -> connection.clientToServer());
				start(() -> connection.serverToClient());
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private static void start(Runnable pump) {
		Thread thread = new Thread(pump, "bolt-fault-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private final class Connection {

		private final Socket client;

		private final Socket target;

		private volatile boolean cut;

		Connection(Socket client, Socket target) {
			this.client = client;
			this.target = target;
		}

		void clientToServer() {
			byte[] buffer = new byte[65536];
			byte[] tail = new byte[0];
			try (InputStream in = this.client.getInputStream(); OutputStream out = this.target.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					boolean armedNow = BoltFaultProxy.this.armed;
					if (armedNow && BoltFaultProxy.this.chunks.incrementAndGet() % BoltFaultProxy.this.dropEvery == 0) {
						BoltFaultProxy.this.dropped.incrementAndGet();
						closeBoth();
						return;
					}
					boolean commit = contains(tail, buffer, read);
					tail = last(tail, buffer, read);
					if (armedNow && commit
							&& BoltFaultProxy.this.commits.incrementAndGet() % BoltFaultProxy.this.cutCommitEvery == 0) {
						this.cut = true; // nothing more reaches the client: the acknowledgement is lost
						out.write(buffer, 0, read);
						out.flush();
						Thread.sleep(300); // the server commits
						BoltFaultProxy.this.commitsCut.incrementAndGet();
						closeBoth();
						return;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// closed
			}
			finally {
				closeBoth();
			}
		}

		void serverToClient() {
			byte[] buffer = new byte[65536];
			try (InputStream in = this.target.getInputStream(); OutputStream out = this.client.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (this.cut) {
						return;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// closed
			}
			finally {
				closeBoth();
			}
		}

		private void closeBoth() {
			try {
				this.client.close();
			}
			catch (IOException ex) {
				// already closed
			}
			try {
				this.target.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}

	}

	/** Whether the bytes sent so far (the tail of the previous read, then this one) contain a COMMIT message. */
	private static boolean contains(byte[] tail, byte[] buffer, int length) {
		byte[] window = new byte[tail.length + length];
		System.arraycopy(tail, 0, window, 0, tail.length);
		System.arraycopy(buffer, 0, window, tail.length, length);
		outer: for (int i = 0; i + COMMIT.length <= window.length; i++) {
			for (int j = 0; j < COMMIT.length; j++) {
				if (window[i + j] != COMMIT[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static byte[] last(byte[] tail, byte[] buffer, int length) {
		int keep = COMMIT.length - 1;
		byte[] window = new byte[tail.length + length];
		System.arraycopy(tail, 0, window, 0, tail.length);
		System.arraycopy(buffer, 0, window, tail.length, length);
		int from = Math.max(0, window.length - keep);
		byte[] next = new byte[window.length - from];
		System.arraycopy(window, from, next, 0, next.length);
		return next;
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

}
