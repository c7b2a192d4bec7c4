package nl.botoc.graph.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.botoc.graph.system.graphql.ListBounds;

/**
 * Whether the graph is ready for requests: the schema applied and the seed loaded. The service starts without
 * its database (an external Neo4j that is down at start-up): it reports DOWN, answers requests with
 * {@code DATABASE_UNAVAILABLE}, and retries the start-up work every {@code botoc.database.retry-interval} until the
 * database is back; then it serves. Also a health indicator ({@code graph}).
 */
@Component("graph")
@EnableScheduling
public class GraphReadiness implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(GraphReadiness.class);

	private final List<StartupWork> work;

	private final ListBounds listBounds;

	private volatile boolean ready;

	GraphReadiness(List<StartupWork> work, ListBounds listBounds) {
		this.work = work;
		this.listBounds = listBounds;
		this.ready = work.stream().allMatch(StartupWork::done);
		if (this.ready) {
			listBounds.refresh();
		}
		else {
			log.warn("The graph database is not available; the service starts anyway, reports DOWN and retries");
		}
	}

	/** Whether schema and seed are in place. */
	public boolean isReady() {
		return this.ready;
	}

	/** Retries the start-up work that is not done yet, in order. */
	@Scheduled(initialDelayString = "${botoc.database.retry-interval:5s}",
			fixedDelayString = "${botoc.database.retry-interval:5s}")
	public void retry() {
		if (this.ready) {
			return;
		}
		for (StartupWork step : this.work) {
			if (!step.done()) {
				try {
					step.retry();
				}
				catch (RuntimeException ex) {
					if (DatabaseFailures.isUnavailable(ex)) {
						log.info("The graph database is still not available; retrying");
					}
					else {
						log.error("Start-up work {} failed", step.getClass().getSimpleName(), ex);
					}
					return;
				}
			}
		}
		this.listBounds.refresh();
		this.ready = true;
		log.info("The graph database is available: schema and seed in place, serving requests");
	}

	@Override
	public Health health() {
		return this.ready ? Health.up().build()
				: Health.down().withDetail("reason", "schema and seed not applied yet (database not available)").build();
	}

}
