package nl.botoc.graph.system.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * Turns {@code first}/{@code after} into an offset and a limit (the connection itself is assembled by
 * {@code ProjectedReads} from one statement's rows).
 * Cursors are opaque to clients (base64 of a versioned position), so the paging scheme can change without
 * breaking them; a cursor that is not one of ours is a {@link BadArgumentException}, never a silent first page, and
 * is never echoed back.
 */
@Component
public class Paging {

	private static final String PREFIX = "botoc:v1:";

	/** Largest position a cursor may carry: far beyond any graph, far below where offset arithmetic overflows. */
	static final int MAX_POSITION = 100_000_000;

	/** Longest cursor string: base64 of the prefix and nine digits is 24 characters. */
	static final int MAX_CURSOR_LENGTH = 32;

	private final GraphQlLimits limits;

	Paging(GraphQlLimits limits) {
		this.limits = limits;
	}

	/** Validates {@code first} and {@code after}; throws {@link BadArgumentException} when either is out of range. */
	public Page page(Integer first, String after) {
		return new Page(size(first, GraphQlLimits.DEFAULT_PAGE_SIZE), (after != null) ? decode(after) + 1 : 0);
	}

	/** Validates a page size on its own ({@code search}). */
	public int size(Integer first, int otherwise) {
		int size = (first != null) ? first : otherwise;
		if (size < 0) {
			throw new BadArgumentException("INVALID_PAGE_SIZE", "`first` must not be negative (was " + size + ")");
		}
		if (size > this.limits.maxPageSize()) {
			throw new BadArgumentException("PAGE_SIZE_TOO_LARGE",
					"`first` may be at most " + this.limits.maxPageSize() + " (was " + size + ")");
		}
		return size;
	}

	/** Cursor of the item at this absolute position. */
	public static String cursor(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The position in a cursor of ours, strictly: base64url of {@code botoc:v1:} and 1 to 9 ASCII digits, no sign,
	 * no leading zero, at most {@link #MAX_POSITION}. Anything else is {@code INVALID_CURSOR}, and the message never
	 * repeats the cursor (which may be megabytes of anything).
	 */
	static int decode(String cursor) {
		if (cursor.length() <= MAX_CURSOR_LENGTH) {
			try {
				byte[] bytes = Base64.getUrlDecoder().decode(cursor);
				String text = new String(bytes, StandardCharsets.US_ASCII);
				if (text.startsWith(PREFIX)) {
					String digits = text.substring(PREFIX.length());
					if (isPosition(digits)) {
						return Integer.parseInt(digits);
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// fall through: not base64, not one of our cursors
			}
		}
		throw new BadArgumentException("INVALID_CURSOR", "`after` is not a cursor this API returned");
	}

	private static boolean isPosition(String digits) {
		if (digits.isEmpty() || digits.length() > 9 || (digits.length() > 1 && digits.charAt(0) == '0')) {
			return false;
		}
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return Integer.parseInt(digits) <= MAX_POSITION;
	}

	/**
	 * A validated page request.
	 *
	 * @param first number of items wanted
	 * @param offset position of the first item wanted
	 */
	public record Page(int first, int offset) {
	}

}
