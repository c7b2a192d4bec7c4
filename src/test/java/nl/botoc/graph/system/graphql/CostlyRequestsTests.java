package nl.botoc.graph.system.graphql;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget of costly work: a token bucket of estimated cost, refilled per second, holding at most max-cost. */
class CostlyRequestsTests {

	private static CostlyRequests costly(Map<String, String> properties) {
		RequestBounds bounds = new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("botoc.graphql", RequestBounds.class);
		return new CostlyRequests(bounds);
	}

	@Test
	void aFullBudgetAdmitsTheCostliestAllowedRequestOnceThenSaysHowLongToWait() {
		CostlyRequests costly = costly(Map.of("botoc.graphql.max-cost", "3000",
				"botoc.graphql.costly-cost-per-second", "1000"));
		assertThat(costly.spend(3000)).as("the bucket starts full, at max-cost").isZero();
		assertThat(costly.spend(500)).as("half a second's refill is missing").isEqualTo(1);
		assertThat(costly.spend(3000)).as("three seconds' refill is missing").isEqualTo(3);
	}

	@Test
	void aRefusedRequestSpendsNothing() {
		CostlyRequests costly = costly(Map.of("botoc.graphql.max-cost", "1000",
				"botoc.graphql.costly-cost-per-second", "100"));
		assertThat(costly.spend(600)).isZero();
		assertThat(costly.spend(600)).as("only 400 left").isPositive();
		assertThat(costly.spend(400)).as("the refused request took nothing from the 400").isZero();
	}

	@Test
	void theShippedDefaultIsOnAndZeroSwitchesItOff() {
		CostlyRequests shipped = costly(Map.of());
		assertThat(shipped.spend(200_000)).as("default max-cost 200000 fits a full bucket").isZero();
		assertThat(shipped.spend(200_000)).as("default 20000 per second: ten seconds").isEqualTo(10);
		CostlyRequests off = costly(Map.of("botoc.graphql.costly-cost-per-second", "0"));
		for (int i = 0; i < 100; i++) {
			assertThat(off.spend(200_000)).isZero();
		}
	}

	@Test
	void theBudgetIsOnlyDrawnOnWhileCheapRequestsKeepTheServiceBusy() {
		CostlyRequests costly = costly(Map.of("botoc.graphql.max-cost", "1000",
				"botoc.graphql.costly-cost-per-second", "100", "botoc.graphql.busy-requests", "2"));
		for (int i = 0; i < 5; i++) {
			assertThat(costly.admit(1000)).as("idle: costly requests need only a slot").isZero();
		}
		CostlyRequests.Cheap one = costly.enterCheap();
		assertThat(costly.admit(1000)).as("one cheap request is not busy yet").isZero();
		CostlyRequests.Cheap two = costly.enterCheap();
		assertThat(costly.admit(1000)).as("busy: the first costly one takes the full bucket").isZero();
		assertThat(costly.admit(1000)).as("busy: the next one must wait ten seconds").isEqualTo(10);
		two.release();
		two.release();
		assertThat(costly.admit(1000)).as("released once, counted once: idle again").isZero();
		one.release();
	}

}
