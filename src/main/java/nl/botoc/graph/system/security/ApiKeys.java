package nl.botoc.graph.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The configured API keys, kept only as hashes. A presented key is hashed and compared in constant time with every
 * {@code sha256:} hash; slow hashes ({@code {bcrypt}…}) are checked with Spring Security's encoders, and a key that
 * matched one is remembered by its SHA-256 so that the slow check runs once per key and process, not per request.
 */
final class ApiKeys {

	private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

	/** One configured key: its name (the actor of the changes made with it), authority and hash. */
	record Key(String name, String authority, String hash) {
	}

	private final List<Key> keys;

	private final PasswordEncoder slow = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	/** SHA-256 of a key that matched a slow hash, to the key it matched. */
	private final Map<String, Key> verified = new ConcurrentHashMap<>();

	ApiKeys(AccessProperties properties) {
		List<Key> all = new ArrayList<>();
		properties.curatorKeys().forEach((name, hash) -> all.add(key(name, Authorities.CURATOR, hash)));
		properties.readerKeys().forEach((name, hash) -> all.add(key(name, Authorities.READER, hash)));
		this.keys = List.copyOf(all);
	}

	private static Key key(String name, String authority, String hash) {
		String value = (hash != null) ? hash.trim() : "";
		if (value.regionMatches(true, 0, "sha256:", 0, 7)) {
			value = value.toLowerCase(Locale.ROOT);
		}
		if (!SHA256.matcher(value).matches() && !value.startsWith("{")) {
			throw new IllegalStateException("API key '" + name + "' (botoc.access." + (Authorities.CURATOR.equals(authority)
					? "curator-keys" : "reader-keys") + "." + name + ") must be a hash: sha256:<64 hex digits> or a"
					+ " Spring Security {id} hash such as {bcrypt}…; see README, Access");
		}
		return new Key(name, authority, value);
	}

	boolean isEmpty() {
		return this.keys.isEmpty();
	}

	/** The key that {@code presented} is, or null. */
	Key match(String presented) {
		if (presented == null || presented.isEmpty() || presented.length() > 512) {
			return null;
		}
		String sha = "sha256:" + sha256(presented);
		Key found = this.verified.get(sha);
		if (found != null) {
			return found;
		}
		byte[] shaBytes = sha.getBytes(StandardCharsets.US_ASCII);
		for (Key key : this.keys) {
			if (key.hash().startsWith("sha256:")) {
				// Every sha256 key is compared, whatever matched before, so timing says nothing about which.
				if (MessageDigest.isEqual(shaBytes, key.hash().getBytes(StandardCharsets.US_ASCII))) {
					found = key;
				}
			}
		}
		if (found != null) {
			return found;
		}
		for (Key key : this.keys) {
			if (!key.hash().startsWith("sha256:") && matchesSlow(presented, key.hash())) {
				this.verified.put(sha, key);
				return key;
			}
		}
		return null;
	}

	private boolean matchesSlow(String presented, String hash) {
		try {
			return this.slow.matches(presented, hash);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** SHA-256 of a key, as lower-case hex: what {@code printf %s KEY | sha256sum} prints. */
	static String sha256(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
