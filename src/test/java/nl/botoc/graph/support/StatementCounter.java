package nl.botoc.graph.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.config.BeanPostProcessor;

import nl.botoc.graph.system.graphql.ReadTransport;

/**
 * Wraps the application's Neo4j {@link Driver} (and its in-process {@link ReadTransport}) so tests can count the Cypher statements the API sends, and make
 * the database fail or stall on demand. Everything the application reads (Neo4jClient through the transaction
 * manager) goes through this driver, so the count is the number of statements Neo4j receives.
 */
public class StatementCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	private final AtomicInteger inProcess = new AtomicInteger();

	private final AtomicInteger interruptedDelays = new AtomicInteger();

	private final List<String> texts = new CopyOnWriteArrayList<>();

	private volatile Supplier<RuntimeException> failOnSession;

	private volatile Supplier<RuntimeException> failOnRun;

	private volatile Duration delay = Duration.ZERO;

	/** Statements run since the last {@link #reset()}. */
	public int count() {
		return this.statements.get();
	}

	/** Of {@link #count()}, those run in-process on the embedded database (not through the driver). */
	public int inProcessCount() {
		return this.inProcess.get();
	}

	/** Delayed statements whose thread was interrupted while it waited (a request's timeout must not interrupt). */
	public int interruptedDelays() {
		return this.interruptedDelays.get();
	}

	/** The statements run since the last {@link #reset()}, whitespace collapsed, for diagnostics. */
	public List<String> statements() {
		return List.copyOf(this.texts);
	}

	/** Starts counting from zero and ends any failure or delay. */
	public void reset() {
		this.statements.set(0);
		this.inProcess.set(0);
		this.interruptedDelays.set(0);
		this.texts.clear();
		this.failOnSession = null;
		this.failOnRun = null;
		this.delay = Duration.ZERO;
	}

	/** Every new session fails, as when the database is down. */
	public void failSessions(Supplier<RuntimeException> failure) {
		this.failOnSession = failure;
	}

	/** Every statement fails with this exception. */
	public void failStatements(Supplier<RuntimeException> failure) {
		this.failOnRun = failure;
	}

	/** Every statement waits this long before it is sent. */
	public void delayStatements(Duration delay) {
		this.delay = delay;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return proxy(Driver.class, driver);
		}
		// Requests read the embedded database in-process, past the driver: count and fault those statements here.
		if (bean instanceof ReadTransport transport && transport.inProcess()) {
			return proxy(ReadTransport.class, transport);
		}
		return bean;
	}

	private <T> T proxy(Class<T> type, T target) {
		InvocationHandler handler = (proxy, method, args) -> {
			if ((target instanceof Driver && method.getName().equals("session")
					|| target instanceof ReadTransport && method.getName().equals("open")) && this.failOnSession != null) {
				throw this.failOnSession.get();
			}
			if (method.getName().equals("run") && !(target instanceof Driver) && !(target instanceof ReadTransport)) {
				this.statements.incrementAndGet();
				if (target instanceof ReadTransport.ReadConnection) {
					this.inProcess.incrementAndGet();
				}
				this.texts.add(String.valueOf(args[0]).replaceAll("\\s+", " "));
				if (this.failOnRun != null) {
					throw this.failOnRun.get();
				}
				if (!this.delay.isZero()) {
					try {
						Thread.sleep(this.delay.toMillis());
					}
					catch (InterruptedException ex) {
						this.interruptedDelays.incrementAndGet();
						throw ex;
					}
				}
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Session session && method.getReturnType().isAssignableFrom(Session.class)) {
				return proxy(Session.class, session);
			}
			if (result instanceof Transaction transaction
					&& method.getReturnType().isAssignableFrom(Transaction.class)) {
				return proxy(Transaction.class, transaction);
			}
			if (result instanceof ReadTransport.ReadConnection connection) {
				return proxy(ReadTransport.ReadConnection.class, connection);
			}
			return result;
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

}
