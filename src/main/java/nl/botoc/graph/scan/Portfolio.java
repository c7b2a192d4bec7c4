package nl.botoc.graph.scan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A portfolio to scan, as the owner wrote it: the same whether it came as GraphQL input, a CSV file or a JSON file.
 * Built only through {@link PortfolioBounds#check}, so a portfolio that exists is within its bounds.
 *
 * @param owner who it belongs to, printed on the brief
 * @param rows the interventions, in input order
 */
public record Portfolio(@Nullable String owner, List<Row> rows) {

	/**
	 * One intervention in its owner's words.
	 *
	 * @param name its name
	 * @param description what it does (may be empty)
	 * @param approach PREVENTIVE or REPRESSIVE when given
	 * @param status an InterventionStatus value when given
	 * @param themes theme ids the owner gives, the first being the main theme
	 */
	public record Row(String name, String description, @Nullable String approach, @Nullable String status,
			List<String> themes) {

		/** Name and description, the text the scan reads. */
		public String text() {
			return this.description.isEmpty() ? this.name : this.name + ". " + this.description;
		}

		boolean carriedOut() {
			return !"NOT_CARRIED_OUT".equals(this.status);
		}

	}

}
