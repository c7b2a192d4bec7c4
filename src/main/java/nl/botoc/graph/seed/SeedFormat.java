package nl.botoc.graph.seed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ResourceLoader;

/**
 * The seed contract as other features need it (the export writes what the loader reads): the files in load order,
 * their exact headers and key columns, the hash the loader records, and the order of a seed's rows. A read-only view
 * of {@link SeedSchema}, so the two can never disagree.
 */
public final class SeedFormat {

	private SeedFormat() {
	}

	/**
	 * One seed file.
	 * @param name file name ({@code interventions.csv})
	 * @param header the exact columns, in order
	 * @param key the columns that identify a row
	 */
	public record File(String name, List<String> header, List<String> key) {
	}

	/** Every seed file, in load order. */
	public static List<File> files() {
		return SeedSchema.FILES.stream().map((f) -> new File(f.name(), f.header(), f.key())).toList();
	}

	/** The hash the loader records for these files (name to bytes, in load order): see {@link SeedFiles}. */
	public static String hash(Map<String, byte[]> contents) {
		return SeedFiles.hash(contents);
	}

	/** The raw bytes of the seed files at a location (absent files left out), in load order. */
	public static Map<String, byte[]> read(ResourceLoader resourceLoader, String location) {
		return SeedFiles.read(resourceLoader, location).contents();
	}

	/**
	 * The keys of a file's data rows in file order (key columns joined by a space), or an empty list when the bytes
	 * are not readable CSV or lack a key column: an order to follow, nothing is validated here.
	 */
	public static List<String> keysInOrder(File file, byte[] bytes) {
		List<String> keys = new ArrayList<>();
		try {
			var records = CsvReader.read(new String(bytes, StandardCharsets.UTF_8));
			if (records.isEmpty()) {
				return keys;
			}
			List<String> header = records.get(0).fields();
			List<Integer> columns = file.key().stream().map(header::indexOf).toList();
			if (columns.contains(-1)) {
				return keys;
			}
			for (var record : records.subList(1, records.size())) {
				List<String> fields = record.fields();
				if (columns.stream().allMatch((c) -> c < fields.size())) {
					keys.add(String.join(" ", columns.stream().map(fields::get).toList()));
				}
			}
		}
		catch (CsvReader.CsvSyntaxException ex) {
			keys.clear();
		}
		return keys;
	}

}
