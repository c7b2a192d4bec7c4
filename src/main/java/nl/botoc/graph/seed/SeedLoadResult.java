package nl.botoc.graph.seed;

import java.time.Duration;
import java.util.Map;

/**
 * What a call to {@link SeedLoader} did, for the start-up log, for tests and for curation features that
 * reload the seed after writing it.
 *
 * @param location where the seed files were read from
 * @param hash the SHA-256 of the seed files, as stored on the {@code SeedVersion} node
 * @param loaded true when the statements ran; false when the graph already held this seed and nothing was
 * written
 * @param nodes node count per label afterwards (whole graph, not only what this call wrote)
 * @param relationships relationship count per type afterwards
 * @param took wall-clock time of the call, validation included
 */
public record SeedLoadResult(String location, String hash, boolean loaded, Map<String, Long> nodes,
		Map<String, Long> relationships, Duration took) {
}
