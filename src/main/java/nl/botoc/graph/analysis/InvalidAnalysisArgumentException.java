package nl.botoc.graph.analysis;

/** An argument of an analysis question is out of range or names nothing in the graph; reported as BAD_REQUEST. */
class InvalidAnalysisArgumentException extends RuntimeException {

	InvalidAnalysisArgumentException(String message) {
		super(message);
	}

}
