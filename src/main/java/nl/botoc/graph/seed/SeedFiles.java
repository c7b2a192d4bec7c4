package nl.botoc.graph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The raw bytes of the seed files found at one location, and the hash that tells whether the graph already
 * holds exactly this seed. Files the schema expects but the location lacks are simply absent here; the
 * validator reports them.
 *
 * @param location where the files were read from, for messages
 * @param contents file name to bytes, in load order
 * @param hash SHA-256 over the names and bytes of all files, in load order
 */
record SeedFiles(String location, Map<String, byte[]> contents, String hash) {

	static SeedFiles read(ResourceLoader resourceLoader, String location) {
		String folder = location.endsWith("/") ? location : location + "/";
		Map<String, byte[]> contents = new LinkedHashMap<>();
		for (SeedSchema.FileSchema file : SeedSchema.FILES) {
			Resource resource = resourceLoader.getResource(folder + file.name());
			if (!resource.exists()) {
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				contents.put(file.name(), in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read seed file " + folder + file.name(), ex);
			}
		}
		return new SeedFiles(folder, contents, hash(contents));
	}

	/** SHA-256 over names and bytes, in map order (also hashes the loader's statements). */
	static String hash(Map<String, byte[]> contents) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			contents.forEach((name, bytes) -> {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
