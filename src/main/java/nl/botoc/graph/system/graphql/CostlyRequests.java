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
 * them, and a client can tell it should retry. Beside the slots, costly requests share a budget of estimated cost per
 * second ({@code botoc.graphql.costly-cost-per-second}, a token bucket of at most {@code max-cost}): two slots alone
 * would still let one client keep both cores busy with the costliest allowed request, the budget bounds the share of
 * the machine that costly work can take. The budget is only drawn on while the machine is busy with cheap requests
 * ({@code botoc.graphql.busy-requests} or more of them in flight): an idle service runs costly requests as fast as
 * its slots allow, a busy one rations them so that the cheap ones keep their latency.
 */
@Component
public class CostlyRequests {

	private final Semaphore slots;

	private final RequestBounds bounds;

	private final long capacity;

	private double budget;

	private long refilledAt = System.nanoTime();

	CostlyRequests(RequestBounds bounds) {
		this.bounds = bounds;
		this.slots = new Semaphore(Math.max(0, bounds.maxConcurrentCostly()));
		this.capacity = Math.max(bounds.maxCost(), bounds.costlyCostPerSecond());
		this.budget = this.capacity;
	}

	private final java.util.concurrent.atomic.AtomicInteger cheapInFlight = new java.util.concurrent.atomic.AtomicInteger();

	/** Counts a cheap request in flight until {@link Cheap#release()}. */
	Cheap enterCheap() {
		this.cheapInFlight.incrementAndGet();
		return new Cheap();
	}

	/**
	 * Admits a costly request (which holds a slot) against the budget: 0 when it may run, else the seconds to wait.
	 * While fewer than {@code busy-requests} cheap requests are in flight the budget is not drawn on.
	 */
	long admit(long cost) {
		if (this.cheapInFlight.get() < this.bounds.busyRequests()) {
			return 0;
		}
		return spend(cost);
	}

	/**
	 * Spends {@code cost} from the budget of costly work and returns 0, or spends nothing and returns how many
	 * seconds until the budget holds {@code cost} again.
	 */
	synchronized long spend(long cost) {
		long rate = this.bounds.costlyCostPerSecond();
		if (rate <= 0) {
			return 0;
		}
		long now = System.nanoTime();
		this.budget = Math.min(this.capacity, this.budget + (now - this.refilledAt) / 1e9 * rate);
		this.refilledAt = now;
		double wanted = Math.min(cost, this.capacity);
		if (this.budget >= wanted) {
			this.budget -= wanted;
			return 0;
		}
		return Math.max(1, (long) Math.ceil((wanted - this.budget) / rate));
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

	/** One cheap request in flight; releasing it twice releases it once. */
	final class Cheap {

		private final AtomicBoolean released = new AtomicBoolean();

		void release() {
			if (this.released.compareAndSet(false, true)) {
				CostlyRequests.this.cheapInFlight.decrementAndGet();
			}
		}

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
