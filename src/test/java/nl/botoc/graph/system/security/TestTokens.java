package nl.botoc.graph.system.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * JWTs signed by an RSA key pair generated here, with no network: the service trusts the public key through
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} (a PEM file written by {@link #publicKeyFile()}).
 */
public final class TestTokens {

	private static final KeyPair TRUSTED = generate();

	private static final KeyPair STRANGER = generate();

	private static Path publicKeyFile;

	private TestTokens() {
	}

	/** The trusted public key as a PEM file (written once). */
	public static synchronized Path publicKeyFile() {
		if (publicKeyFile == null) {
			try {
				publicKeyFile = Files.createTempFile("botoc-test-jwt", ".pem");
				String pem = "-----BEGIN PUBLIC KEY-----\n"
						+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(TRUSTED.getPublic().getEncoded())
						+ "\n-----END PUBLIC KEY-----\n";
				Files.writeString(publicKeyFile, pem);
				publicKeyFile.toFile().deleteOnExit();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return publicKeyFile;
	}

	/** A valid token for {@code subject} with the given scope (space-separated), valid for an hour. */
	public static String token(String subject, String scope) {
		return sign(TRUSTED, subject, scope, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
	}

	/** A token that expired ten minutes ago (beyond the decoder's one-minute clock skew). */
	public static String expired(String subject, String scope) {
		return sign(TRUSTED, subject, scope, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(600));
	}

	/** A token signed by a key the service does not trust. */
	public static String forged(String subject, String scope) {
		return sign(STRANGER, subject, scope, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
	}

	private static String sign(KeyPair keys, String subject, String scope, Instant issued, Instant expires) {
		var claims = new JWTClaimsSet.Builder().subject(subject)
			.issuer("https://issuer.test")
			.claim("scope", scope)
			.issueTime(Date.from(issued))
			.notBeforeTime(Date.from(issued))
			.expirationTime(Date.from(expires))
			.build();
		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
