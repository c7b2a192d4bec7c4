package nl.botoc.graph.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the seed files: comma separated, fields quoted with {@code "} when they hold a
 * comma, quote or line break, {@code ""} for a quote inside a quoted field. Records end at {@code \n} (the
 * seed contract) or {@code \r\n} (RFC 4180). Anything else, such as a quote inside an unquoted field, text
 * after a closing quote or an unterminated quote, is an error naming the line, because a lenient reader
 * would silently shift a curator's values into the wrong columns.
 * <p>
 * Written here rather than pulled in as a dependency: the format is small, and the validator needs the
 * line on which each record starts, which is what every message to a curator refers to.
 */
final class CsvReader {

	private CsvReader() {
	}

	/** One record and the line (1-based) of the file on which it starts. */
	record CsvRecord(int line, List<String> fields) {
	}

	/** Thrown for text that is not RFC 4180 CSV; the line is where the offending record or quote starts. */
	static final class CsvSyntaxException extends Exception {

		private final int line;

		CsvSyntaxException(int line, String problem) {
			super(problem);
			this.line = line;
		}

		int line() {
			return this.line;
		}

	}

	/** Reads every record, the header included. An empty text has no records. */
	static List<CsvRecord> read(String text) throws CsvSyntaxException {
		List<CsvRecord> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		int i = 0;
		int n = text.length();
		boolean atFieldStart = true;
		while (i < n) {
			char c = text.charAt(i);
			if (atFieldStart && c == '"') {
				int quoteLine = line;
				i++;
				while (true) {
					if (i >= n) {
						throw new CsvSyntaxException(quoteLine, "quoted field is never closed");
					}
					char q = text.charAt(i);
					if (q == '"') {
						if (i + 1 < n && text.charAt(i + 1) == '"') {
							field.append('"');
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (q == '\n') {
						line++;
					}
					field.append(q);
					i++;
				}
				if (i < n && !isSeparatorOrLineEnd(text, i)) {
					throw new CsvSyntaxException(line, "unexpected text after a closing quote");
				}
				atFieldStart = false;
				continue;
			}
			if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				atFieldStart = true;
				i++;
			}
			else if (c == '\n' || (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
				fields.add(field.toString());
				field.setLength(0);
				records.add(new CsvRecord(recordLine, List.copyOf(fields)));
				fields.clear();
				i += (c == '\r') ? 2 : 1;
				line++;
				recordLine = line;
				atFieldStart = true;
			}
			else if (c == '"') {
				throw new CsvSyntaxException(line, "quote inside an unquoted field (quote the whole field and double the quote)");
			}
			else if (c == '\r') {
				throw new CsvSyntaxException(line, "carriage return without a line feed");
			}
			else {
				field.append(c);
				atFieldStart = false;
				i++;
			}
		}
		// The last record may or may not end with a line break.
		if (!fields.isEmpty() || !atFieldStart || field.length() > 0) {
			fields.add(field.toString());
			records.add(new CsvRecord(recordLine, List.copyOf(fields)));
		}
		return records;
	}

	private static boolean isSeparatorOrLineEnd(String text, int i) {
		char c = text.charAt(i);
		return c == ',' || c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
	}

}
