package nl.botoc.graph.system.graphql;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * The bulkhead for costly requests: at most {@code botoc.graphql.max-concurrent-costly} requests whose estimated
 * cost reaches {@code botoc.graphql.costly-cost} run at once. A costly request that finds no free slot waits at most
 * {@code botoc.graphql.costly-wait}, then is refused (HTTP 503, {@code Retry-After}, code {@code SERVICE_BUSY})
 * instead of queueing on, so costly requests cannot pile up, cheap requests (which need no slot) never wait behind
 * them, and a client can tell it should retry.
 */
@Component
public class CostlyRequests {

	private final Semaphore slots;

	private final RequestBounds bounds;

	CostlyRequests(RequestBounds bounds) {
		this.bounds = bounds;
		this.slots = new Semaphore(Math.max(0, bounds.maxConcurrentCostly()));
	}

	/** Whether a request of this estimated cost needs a slot. */
	boolean isCostly(long cost) {
		return cost >= this.bounds.costlyCost();
	}

	/** Takes a slot, waiting at most {@code costly-wait}, or returns null. Release the slot once, when the execution ends. */
	Slot tryEnter() {
		try {
			return this.slots.tryAcquire(this.bounds.costlyWait().toMillis(), TimeUnit.MILLISECONDS) ? new Slot() : null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Slots in use right now, for tests and the load run. */
	public int inUse() {
		return Math.max(0, this.bounds.maxConcurrentCostly()) - this.slots.availablePermits();
	}

	/** One taken slot; releasing it twice releases it once. */
	final class Slot {

		private final AtomicBoolean released = new AtomicBoolean();

		void release() {
			if (this.released.compareAndSet(false, true)) {
				CostlyRequests.this.slots.release();
			}
		}

	}

}
