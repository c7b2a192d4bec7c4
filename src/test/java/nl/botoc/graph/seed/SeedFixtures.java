package nl.botoc.graph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies of the tiny valid seed under {@code src/test/resources/seed-fixtures/valid/}, to break one thing at a
 * time in a temporary folder.
 */
final class SeedFixtures {

	static final String VALID = "classpath:seed-fixtures/valid/";

	private SeedFixtures() {
	}

	/** Copies the valid fixture into {@code dir} and returns it. */
	static Path copyValid(Path dir) {
		try {
			for (SeedSchema.FileSchema file : SeedSchema.FILES) {
				var resource = new ClassPathResource("seed-fixtures/valid/" + file.name());
				try (var in = resource.getInputStream()) {
					Files.copy(in, dir.resolve(file.name()));
				}
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces the one occurrence of {@code from} in a file of {@code dir} by {@code to}. */
	static void edit(Path dir, String file, String from, String to) {
		try {
			Path path = dir.resolve(file);
			String text = Files.readString(path, StandardCharsets.UTF_8);
			assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of %s in %s", from, file)
				.hasSize(2);
			Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Appends one line (a data row) to a file of {@code dir}. */
	static void append(Path dir, String file, String line) {
		try {
			Files.writeString(dir.resolve(file), line + "\n", StandardCharsets.UTF_8,
					java.nio.file.StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The location string {@link SeedLoader} and {@link SeedFiles} take for a folder. */
	static String location(Path dir) {
		return dir.toUri().toString();
	}

}
