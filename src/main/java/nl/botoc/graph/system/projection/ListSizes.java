package nl.botoc.graph.system.projection;

import org.springframework.stereotype.Component;

import nl.botoc.graph.system.graphql.BadArgumentException;

/**
 * The {@code first} of a list field that grows with the data (not a connection): absent means
 * {@code botoc.read.default-list-size}, more than {@code botoc.read.max-list-size} is a bad request. Every such list
 * thus has a bound a client can see in the schema and a cost estimate can count on.
 */
@Component
public class ListSizes {

	private final ReadPathProperties properties;

	ListSizes(ReadPathProperties properties) {
		this.properties = properties;
	}

	/** The validated size of the list field {@code field}. */
	public int first(Integer first, String field) {
		int size = (first != null) ? first : this.properties.defaultListSize();
		if (size < 0 || size > this.properties.maxListSize()) {
			throw new BadArgumentException("LIST_SIZE_OUT_OF_RANGE", "`first` of `" + field + "` must be between 0 and "
					+ this.properties.maxListSize() + " (botoc.read.max-list-size)");
		}
		return size;
	}

}
