package nl.botoc.graph.curation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Service;

import nl.botoc.graph.analysis.ReportAudit;
import nl.botoc.graph.curation.Curation.Outcome;
import nl.botoc.graph.curation.Curation.Problems;
import nl.botoc.graph.curation.Curation.Subject;
import nl.botoc.graph.curation.CurationError.Code;
import nl.botoc.graph.curation.CurationInput.Provenance;
import nl.botoc.graph.curation.GraphEdits.LinkKind;
import nl.botoc.graph.curation.GraphEdits.NodeKind;

import static nl.botoc.graph.curation.CurationInput.NAME_LENGTH;
import static nl.botoc.graph.curation.CurationInput.RATIONALE_LENGTH;
import static nl.botoc.graph.curation.CurationInput.TEXT_LENGTH;

/**
 * The mutations of {@code curation.graphqls}: for each, the checks of its input, then (in {@link Curation}'s
 * transaction) the checks against the graph under lock and the edits. Node and property names follow seed/MODEL.md,
 * so a curated node reads exactly like a seeded one; every node and link written carries {@code curatedSeq}, every
 * edited node a raised {@code version}.
 */
@Service
class CurationMutations {

	static final Pattern MUNICIPALITY_ID = Pattern.compile("mun:[a-z0-9]+(?:-[a-z0-9]+)*");

	static final Pattern CODE_PREFIX = Pattern.compile("[A-Z]{2,4}");

	static final Pattern INTERVENTION_CODE = Pattern.compile("([A-Z]{2,4})(?:[0-9]{1,3}|-X[0-9]{1,3})");

	static final Pattern SOURCE_ID = Pattern.compile("src:[a-z0-9]+(?:-[a-z0-9]+)*");

	static final Pattern CLAIM_ID = Pattern.compile("claim:[a-z0-9]+(?:[-.][a-z0-9]+)*");

	static final Pattern LINES = Pattern.compile("L[0-9]{1,5}(?:-[0-9]{1,5})?");

	static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private final Curation curation;

	CurationMutations(Curation curation) {
		this.curation = curation;
	}

	// --- municipalities

	Outcome createMunicipality(Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		NewMunicipality municipality = NewMunicipality.read(in);
		municipality.props().put("summaryEn", in.requiredText("summaryEn", TEXT_LENGTH));
		municipality.props().put("summaryNl", in.requiredText("summaryNl", TEXT_LENGTH));
		Provenance provenance = in.provenance();
		return this.curation.run("createMunicipality", input, in.problems, (tx, edits, problems, seq) -> {
			municipality.checkNew(tx, problems, "");
			CurationInput.checkSourcesExist(tx, provenance, null, problems);
			problems.check();
			municipality.create(edits, provenance, seq);
			return new Subject(municipality.id(), 1);
		});
	}

	/** A municipality to create, as read from its input (createMunicipality and the portfolio import). */
	record NewMunicipality(String id, String codePrefix, Map<String, Object> props) {

		/** Reads the attributes every new municipality has (not its summaries: the import writes its own). */
		static NewMunicipality read(CurationInput in) {
			String id = in.matching("id", MUNICIPALITY_ID, "mun:<slug> (lower-case letters, digits, hyphens)");
			String name = in.requiredText("name", NAME_LENGTH);
			String prefix = in.matching("codePrefix", CODE_PREFIX, "2 to 4 capital letters");
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("name", name);
			props.put("codePrefix", prefix);
			props.put("programme", in.optionalText("programme", NAME_LENGTH));
			props.put("focusAreas", in.optionalList("focusAreas", NAME_LENGTH));
			props.put("targetAge", in.optionalText("targetAge", NAME_LENGTH));
			return new NewMunicipality(id, prefix, props);
		}

		/** In the transaction: neither the id nor the code prefix is taken ({@code field} prefixes the error's field). */
		void checkNew(TransactionContext tx, Problems problems, String field) {
			if (GraphEdits.exists(tx, NodeKind.MUNICIPALITY, this.id)) {
				problems.add(Code.ALREADY_EXISTS, field + "id", "There is already a municipality " + this.id);
			}
			if (tx.run("MATCH (m:Municipality {codePrefix: $prefix}) RETURN m LIMIT 1", Map.of("prefix", this.codePrefix))
				.hasNext()) {
				problems.add(Code.ALREADY_EXISTS, field + "codePrefix",
						"Another municipality has the code prefix " + this.codePrefix);
			}
		}

		void create(GraphEdits edits, Provenance provenance, long seq) {
			putProvenance(this.props, provenance, List.of());
			this.props.put("version", 1L);
			this.props.put("curatedSeq", seq);
			edits.createNode(NodeKind.MUNICIPALITY, this.id, this.props);
			cite(edits, NodeKind.MUNICIPALITY, this.id, List.of(), provenance, seq);
		}

	}

	Outcome updateMunicipality(Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		String id = (String) input.get("id");
		long basedOn = ((Number) input.get("basedOnVersion")).longValue();
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		if (in.has("name")) {
			changes.put("name", in.requiredText("name", NAME_LENGTH));
		}
		if (in.has("programme")) {
			changes.put("programme", in.optionalText("programme", NAME_LENGTH));
		}
		if (in.has("focusAreas")) {
			changes.put("focusAreas", in.optionalList("focusAreas", NAME_LENGTH));
		}
		if (in.has("targetAge")) {
			changes.put("targetAge", in.optionalText("targetAge", NAME_LENGTH));
		}
		if (in.has("summaryEn")) {
			changes.put("summaryEn", in.requiredText("summaryEn", TEXT_LENGTH));
		}
		if (in.has("summaryNl")) {
			changes.put("summaryNl", in.requiredText("summaryNl", TEXT_LENGTH));
		}
		Provenance provenance = in.provenance();
		return this.curation.run("updateMunicipality", input, in.problems, (tx, edits, problems, seq) -> {
			Map<String, Object> current = lock(tx, NodeKind.MUNICIPALITY, id, "id", basedOn, problems);
			CurationInput.checkSourcesExist(tx, provenance, null, problems);
			problems.check();
			edits.updateNode(NodeKind.MUNICIPALITY, id, current, changes);
			requireChange(edits, problems);
			Map<String, @Nullable Object> provenanceChanges = new LinkedHashMap<>();
			putProvenance(provenanceChanges, provenance, sources(current));
			edits.updateNode(NodeKind.MUNICIPALITY, id, current, provenanceChanges);
			cite(edits, NodeKind.MUNICIPALITY, id, sources(current), provenance, seq);
			return new Subject(id, bump(edits, NodeKind.MUNICIPALITY, id, current, seq));
		});
	}

	// --- interventions

	Outcome createIntervention(Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		String code = in.matching("code", INTERVENTION_CODE,
				"the municipality's code prefix and a number or -X<n> (e.g. ROT12, ROT-X2)");
		String municipality = in.matching("municipality", MUNICIPALITY_ID, "a municipality id, mun:<slug>");
		String status = Objects.requireNonNullElse(in.enumValue("status"), "ADDED_LATER");
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("name", in.requiredText("name", NAME_LENGTH));
		props.put("descriptionEn", in.requiredText("descriptionEn", TEXT_LENGTH));
		props.put("descriptionNl", in.requiredText("descriptionNl", TEXT_LENGTH));
		props.put("approach", in.enumValue("approach"));
		props.put("status", status);
		props.put("formerNames", in.optionalList("formerNames", NAME_LENGTH));
		props.put("exploratory", Objects.requireNonNullElse(in.bool("exploratory"), false));
		props.put("targetAge", in.optionalText("targetAge", NAME_LENGTH));
		putLifecycle(props, status);
		Provenance provenance = in.provenance();
		return this.curation.run("createIntervention", input, in.problems, (tx, edits, problems, seq) -> {
			if (GraphEdits.exists(tx, NodeKind.INTERVENTION, code)) {
				problems.add(Code.ALREADY_EXISTS, "code", "There is already an intervention " + code);
			}
			var runner = GraphEdits.lockAndRead(tx, NodeKind.MUNICIPALITY, municipality);
			if (runner.isEmpty()) {
				problems.add(Code.UNKNOWN_ID, "municipality", "There is no municipality " + municipality);
			}
			else {
				Matcher shape = INTERVENTION_CODE.matcher(code);
				if (shape.matches() && !shape.group(1).equals(runner.get().get("codePrefix"))) {
					problems.add(Code.INVALID_VALUE, "code",
							"The code must start with the municipality's prefix " + runner.get().get("codePrefix"));
				}
			}
			CurationInput.checkSourcesExist(tx, provenance, null, problems);
			problems.check();
			props.put("approachBasis", provenance.basis());
			props.put("approachRationale", provenance.rationale());
			props.put("statusBasis", provenance.basis());
			props.put("statusRationale", provenance.rationale());
			createIntervention(edits, code, municipality, props, provenance, seq);
			return new Subject(code, 1);
		});
	}

	Outcome updateIntervention(Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		String code = (String) input.get("code");
		long basedOn = ((Number) input.get("basedOnVersion")).longValue();
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		if (in.has("name")) {
			changes.put("name", in.requiredText("name", NAME_LENGTH));
		}
		if (in.has("descriptionEn")) {
			changes.put("descriptionEn", in.requiredText("descriptionEn", TEXT_LENGTH));
		}
		if (in.has("descriptionNl")) {
			changes.put("descriptionNl", in.requiredText("descriptionNl", TEXT_LENGTH));
		}
		if (in.has("approach")) {
			if (in.enumValue("approach") == null) {
				in.problems.add(Code.INVALID_VALUE, "approach", "approach cannot be cleared");
			}
			changes.put("approach", in.enumValue("approach"));
		}
		if (in.has("formerNames")) {
			changes.put("formerNames", in.optionalList("formerNames", NAME_LENGTH));
		}
		if (in.has("exploratory")) {
			changes.put("exploratory", Objects.requireNonNullElse(in.bool("exploratory"), false));
		}
		if (in.has("targetAge")) {
			changes.put("targetAge", in.optionalText("targetAge", NAME_LENGTH));
		}
		Provenance provenance = in.provenance();
		return this.curation.run("updateIntervention", input, in.problems, (tx, edits, problems, seq) -> {
			Map<String, Object> current = lock(tx, NodeKind.INTERVENTION, code, "code", basedOn, problems);
			CurationInput.checkSourcesExist(tx, provenance, null, problems);
			problems.check();
			edits.updateNode(NodeKind.INTERVENTION, code, current, changes);
			requireChange(edits, problems);
			Map<String, @Nullable Object> provenanceChanges = new LinkedHashMap<>();
			if (changes.containsKey("approach") && !Objects.equals(changes.get("approach"), current.get("approach"))) {
				provenanceChanges.put("approachBasis", provenance.basis());
				provenanceChanges.put("approachRationale", provenance.rationale());
			}
			putProvenance(provenanceChanges, provenance, sources(current));
			edits.updateNode(NodeKind.INTERVENTION, code, current, provenanceChanges);
			cite(edits, NodeKind.INTERVENTION, code, sources(current), provenance, seq);
			return new Subject(code, bump(edits, NodeKind.INTERVENTION, code, current, seq));
		});
	}

	Outcome changeInterventionStatus(Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		String code = (String) input.get("code");
		long basedOn = ((Number) input.get("basedOnVersion")).longValue();
		String status = in.enumValue("status");
		String date = in.matching("date", DATE, "a date, YYYY-MM-DD");
		if (DATE.matcher(date).matches()) {
			try {
				if (LocalDate.parse(date).isAfter(LocalDate.now(ZoneOffset.UTC))) {
					in.problems.add(Code.INVALID_VALUE, "date", "date lies in the future");
				}
			}
			catch (DateTimeException ex) {
				in.problems.add(Code.INVALID_VALUE, "date", "date is not a day of the calendar");
			}
		}
		String reason = in.requiredText("reason", RATIONALE_LENGTH);
		Provenance provenance = in.provenance();
		return this.curation.run("changeInterventionStatus", input, in.problems, (tx, edits, problems, seq) -> {
			Map<String, Object> current = lock(tx, NodeKind.INTERVENTION, code, "code", basedOn, problems);
			CurationInput.checkSourcesExist(tx, provenance, null, problems);
			if (current != null && Objects.equals(current.get("status"), status)) {
				problems.add(Code.NO_CHANGE, "status", "The intervention already has status " + status);
			}
			problems.check();
			Map<String, @Nullable Object> changes = new LinkedHashMap<>();
			changes.put("status", status);
			changes.put("statusBasis", provenance.basis());
			changes.put("statusRationale", Objects.requireNonNullElse(provenance.rationale(), reason));
			changes.put("statusChangedOn", date);
			changes.put("statusReason", reason);
			putLifecycle(changes, status);
			changes.put("source", union(sources(current), provenance.source()));
			edits.updateNode(NodeKind.INTERVENTION, code, current, changes);
			cite(edits, NodeKind.INTERVENTION, code, sources(current), provenance, seq);
			return new Subject(code, bump(edits, NodeKind.INTERVENTION, code, current, seq));
		});
	}

	/** The kinds of link an intervention has, by mutation: the link kind and the input field naming its target. */
	enum InterventionLink {

		THEME(LinkKind.TOUCHES, "theme"), FACTOR(LinkKind.TARGETS, "target"), MECHANISM(LinkKind.USES, "mechanism"),
		CITATION(LinkKind.INTERVENTION_CITES, "target");

		final LinkKind kind;

		final String field;

		InterventionLink(LinkKind kind, String field) {
			this.kind = kind;
			this.field = field;
		}

	}

	Outcome link(String mutation, InterventionLink link, Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		String code = (String) input.get("code");
		Long basedOn = (input.get("basedOnVersion") != null) ? ((Number) input.get("basedOnVersion")).longValue() : null;
		String target = (String) input.get(link.field);
		boolean main = Boolean.TRUE.equals(in.bool("main"));
		String localName = (link == InterventionLink.MECHANISM) ? in.optionalText("localName", NAME_LENGTH) : null;
		if (link == InterventionLink.CITATION) {
			in.matching(link.field, CurationInput.SOURCE_ENTRY, "a citation, <source-id>#<locator>");
		}
		Provenance provenance = in.provenance();
		return this.curation.run(mutation, input, in.problems, (tx, edits, problems, seq) -> {
			Map<String, Object> current = lock(tx, NodeKind.INTERVENTION, code, "code", basedOn, problems);
			String targetKey = (link == InterventionLink.CITATION) ? target.substring(0, target.indexOf('#')) : target;
			if (!GraphEdits.exists(tx, link.kind.to, targetKey)) {
				problems.add(Code.UNKNOWN_ID, link.field, "There is no " + link.kind.to.label.toLowerCase() + " " + targetKey);
			}
			else if (current != null && (GraphEdits.readLink(tx, link.kind, code, target).isPresent()
					|| (link == InterventionLink.CITATION && sources(current).contains(target)))) {
				problems.add(Code.LINK_EXISTS, link.field, code + " is already linked to " + target);
			}
			if (link == InterventionLink.THEME && main && current != null) {
				var mainTheme = tx.run("MATCH (:Intervention {code: $code})-[r:TOUCHES]->(t:Theme) WHERE r.main RETURN t.id AS id",
						Map.of("code", code)).list();
				if (!mainTheme.isEmpty() && !mainTheme.get(0).get("id").asString().equals(target)) {
					problems.add(Code.SECOND_MAIN_THEME, "main", code + " already has the main theme "
							+ mainTheme.get(0).get("id").asString() + "; unlink it or link this one with main: false");
				}
			}
			CurationInput.checkSourcesExist(tx, provenance, null, problems);
			problems.check();
			if (link == InterventionLink.CITATION) {
				Map<String, @Nullable Object> changes = new LinkedHashMap<>();
				changes.put("source", union(sources(current), List.of(target)));
				edits.updateNode(NodeKind.INTERVENTION, code, current, changes);
				edits.createLink(link.kind, code, target, citationProperties(target, provenance, seq));
			}
			else {
				Map<String, Object> props = new LinkedHashMap<>();
				if (link == InterventionLink.THEME) {
					props.put("main", main);
				}
				if (link == InterventionLink.MECHANISM) {
					props.put("localName", localName);
				}
				props.putAll(linkProvenance(provenance, seq));
				edits.createLink(link.kind, code, target, props);
			}
			return new Subject(code, bump(edits, NodeKind.INTERVENTION, code, current, seq));
		});
	}

	Outcome unlink(String mutation, InterventionLink link, Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		String code = (String) input.get("code");
		Long basedOn = (input.get("basedOnVersion") != null) ? ((Number) input.get("basedOnVersion")).longValue() : null;
		String target = (String) input.get("target");
		if (link == InterventionLink.CITATION) {
			in.matching("target", CurationInput.SOURCE_ENTRY, "a citation, <source-id>#<locator>");
		}
		Provenance provenance = in.provenance();
		return this.curation.run(mutation, input, in.problems, (tx, edits, problems, seq) -> {
			Map<String, Object> current = lock(tx, NodeKind.INTERVENTION, code, "code", basedOn, problems);
			var existing = (current != null) ? GraphEdits.readLink(tx, link.kind, code, target) : java.util.Optional.<Map<String, Object>>empty();
			boolean cited = current != null && link == InterventionLink.CITATION && sources(current).contains(target);
			if (current != null && existing.isEmpty() && !cited) {
				problems.add(Code.NO_SUCH_LINK, "target", code + " is not linked to " + target);
			}
			if (cited && sources(current).size() == 1) {
				problems.add(Code.LAST_SOURCE, "target", "This is the last citation of " + code + "; cite another place first");
			}
			CurationInput.checkSourcesExist(tx, provenance, null, problems);
			problems.check();
			if (link == InterventionLink.CITATION) {
				List<String> remaining = new ArrayList<>(sources(current));
				remaining.remove(target);
				Map<String, @Nullable Object> changes = new LinkedHashMap<>();
				changes.put("source", remaining);
				edits.updateNode(NodeKind.INTERVENTION, code, current, changes);
			}
			existing.ifPresent((props) -> edits.deleteLink(link.kind, code, target, props));
			return new Subject(code, bump(edits, NodeKind.INTERVENTION, code, current, seq));
		});
	}

	// --- sources and claims

	Outcome addSource(Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		String id = in.matching("id", SOURCE_ID, "src:<slug> (lower-case letters, digits, hyphens)");
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("kind", in.enumValue("kind"));
		props.put("title", in.requiredText("title", NAME_LENGTH));
		props.put("authors", in.optionalList("authors", NAME_LENGTH));
		props.put("year", in.integer("year", 1900, LocalDate.now(ZoneOffset.UTC).getYear() + 1));
		props.put("publisher", in.optionalText("publisher", NAME_LENGTH));
		props.put("studiesAnalysed", in.integer("studiesAnalysed", 0, 100_000));
		props.put("descriptionEn", in.requiredText("descriptionEn", TEXT_LENGTH));
		Provenance provenance = in.provenance();
		return this.curation.run("addSource", input, in.problems, (tx, edits, problems, seq) -> {
			if (GraphEdits.exists(tx, NodeKind.SOURCE, id)) {
				problems.add(Code.ALREADY_EXISTS, "id", "There is already a source " + id);
			}
			CurationInput.checkSourcesExist(tx, provenance, id, problems);
			problems.check();
			putProvenance(props, provenance, List.of());
			props.put("version", 1L);
			props.put("curatedSeq", seq);
			edits.createNode(NodeKind.SOURCE, id, props);
			return new Subject(id, 1);
		});
	}

	Outcome addClaim(Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		String id = in.matching("id", CLAIM_ID, "claim:<slug>");
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("statementEn", in.requiredText("statementEn", TEXT_LENGTH));
		String metric = (String) input.get("metric");
		if (!ReportAudit.METRICS.contains(metric)) {
			in.problems.add(Code.INVALID_VALUE, "metric", "metric must be one of the audit vocabulary of seed/FORMAT.md");
		}
		props.put("metric", metric);
		props.put("scope", in.optionalText("scope", NAME_LENGTH));
		props.put("comparison", in.enumValue("comparison"));
		props.put("expected", in.integer("expected", 0, 1_000_000_000));
		props.put("printed", in.requiredText("printed", NAME_LENGTH));
		if (input.get("lines") != null) {
			props.put("lines", in.matching("lines", LINES, "L<line> or L<first>-<last>"));
		}
		props.put("explanation", in.optionalText("explanation", TEXT_LENGTH));
		Provenance provenance = in.provenance();
		if (provenance != null && !"stated".equals(provenance.basis())) {
			in.problems.add(Code.INVALID_VALUE, "provenance.basis", "A claim is what a source prints: its basis is STATED");
		}
		return this.curation.run("addClaim", input, in.problems, (tx, edits, problems, seq) -> {
			if (GraphEdits.exists(tx, NodeKind.CLAIM, id)) {
				problems.add(Code.ALREADY_EXISTS, "id", "There is already a claim " + id);
			}
			CurationInput.checkSourcesExist(tx, provenance, null, problems);
			problems.check();
			putProvenance(props, provenance, List.of());
			props.put("version", 1L);
			props.put("curatedSeq", seq);
			edits.createNode(NodeKind.CLAIM, id, props);
			cite(edits, NodeKind.CLAIM, id, List.of(), provenance, seq);
			return new Subject(id, 1);
		});
	}

	Outcome resolveClaim(Map<String, Object> input) {
		CurationInput in = new CurationInput(input);
		String id = (String) input.get("id");
		long basedOn = ((Number) input.get("basedOnVersion")).longValue();
		String explanation = in.requiredText("explanation", TEXT_LENGTH);
		Provenance provenance = in.provenance();
		return this.curation.run("resolveClaim", input, in.problems, (tx, edits, problems, seq) -> {
			Map<String, Object> current = lock(tx, NodeKind.CLAIM, id, "id", basedOn, problems);
			CurationInput.checkSourcesExist(tx, provenance, null, problems);
			problems.check();
			Map<String, @Nullable Object> changes = new LinkedHashMap<>();
			changes.put("explanation", explanation);
			edits.updateNode(NodeKind.CLAIM, id, current, changes);
			requireChange(edits, problems);
			Map<String, @Nullable Object> sources = new LinkedHashMap<>();
			sources.put("source", union(sources(current), provenance.source()));
			edits.updateNode(NodeKind.CLAIM, id, current, sources);
			cite(edits, NodeKind.CLAIM, id, sources(current), provenance, seq);
			return new Subject(id, bump(edits, NodeKind.CLAIM, id, current, seq));
		});
	}

	// --- shared steps

	/** Writes a new intervention run by {@code municipality}, with its citations (createIntervention, the import). */
	static void createIntervention(GraphEdits edits, String code, String municipality, Map<String, Object> props,
			Provenance provenance, long seq) {
		putProvenance(props, provenance, List.of());
		props.put("version", 1L);
		props.put("curatedSeq", seq);
		edits.createNode(NodeKind.INTERVENTION, code, props);
		edits.createLink(LinkKind.RUNS, municipality, code, linkProvenance(provenance, seq));
		cite(edits, NodeKind.INTERVENTION, code, List.of(), provenance, seq);
	}

	/** What the status implies, as the seed loader derives it: planned unless added later; carried out or not. */
	static void putLifecycle(Map<String, @Nullable Object> props, String status) {
		props.put("planned", !"ADDED_LATER".equals(status));
		props.put("carriedOut", "AS_PLANNED".equals(status) || "ADAPTED".equals(status));
	}

	/**
	 * Locks the node and reads it; records UNKNOWN_ID when it does not exist and VERSION_CONFLICT when
	 * {@code basedOn} is given and is not its version. Null when it does not exist.
	 */
	private static @Nullable Map<String, Object> lock(TransactionContext tx, NodeKind kind, String key, String field,
			@Nullable Long basedOn, Problems problems) {
		var current = GraphEdits.lockAndRead(tx, kind, key);
		if (current.isEmpty()) {
			problems.add(Code.UNKNOWN_ID, field, "There is no " + kind.label.toLowerCase() + " " + key);
			return null;
		}
		long version = version(current.get());
		if (basedOn != null && basedOn != version) {
			problems.conflict(version, basedOn);
		}
		return current.get();
	}

	static long version(Map<String, Object> node) {
		Object version = node.get("version");
		return (version instanceof Number number) ? number.longValue() : 0L;
	}

	/** Raises the node's version and marks it with this change; returns the new version. */
	private static long bump(GraphEdits edits, NodeKind kind, String key, Map<String, Object> current, long seq) {
		long version = version(current) + 1;
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		changes.put("version", version);
		changes.put("curatedSeq", seq);
		edits.updateNode(kind, key, current, changes);
		return version;
	}

	private static void requireChange(GraphEdits edits, Problems problems) {
		if (edits.isEmpty()) {
			problems.add(Code.NO_CHANGE, null, "The graph already holds these values; nothing to change");
			problems.check();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> sources(@Nullable Map<String, Object> node) {
		return (node != null && node.get("source") instanceof List<?> list) ? (List<String>) list : List.of();
	}

	private static List<String> union(List<String> current, List<String> added) {
		List<String> all = new ArrayList<>(current);
		for (String entry : added) {
			if (!all.contains(entry)) {
				all.add(entry);
			}
		}
		return all;
	}

	/** The node's provenance after this write: its citations plus the new ones, the new basis and rationale. */
	static void putProvenance(Map<String, @Nullable Object> props, Provenance provenance, List<String> current) {
		props.put("source", union(current, provenance.source()));
		props.put("basis", provenance.basis());
		props.put("rationale", provenance.rationale());
	}

	static Map<String, Object> linkProvenance(Provenance provenance, long seq) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("source", provenance.source());
		props.put("basis", provenance.basis());
		props.put("rationale", provenance.rationale());
		props.put("curatedSeq", seq);
		return props;
	}

	private static Map<String, Object> citationProperties(String entry, Provenance provenance, long seq) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("source", List.of(entry));
		props.put("basis", provenance.basis());
		props.put("rationale", provenance.rationale());
		props.put("curatedSeq", seq);
		return props;
	}

	/** A {@code SOURCED_FROM} link for every entry of the provenance the node did not cite yet. */
	static void cite(GraphEdits edits, NodeKind kind, String key, List<String> current, Provenance provenance,
			long seq) {
		for (String entry : provenance.source()) {
			if (!current.contains(entry)) {
				edits.createLink(LinkKind.citationOf(kind), key, entry, citationProperties(entry, provenance, seq));
			}
		}
	}

}
