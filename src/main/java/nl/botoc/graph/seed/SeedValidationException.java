package nl.botoc.graph.seed;

import java.util.List;

/**
 * The seed files break the contract of {@code seed/FORMAT.md}. Carries every problem found, not only the
 * first, so a curator can fix a file in one pass; each names the file, the line and what is wrong.
 */
public class SeedValidationException extends RuntimeException {

	private final List<String> errors;

	SeedValidationException(String location, List<String> errors) {
		super("The seed at " + location + " is invalid (" + errors.size() + " problem"
				+ ((errors.size() == 1) ? "" : "s") + "); nothing was loaded:\n  " + String.join("\n  ", errors));
		this.errors = List.copyOf(errors);
	}

	/** One line per problem, e.g. {@code interventions.csv line 14: unknown municipality 'mun:atlantis' in column 'municipality'}. */
	public List<String> errors() {
		return this.errors;
	}

}
