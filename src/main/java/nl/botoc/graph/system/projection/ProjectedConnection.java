package nl.botoc.graph.system.projection;

import java.util.LinkedHashMap;

/**
 * A connection read by {@link ProjectedReads}: its fields under their response keys. A class of its own, named
 * {@code …Connection}, because Spring for GraphQL passes through connection values of such classes instead of
 * looking for a {@code ConnectionAdapter} (it has none for maps).
 */
final class ProjectedConnection extends LinkedHashMap<String, Object> {

	private static final long serialVersionUID = 1L;

}
