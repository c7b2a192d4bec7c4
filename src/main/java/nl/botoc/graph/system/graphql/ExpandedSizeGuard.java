package nl.botoc.graph.system.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses a document whose fragments expand to more than {@code botoc.graphql.max-expanded-fields} fields before
 * graphql-java validates it. A few hundred tokens of fragments that each spread the previous one ten times expand
 * to billions of fields, and every later step (validation, depth, complexity, cost) walks the expansion; this count
 * does not: each fragment is sized once (memoised), so it takes time proportional to the document.
 * <p>
 * It also keeps the parsed and validated form of the last {@value #CACHED_DOCUMENTS} valid documents (up to
 * {@value #MAX_CACHED_LENGTH} characters each), as Apollo Server does: a front-end or an analyst sends the same few
 * queries again and again, and parsing and validating one costs about as much as a small read of the graph.
 * Documents with errors are not kept, so a flood of distinct bad documents only evicts good ones.
 */
final class ExpandedSizeGuard implements PreparsedDocumentProvider {

	static final int CACHED_DOCUMENTS = 500;

	static final int MAX_CACHED_LENGTH = 20_000;

	private final long maxFields;

	/** Query text → its parsed and validated document; least recently used evicted first. */
	private final Map<String, PreparsedDocumentEntry> cache = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > CACHED_DOCUMENTS;
			}
		});

	ExpandedSizeGuard(long maxFields) {
		this.maxFields = maxFields;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = this.cache.get(input.getQuery());
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		Document document;
		try {
			ParserOptions options = input.getGraphQLContext().get(ParserOptions.class);
			document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
				.document(input.getQuery())
				.parserOptions((options != null) ? options : ParserOptions.getDefaultOperationParserOptions())
				.build());
		}
		catch (RuntimeException ex) {
			// Not parseable: graphql-java's own parse reports it as it always does.
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		long expanded = expandedSize(document);
		if (expanded > this.maxFields) {
			var error = GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message("Query expands to " + ((expanded == Long.MAX_VALUE) ? "more than " + Long.MAX_VALUE : expanded)
						+ " fields once its fragments are spread; at most " + this.maxFields
						+ " are allowed (botoc.graphql.max-expanded-fields)")
				.extensions(Map.of("code", "QUERY_TOO_LARGE"))
				.build();
			return CompletableFuture.completedFuture(new PreparsedDocumentEntry(List.of(error)));
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors() && input.getQuery().length() <= MAX_CACHED_LENGTH) {
			this.cache.put(input.getQuery(), entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** Fields of the largest operation with every fragment spread expanded, saturating. */
	static long expandedSize(Document document) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof FragmentDefinition fragment) {
				fragments.put(fragment.getName(), fragment);
			}
		}
		Sizer sizer = new Sizer(fragments);
		long largest = 0;
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				largest = Math.max(largest, sizer.size(operation.getSelectionSet()));
			}
		}
		return largest;
	}

	private static final class Sizer {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Long> sizes = new HashMap<>();

		private final Set<String> inProgress = new HashSet<>();

		Sizer(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		long size(SelectionSet selectionSet) {
			if (selectionSet == null) {
				return 0;
			}
			long total = 0;
			for (Selection<?> selection : selectionSet.getSelections()) {
				long part = switch (selection) {
					case Field field -> QueryCost.plus(1, size(field.getSelectionSet()));
					case InlineFragment inline -> size(inline.getSelectionSet());
					case FragmentSpread spread -> fragment(spread.getName());
					default -> 0;
				};
				total = QueryCost.plus(total, part);
			}
			return total;
		}

		private long fragment(String name) {
			Long known = this.sizes.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition definition = this.fragments.get(name);
			if (definition == null || !this.inProgress.add(name)) {
				return 0; // unknown or cyclic: validation reports it
			}
			long size = size(definition.getSelectionSet());
			this.inProgress.remove(name);
			this.sizes.put(name, size);
			return size;
		}

	}

}
