package nl.botoc.graph.system.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Cursors are strict: exactly what {@link Paging#cursor(int)} issues, range-checked, never echoed back. */
class PagingTests {

	@Test
	void decodesEveryCursorItIssuesUpToTheLargestPosition() {
		for (int position : new int[] { 0, 1, 9, 10, 12345, Paging.MAX_POSITION }) {
			assertThat(Paging.decode(Paging.cursor(position))).isEqualTo(position);
		}
		assertThat(Paging.cursor(Paging.MAX_POSITION).length()).isLessThanOrEqualTo(Paging.MAX_CURSOR_LENGTH);
	}

	@Test
	void refusesSignsNonAsciiDigitsLeadingZerosAndPositionsOutOfRange() {
		for (String text : new String[] { "botoc:v1:+5", "botoc:v1:-1", "botoc:v1:05", "botoc:v1:\u0665",
				"botoc:v1:\uff15", "botoc:v1:2147483646", "botoc:v1:2147483647", "botoc:v1:99999999999",
				"botoc:v1:" + (Paging.MAX_POSITION + 1), "botoc:v1:", "botoc:v1:5\n", "BOTOC:v1:5" }) {
			String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
			assertThatExceptionOfType(BadArgumentException.class).as(text)
				.isThrownBy(() -> Paging.decode(cursor))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("INVALID_CURSOR"))
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(cursor));
		}
	}

	@Test
	void refusesAHugeCursorWithoutDecodingOrRepeatingIt() {
		String huge = Paging.cursor(5) + "A".repeat(10_000_000);
		assertThatExceptionOfType(BadArgumentException.class).isThrownBy(() -> Paging.decode(huge))
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(100));
	}

}
