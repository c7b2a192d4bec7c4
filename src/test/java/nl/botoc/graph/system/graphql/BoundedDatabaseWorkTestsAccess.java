package nl.botoc.graph.system.graphql;

/** Shares the deep query of {@link BoundedDatabaseWorkTests} with the real-seed tests in other packages. */
public final class BoundedDatabaseWorkTestsAccess {

	public static final String DEEP_QUERY = BoundedDatabaseWorkTests.DEEP_QUERY;

	private BoundedDatabaseWorkTestsAccess() {
	}

}
