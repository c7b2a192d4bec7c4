package nl.botoc.graph.analysis;

/**
 * A claim the audit cannot compute: its metric is not in the vocabulary of seed/FORMAT.md, or its scope names
 * nothing in the graph. The audit fails loudly rather than report a guess.
 */
class ReportAuditException extends RuntimeException {

	ReportAuditException(String message) {
		super(message);
	}

}
