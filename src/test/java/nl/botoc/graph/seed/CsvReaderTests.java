package nl.botoc.graph.seed;

import java.util.List;

import nl.botoc.graph.seed.CsvReader.CsvRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvReaderTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
		List<CsvRecord> records = CsvReader.read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n");

		assertThat(records).extracting(CsvRecord::fields)
			.containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"),
					List.of("last", "", ""));
	}

	@Test
	void numbersEachRecordByTheLineItStartsOn() throws Exception {
		List<CsvRecord> records = CsvReader.read("h\n\"one\ntwo\nthree\"\nnext\r\nafter");

		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5, 6);
	}

	@Test
	void rejectsAQuoteInsideAnUnquotedField() {
		assertThatExceptionOfType(CsvReader.CsvSyntaxException.class).isThrownBy(() -> CsvReader.read("a,b\nx,say \"hi\"\n"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageContaining("quote inside an unquoted field");
	}

	@Test
	void rejectsTextAfterAClosingQuote() {
		assertThatExceptionOfType(CsvReader.CsvSyntaxException.class).isThrownBy(() -> CsvReader.read("a\n\"x\"y\n"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageContaining("after a closing quote");
	}

	@Test
	void rejectsAQuoteThatIsNeverClosedNamingTheLineItOpensOn() {
		assertThatExceptionOfType(CsvReader.CsvSyntaxException.class)
			.isThrownBy(() -> CsvReader.read("a,b\nx,\"open\nand on\nand on\n"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageContaining("never closed");
	}

}
