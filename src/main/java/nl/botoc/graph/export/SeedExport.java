package nl.botoc.graph.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import nl.botoc.graph.seed.SeedFormat;
import nl.botoc.graph.system.Sessions;

/**
 * Writes the graph back in the {@code seed/} format: the same files, columns and RFC 4180 quoting the loader reads
 * (seed/FORMAT.md), so that loading an export gives the same graph and a curated change can go into {@code seed/} and
 * through code review. One read statement per file, the inverse of its loader statement (cypher/seed/), all in one
 * read transaction: one consistent state of the graph.
 * <p>
 * Rows come in the order of a reference seed (the configured one) where it has them, so an unchanged graph exports
 * byte for byte as its seed and a review diff shows only what changed; rows the reference lacks follow, in natural key
 * order (AMS2 before AMS10).
 */
public final class SeedExport {

	/** The statement per file; each returns the file's columns, named as in its header. */
	private static final Map<String, String> STATEMENTS = Map.ofEntries(
			Map.entry("sources.csv", """
					MATCH (n:Source)
					RETURN n.id AS id, n.kind AS kind, n.title AS title, n.authors AS authors, n.year AS year,
					       n.publisher AS publisher, n.studiesAnalysed AS studies_analysed,
					       n.descriptionEn AS description_en, n.source AS source, n.basis AS basis, n.rationale AS rationale
					"""),
			Map.entry("municipalities.csv", """
					MATCH (n:Municipality)
					RETURN n.id AS id, n.name AS name, n.codePrefix AS code_prefix, n.programme AS programme,
					       n.focusAreas AS focus_areas, n.targetAge AS target_age, n.summaryEn AS summary_en,
					       n.summaryNl AS summary_nl, n.source AS source, n.basis AS basis, n.rationale AS rationale
					"""),
			Map.entry("themes.csv", """
					MATCH (n:Theme)
					RETURN n.id AS id, n.labelNl AS label_nl, n.shortLabelNl AS short_label_nl, n.labelEn AS label_en,
					       n.approach AS approach, n.descriptionEn AS description_en, n.source AS source,
					       n.basis AS basis, n.rationale AS rationale
					"""),
			Map.entry("factors.csv", """
					MATCH (n:Factor)
					RETURN n.id AS id, n.kind AS kind, n.nameNl AS name_nl, n.nameEn AS name_en, n.category AS category,
					       n.evidence AS evidence, n.targetGroup AS target_group, n.studiedInNl AS studied_in_nl,
					       n.modifiable AS modifiable, n.modifiableBasis AS modifiable_basis,
					       n.modifiableRationale AS modifiable_rationale,
					       head(COLLECT { MATCH (n)-[:IDENTIFIED_IN]->(s:Source) RETURN s.id ORDER BY s.id }) AS identified_in,
					       n.source AS source, n.basis AS basis, n.rationale AS rationale
					"""),
			Map.entry("mechanisms.csv", """
					MATCH (n:Mechanism)
					RETURN n.id AS id, n.nameEn AS name_en, n.nameNl AS name_nl, n.descriptionEn AS description_en,
					       n.descriptionNl AS description_nl, n.source AS source, n.basis AS basis, n.rationale AS rationale
					"""),
			Map.entry("interventions.csv", """
					MATCH (n:Intervention)
					RETURN n.code AS code,
					       head(COLLECT { MATCH (m:Municipality)-[:RUNS]->(n) RETURN m.id ORDER BY m.id }) AS municipality,
					       n.name AS name, n.descriptionEn AS description_en, n.descriptionNl AS description_nl,
					       n.approach AS approach, n.approachBasis AS approach_basis, n.approachRationale AS approach_rationale,
					       n.status AS status, n.statusBasis AS status_basis, n.statusRationale AS status_rationale,
					       n.formerNames AS former_names, n.recognised AS recognised,
					       head(COLLECT { MATCH (n)-[:RECOGNISED_BY]->(s:Source) RETURN s.id ORDER BY s.id }) AS recognised_by,
					       n.recognisedBasis AS recognised_basis, n.recognisedRationale AS recognised_rationale,
					       n.grounded AS grounded, n.groundedBasis AS grounded_basis, n.groundedRationale AS grounded_rationale,
					       n.exploratory AS exploratory, n.targetAge AS target_age, n.source AS source, n.basis AS basis,
					       n.rationale AS rationale
					"""),
			Map.entry("claims.csv", """
					MATCH (n:Claim)
					RETURN n.id AS id, n.statementEn AS statement_en, n.metric AS metric, n.scope AS scope,
					       n.comparison AS comparison, n.expected AS expected, n.printed AS printed, n.lines AS lines,
					       n.source AS source, n.basis AS basis, n.explanation AS explanation
					"""),
			Map.entry("intervention_themes.csv", """
					MATCH (i:Intervention)-[r:TOUCHES]->(t:Theme)
					RETURN i.code AS intervention, t.id AS theme, r.main AS main, r.source AS source, r.basis AS basis,
					       r.rationale AS rationale
					"""),
			Map.entry("theme_factors.csv", """
					MATCH (t:Theme)-[r:TARGETS]->(f:Factor)
					RETURN t.id AS theme, f.id AS factor, r.source AS source, r.basis AS basis, r.rationale AS rationale
					"""),
			Map.entry("intervention_factors.csv", """
					MATCH (i:Intervention)-[r:TARGETS]->(f:Factor)
					RETURN i.code AS intervention, f.id AS factor, r.source AS source, r.basis AS basis,
					       r.rationale AS rationale
					"""),
			Map.entry("intervention_mechanisms.csv", """
					MATCH (i:Intervention)-[r:USES]->(m:Mechanism)
					RETURN i.code AS intervention, m.id AS mechanism, r.localName AS local_name, r.source AS source,
					       r.basis AS basis, r.rationale AS rationale
					"""),
			Map.entry("exploratory_elements.csv", """
					MATCH (n:ExploratoryElement)
					RETURN n.id AS id, n.nameEn AS name_en, n.nameNl AS name_nl, n.descriptionEn AS description_en,
					       n.descriptionNl AS description_nl, n.termNl AS term_nl,
					       head(COLLECT { MATCH (n)-[:IN_MUNICIPALITY]->(x:Municipality) RETURN x.id ORDER BY x.id }) AS municipality,
					       head(COLLECT { MATCH (n)-[:ELEMENT_OF]->(x:Intervention) RETURN x.code ORDER BY x.code }) AS intervention,
					       head(COLLECT { MATCH (n)-[:ON_THEME]->(x:Theme) RETURN x.id ORDER BY x.id }) AS theme,
					       head(COLLECT { MATCH (n)-[:DRAWS_ON]->(x:Mechanism) RETURN x.id ORDER BY x.id }) AS mechanism,
					       n.linkBasis AS link_basis, n.linkRationale AS link_rationale, n.source AS source,
					       n.basis AS basis, n.rationale AS rationale
					"""));

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private SeedExport() {
	}

	/**
	 * The seed files of the graph the driver reads (file name to bytes, in load order).
	 * @param reference a seed whose row order to keep (file name to bytes; a missing file: natural order only)
	 */
	public static Map<String, byte[]> export(Driver driver, Map<String, byte[]> reference) {
		try (var session = driver.session(Sessions.reading(driver))) {
			return session.executeRead((tx) -> export(tx, reference));
		}
	}

	/** {@link #export(Driver, Map)} inside a transaction of the caller's. */
	public static Map<String, byte[]> export(TransactionContext tx, Map<String, byte[]> reference) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (SeedFormat.File file : SeedFormat.files()) {
			List<Record> records = tx.run(STATEMENTS.get(file.name())).list();
			List<List<String>> rows = new ArrayList<>();
			for (Record record : records) {
				if (!record.keys().equals(file.header())) {
					throw new IllegalStateException("Export statement of " + file.name() + " returns "
							+ record.keys() + ", the seed header is " + file.header());
				}
				rows.add(record.values().stream().map(SeedExport::text).toList());
			}
			byte[] ref = reference.get(file.name());
			sort(file, rows, (ref != null) ? SeedFormat.keysInOrder(file, ref) : List.of());
			files.put(file.name(), csv(file.header(), rows));
		}
		return files;
	}

	/** Reference rows first, in their order; then the others in natural key order. */
	private static void sort(SeedFormat.File file, List<List<String>> rows, List<String> referenceOrder) {
		List<Integer> keyColumns = file.key().stream().map(file.header()::indexOf).toList();
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < referenceOrder.size(); i++) {
			position.putIfAbsent(referenceOrder.get(i), i);
		}
		Comparator<List<String>> byReference = Comparator
			.comparingInt((List<String> row) -> position.getOrDefault(key(row, keyColumns), Integer.MAX_VALUE));
		Comparator<List<String>> natural = (a, b) -> naturalCompare(key(a, keyColumns), key(b, keyColumns));
		rows.sort(byReference.thenComparing(natural).thenComparing((a, b) -> String.join(",", a).compareTo(String.join(",", b))));
	}

	private static String key(List<String> row, List<Integer> columns) {
		return String.join(" ", columns.stream().map(row::get).toList());
	}

	/** Compares text with runs of digits as numbers: AMS2 before AMS10. */
	static int naturalCompare(String a, String b) {
		Matcher ma = NUMBER.matcher(a);
		Matcher mb = NUMBER.matcher(b);
		int ia = 0;
		int ib = 0;
		while (ia < a.length() && ib < b.length()) {
			boolean da = Character.isDigit(a.charAt(ia));
			boolean db = Character.isDigit(b.charAt(ib));
			if (da && db && ma.find(ia) && mb.find(ib)) {
				int c = new java.math.BigInteger(ma.group()).compareTo(new java.math.BigInteger(mb.group()));
				if (c != 0) {
					return c;
				}
				ia = ma.end();
				ib = mb.end();
				continue;
			}
			int c = Character.compare(a.charAt(ia), b.charAt(ib));
			if (c != 0) {
				return c;
			}
			ia++;
			ib++;
		}
		return Integer.compare(a.length() - ia, b.length() - ib);
	}

	/** A property as the seed writes it: lists joined by {@code |}, booleans and numbers as text, absent as empty. */
	static String text(Value value) {
		if (value == null || value.isNull()) {
			return "";
		}
		if (value.hasType(TypeSystem.getDefault().LIST())) {
			return String.join("|", value.asList(SeedExport::text));
		}
		TypeSystem types = TypeSystem.getDefault();
		if (value.hasType(types.STRING())) {
			return value.asString();
		}
		if (value.hasType(types.BOOLEAN())) {
			return Boolean.toString(value.asBoolean());
		}
		if (value.hasType(types.INTEGER())) {
			return Long.toString(value.asLong());
		}
		return value.toString();
	}

	/** RFC 4180 as the seed writes it: a field is quoted only when it holds a comma, quote or line break. */
	static byte[] csv(List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		line(out, header);
		rows.forEach((row) -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String field = fields.get(i);
			if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
				out.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(field);
			}
		}
		out.append('\n');
	}

}
