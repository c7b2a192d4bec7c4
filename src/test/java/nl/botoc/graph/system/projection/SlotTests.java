package nl.botoc.graph.system.projection;

import org.junit.jupiter.api.Test;

import nl.botoc.graph.system.projection.NodeSlots.Slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** How a {@link Slot} finds its node projection in a question, and what it may read of the node. */
class SlotTests {

	@Test
	void findsTheProjectionInTheStatementNotInAComment() {
		String cypher = """
				// returns f {.id, .nameNl} per factor
				MATCH (f:Factor) // f {.id, .nameNl} again
				RETURN f {.id, .nameNl} AS factor""";
		assertThat(Slot.of("factor", "Factor", "f {.id, .nameNl}").locate(cypher))
			.isEqualTo(cypher.indexOf("RETURN f {") + "RETURN ".length());
	}

	@Test
	void saysSoWhenTheStatementHasTheProjectionOnlyInAComment() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Slot.of("factor", "Factor", "f {.id}").locate("// f {.id}\nMATCH (f:Factor) RETURN f.id"))
			.withMessageContaining("factor");
	}

	@Test
	void readsOnlyWhatItsShortProjectionAlsoReturnsAndAddsToWhatItReadsAlready() {
		Slot slot = Slot.of("factor", "Factor", "f {.id, .nameNl, .evidence}").reading("nameNl").reading("evidence");
		assertThat(slot.reads()).containsExactly("nameNl", "evidence");
		assertThatIllegalArgumentException().isThrownBy(() -> slot.reading("kind")).withMessageContaining(".kind");
		// .evidence does not stand for .evidenceNote
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Slot.of("factor", "Factor", "f {.id, .evidenceNote}").reading("evidence"));
	}

}
