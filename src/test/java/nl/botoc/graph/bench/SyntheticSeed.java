package nl.botoc.graph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic seed, {@code scale} times the size of the curated one, in the seed format (seed/FORMAT.md), for
 * the benchmark: the loader reads it like the real seed ({@code --botoc.seed.location=file:<dir>/}).
 * <p>
 * It keeps the seed's shape by resampling it rather than inventing a distribution: the reference data (sources, the
 * 12 themes, the 72 factors, the mechanisms, the theme statements of §3.1.1 and the claims) is copied as it is;
 * there are {@code 8 × scale} municipalities, copies of the eight (copy 1 keeps the real ids, so the claims and the
 * example queries still resolve; copy k is {@code mun:<id>-k}); each gets as many interventions as a randomly drawn
 * real municipality has (3 to 13), and each intervention copies a randomly drawn real intervention: its attributes,
 * its themes (with the same main one), the factors it targets and the mechanisms it uses, the local name of each
 * drawn from the names that mechanism has in the seed. The links per intervention, the factor targeting and the
 * local names therefore follow the seed's proportions, and every rule the validator checks holds by construction
 * (one main theme, an ungrounded intervention targets no grounded risk factor). Codes are the municipality's prefix
 * and {@code 100 × (copy − 1) + n}, so copy 1 holds {@code AMS1}…{@code AMS13} and every code is unique.
 * <p>
 * The same {@code scale} and {@code seed} always give the same files, byte for byte.
 */
public final class SyntheticSeed {

	/** Files copied as they are: the reference data every scale shares. */
	static final List<String> COPIED = List.of("sources.csv", "themes.csv", "factors.csv", "mechanisms.csv",
			"claims.csv", "theme_factors.csv");

	private SyntheticSeed() {
	}

	/** {@code SyntheticSeed <scale> <seed-value> <from seed dir> <to dir>}. */
	public static void main(String[] args) {
		if (args.length != 4) {
			System.err.println("usage: SyntheticSeed <scale> <seed-value> <curated seed dir> <output dir>");
			System.exit(2);
		}
		Summary summary = write(Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[0]), Long.parseLong(args[1]));
		System.out.println(summary);
	}

	/** What was written. */
	public record Summary(int scale, long seed, int municipalities, int interventions, int themeLinks,
			int factorLinks, int mechanismLinks) {
	}

	/** Writes the synthetic seed into {@code to} (created if needed) and says how large it is. */
	public static Summary write(Path from, Path to, int scale, long seed) {
		if (scale < 1) {
			throw new IllegalArgumentException("scale must be at least 1, was " + scale);
		}
		Random random = new Random(seed);
		Csv municipalities = Csv.read(from.resolve("municipalities.csv"));
		Csv interventions = Csv.read(from.resolve("interventions.csv"));
		Map<String, List<Map<String, String>>> themesOf = Csv.read(from.resolve("intervention_themes.csv")).groupBy("intervention");
		Map<String, List<Map<String, String>>> factorsOf = Csv.read(from.resolve("intervention_factors.csv")).groupBy("intervention");
		Csv mechanismLinks = Csv.read(from.resolve("intervention_mechanisms.csv"));
		Map<String, List<Map<String, String>>> mechanismsOf = mechanismLinks.groupBy("intervention");
		Map<String, List<String>> localNames = new LinkedHashMap<>();
		for (Map<String, String> link : mechanismLinks.rows()) {
			localNames.computeIfAbsent(link.get("mechanism"), (k) -> new ArrayList<>()).add(link.get("local_name"));
		}
		// Interventions per real municipality: the distribution each synthetic municipality draws its size from.
		List<Integer> sizes = municipalities.rows()
			.stream()
			.map((m) -> (int) interventions.rows().stream().filter((i) -> m.get("id").equals(i.get("municipality"))).count())
			.toList();

		Csv outMunicipalities = municipalities.empty();
		Csv outInterventions = interventions.empty();
		Csv outThemes = new Csv(List.of("intervention", "theme", "main", "source", "basis", "rationale"), new ArrayList<>());
		Csv outFactors = new Csv(List.of("intervention", "factor", "source", "basis", "rationale"), new ArrayList<>());
		Csv outMechanisms = mechanismLinks.empty();
		for (int copy = 1; copy <= scale; copy++) {
			for (Map<String, String> real : municipalities.rows()) {
				Map<String, String> municipality = new LinkedHashMap<>(real);
				if (copy > 1) {
					municipality.put("id", real.get("id") + "-" + copy);
					municipality.put("name", real.get("name") + " " + copy);
				}
				outMunicipalities.rows().add(municipality);
				int size = sizes.get(random.nextInt(sizes.size()));
				for (int n = 1; n <= size; n++) {
					Map<String, String> donor = interventions.rows().get(random.nextInt(interventions.rows().size()));
					String code = real.get("code_prefix") + (100 * (copy - 1) + n);
					Map<String, String> intervention = new LinkedHashMap<>(donor);
					intervention.put("code", code);
					intervention.put("municipality", municipality.get("id"));
					outInterventions.rows().add(intervention);
					String donorCode = donor.get("code");
					themesOf.getOrDefault(donorCode, List.of()).forEach((link) -> outThemes.rows().add(relink(link, code)));
					factorsOf.getOrDefault(donorCode, List.of()).forEach((link) -> outFactors.rows().add(relink(link, code)));
					for (Map<String, String> link : mechanismsOf.getOrDefault(donorCode, List.of())) {
						Map<String, String> use = relink(link, code);
						List<String> names = localNames.get(link.get("mechanism"));
						use.put("local_name", names.get(random.nextInt(names.size())));
						outMechanisms.rows().add(use);
					}
				}
			}
		}
		try {
			Files.createDirectories(to);
			for (String name : COPIED) {
				Files.copy(from.resolve(name), to.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		outMunicipalities.write(to.resolve("municipalities.csv"));
		outInterventions.write(to.resolve("interventions.csv"));
		// The §3.1.3 elements are reference data too; a link to an intervention the generator did not copy (the
		// added-later ones) is left empty, as the seed does for an element the report places nowhere.
		Csv elements = Csv.read(from.resolve("exploratory_elements.csv"));
		java.util.Set<String> codes = new java.util.HashSet<>();
		outInterventions.rows().forEach((row) -> codes.add(row.get("code")));
		elements.rows().forEach((row) -> {
			if (!codes.contains(row.get("intervention"))) {
				row.put("intervention", "");
			}
		});
		elements.write(to.resolve("exploratory_elements.csv"));
		outThemes.write(to.resolve("intervention_themes.csv"));
		outFactors.write(to.resolve("intervention_factors.csv"));
		outMechanisms.write(to.resolve("intervention_mechanisms.csv"));
		return new Summary(scale, seed, outMunicipalities.rows().size(), outInterventions.rows().size(),
				outThemes.rows().size(), outFactors.rows().size(), outMechanisms.rows().size());
	}

	private static Map<String, String> relink(Map<String, String> link, String code) {
		Map<String, String> copy = new LinkedHashMap<>(link);
		copy.put("intervention", code);
		return copy;
	}

	/**
	 * A seed file in memory: its header and rows. Reading and writing follow the seed format (RFC 4180, {@code \n}
	 * line ends, quotes only where needed), which is all the seed files use.
	 */
	record Csv(List<String> header, List<Map<String, String>> rows) {

		static Csv read(Path file) {
			String text;
			try {
				text = Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			List<List<String>> records = parse(text);
			List<String> header = records.get(0);
			List<Map<String, String>> rows = new ArrayList<>();
			for (List<String> record : records.subList(1, records.size())) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), record.get(i));
				}
				rows.add(row);
			}
			return new Csv(header, rows);
		}

		Csv empty() {
			return new Csv(this.header, new ArrayList<>());
		}

		Map<String, List<Map<String, String>>> groupBy(String column) {
			Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
			this.rows.forEach((row) -> groups.computeIfAbsent(row.get(column), (k) -> new ArrayList<>()).add(row));
			return groups;
		}

		Set<String> values(String column) {
			Set<String> values = new LinkedHashSet<>();
			this.rows.forEach((row) -> values.add(row.get(column)));
			return values;
		}

		void write(Path file) {
			StringBuilder out = new StringBuilder();
			line(out, this.header);
			for (Map<String, String> row : this.rows) {
				line(out, this.header.stream().map(row::get).toList());
			}
			try {
				Files.writeString(file, out, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static void line(StringBuilder out, List<String> fields) {
			for (int i = 0; i < fields.size(); i++) {
				String field = fields.get(i);
				if (i > 0) {
					out.append(',');
				}
				if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
					out.append('"').append(field.replace("\"", "\"\"")).append('"');
				}
				else {
					out.append(field);
				}
			}
			out.append('\n');
		}

		private static List<List<String>> parse(String text) {
			List<List<String>> records = new ArrayList<>();
			List<String> record = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					record.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n') {
					record.add(field.toString());
					field.setLength(0);
					records.add(record);
					record = new ArrayList<>();
				}
				else if (c != '\r') {
					field.append(c);
				}
			}
			if (field.length() > 0 || !record.isEmpty()) {
				record.add(field.toString());
				records.add(record);
			}
			return records;
		}

	}

}
