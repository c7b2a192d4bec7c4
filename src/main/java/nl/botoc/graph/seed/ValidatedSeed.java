package nl.botoc.graph.seed;

import java.util.List;
import java.util.Map;

/**
 * A seed that passed {@link SeedValidator}: the only thing {@link SeedLoader} writes from, so nothing
 * unchecked reaches the graph.
 *
 * @param hash the hash of the files (see {@link SeedFiles})
 * @param files the file names, in load order
 * @param rows per file name, its data rows as column-to-raw-text maps (empty fields are empty strings;
 * conversions happen in the loader's Cypher)
 */
record ValidatedSeed(String hash, List<String> files, Map<String, List<Map<String, String>>> rows) {
}
