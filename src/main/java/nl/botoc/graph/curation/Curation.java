package nl.botoc.graph.curation;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import nl.botoc.graph.system.writes.ServiceWrites;

/**
 * How every curation mutation writes: checks of the input alone first; then one write transaction (through
 * {@link ServiceWrites}, retried by the driver on transient failures) that
 * <ol>
 * <li>locks the single {@code CurationCounter}, so curation transactions commit one after another and their
 * sequence numbers follow commit order;</li>
 * <li>looks for a {@code Change} with the request's idempotency key: found with the same input, its stored payload
 * is the answer and nothing is written (a client's retry, or the driver's own retry after a commit whose
 * acknowledgement was lost); found with another input, the request is refused;</li>
 * <li>lets the mutation read and lock what it edits, check versions and references, and collect its edits
 * ({@link GraphEdits}); any problem ends the transaction without a write;</li>
 * <li>writes the edits, the {@code Change} (who, when, what, the diff, why) and the new counter value.</li>
 * </ol>
 * A request without a key gets one, generated once per request, so the driver's retries are safe for it too.
 */
@Service
class Curation {

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

	private final ServiceWrites writes;

	Curation(ServiceWrites writes) {
		this.writes = writes;
	}

	/** What a mutation edits and answers with: the node's key and version after the write. */
	record Subject(String key, long version) {
	}

	/** A mutation's work inside the transaction: read and lock, check, collect edits; never write. */
	@FunctionalInterface
	interface Plan {

		Subject plan(TransactionContext tx, GraphEdits edits, Problems problems, long seq);

	}

	/** The answer of a mutation, as stored in {@code Change.payload} (and replayed from it). */
	record Outcome(@Nullable String key, @Nullable Long version, @Nullable Long seq, boolean replayed,
			List<CurationError> errors) {

		static Outcome refused(List<CurationError> errors) {
			return new Outcome(null, null, null, false, List.copyOf(errors));
		}

	}

	/** Problems found so far; {@link #check()} ends the transaction when there are any. */
	static final class Problems {

		private final List<CurationError> errors = new ArrayList<>();

		void add(CurationError.Code code, @Nullable String field, String message) {
			this.errors.add(new CurationError(code, field, message, null));
		}

		void conflict(long current, long basedOn) {
			this.errors.add(new CurationError(CurationError.Code.VERSION_CONFLICT, "basedOnVersion",
					"The graph holds version " + current + ", this edit is based on version " + basedOn
							+ "; read it again and reapply your change",
					current));
		}

		/** The problems of a nested input's checks, each field under {@code prefix} (e.g. {@code municipality.}). */
		void addAll(String prefix, Problems nested) {
			for (CurationError error : nested.errors) {
				this.errors.add(new CurationError(error.code(), (error.field() != null) ? prefix + error.field() : prefix
						.substring(0, prefix.length() - 1), error.message(), error.currentVersion()));
			}
		}

		boolean isEmpty() {
			return this.errors.isEmpty();
		}

		List<CurationError> errors() {
			return List.copyOf(this.errors);
		}

		/** Ends the transaction (rolled back, nothing written) when a problem was found. */
		void check() {
			if (!this.errors.isEmpty()) {
				throw new Refused(errors());
			}
		}

	}

	/** Ends a curation transaction without a write; not a driver error, so it is never retried. */
	static final class Refused extends RuntimeException {

		private final List<CurationError> errors;

		Refused(List<CurationError> errors) {
			super("refused", null, false, false);
			this.errors = errors;
		}

	}

	Outcome run(String mutation, Map<String, Object> input, Problems inputProblems, Plan plan) {
		if (!inputProblems.isEmpty()) {
			return Outcome.refused(inputProblems.errors());
		}
		String clientKey = (String) input.get("idempotencyKey");
		String key = (clientKey != null) ? clientKey : "auto:" + UUID.randomUUID();
		String inputJson = JSON.writeValueAsString(input);
		String actor = actor();
		try {
			return this.writes.write("curation:" + mutation, (tx) -> {
				long last = lockCounter(tx);
				var earlier = tx.run("MATCH (c:Change {idempotencyKey: $key}) RETURN c.input AS input, c.payload AS payload",
						Map.of("key", key)).list();
				if (!earlier.isEmpty()) {
					if (!earlier.get(0).get("input").asString().equals(inputJson)) {
						Problems reused = new Problems();
						reused.add(CurationError.Code.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
								"This idempotency key was used before with a different input; use a new key for a new change");
						reused.check();
					}
					return replay(earlier.get(0).get("payload").asString());
				}
				long seq = last + 1;
				GraphEdits edits = new GraphEdits();
				Problems problems = new Problems();
				Subject subject = plan.plan(tx, edits, problems, seq);
				problems.check();
				if (edits.isEmpty()) {
					problems.add(CurationError.Code.NO_CHANGE, null, "The graph already holds these values; nothing to change");
					problems.check();
				}
				edits.flush(tx);
				Outcome outcome = new Outcome(subject.key(), subject.version(), seq, false, List.of());
				recordChange(tx, seq, actor, mutation, key, input, inputJson, outcome, edits);
				return outcome;
			});
		}
		catch (Refused refused) {
			return Outcome.refused(refused.errors);
		}
	}

	private static long lockCounter(TransactionContext tx) {
		return tx.run("""
				MERGE (k:CurationCounter {id: 'curation'})
				SET k._LOCK_ = true
				WITH k
				REMOVE k._LOCK_
				RETURN coalesce(k.seq, 0) AS seq""").single().get("seq").asLong();
	}

	private static void recordChange(TransactionContext tx, long seq, String actor, String mutation, String key,
			Map<String, Object> input, String inputJson, Outcome outcome, GraphEdits edits) {
		List<Map<String, Object>> diff = edits.diff().stream().map(GraphEdits.Entry::asMap).toList();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("key", outcome.key());
		payload.put("version", outcome.version());
		payload.put("seq", outcome.seq());
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("seq", seq);
		change.put("at", ZonedDateTime.now(ZoneOffset.UTC));
		change.put("actor", actor);
		change.put("mutation", mutation);
		change.put("idempotencyKey", key);
		change.put("reason", input.get("reason"));
		change.put("input", inputJson);
		change.put("payload", JSON.writeValueAsString(payload));
		change.put("diff", JSON.writeValueAsString(diff));
		change.put("diffSize", diff.size());
		change.put("subjects", List.copyOf(subjects(edits.diff())));
		tx.run("""
				CREATE (c:Change)
				SET c = $change
				WITH c
				MATCH (k:CurationCounter {id: 'curation'})
				SET k.seq = $seq""", Map.of("change", withoutNulls(change), "seq", seq)).consume();
	}

	/** Every node a change touched, as {@code Label:key}: the lookup of an intervention's history. */
	static Set<String> subjects(List<GraphEdits.Entry> diff) {
		Set<String> subjects = new LinkedHashSet<>();
		for (GraphEdits.Entry entry : diff) {
			var node = GraphEdits.NodeKind.of(entry.entity());
			if (node.isPresent()) {
				subjects.add(node.get().label + ":" + entry.key());
			}
			else {
				GraphEdits.LinkKind link = GraphEdits.LinkKind.of(entry.entity()).orElseThrow();
				int arrow = entry.key().indexOf("->");
				String to = entry.key().substring(arrow + 2);
				subjects.add(link.from.label + ":" + entry.key().substring(0, arrow));
				subjects.add(link.to.label + ":" + (link.citation() ? to.substring(0, to.indexOf('#')) : to));
			}
		}
		return subjects;
	}

	private static Outcome replay(String payloadJson) {
		Map<String, Object> payload = JSON.readValue(payloadJson, new TypeReference<Map<String, Object>>() {
		});
		Number version = (Number) payload.get("version");
		Number seq = (Number) payload.get("seq");
		return new Outcome((String) payload.get("key"), (version != null) ? version.longValue() : null,
				(seq != null) ? seq.longValue() : null, true, List.of());
	}

	/** The curator: the authenticated principal's name (JWT subject or API key name), else "anonymous". */
	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getName() != null) ? authentication.getName() : "anonymous";
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((k, v) -> {
			if (v != null) {
				copy.put(k, v);
			}
		});
		return copy;
	}

}
