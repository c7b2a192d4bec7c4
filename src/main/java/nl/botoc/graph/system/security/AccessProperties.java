package nl.botoc.graph.system.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read and who may curate. Writes (every GraphQL {@code mutation}) need the authority {@code CURATOR}: a bearer
 * JWT with scope {@code curator} (issuer set with Boot's {@code spring.security.oauth2.resourceserver.jwt.*}) or a
 * curator API key. Reads are open unless {@link #readsRequireCredential}.
 *
 * @param curatorKeys curator API keys: name (the actor recorded with each change) to the key's hash, either
 * {@code sha256:<64 hex>} of a random key, or a slow hash in Spring Security's {@code {id}} form
 * ({@code {bcrypt}$2a$…}, {@code {pbkdf2@SpringSecurity_v5_8}…}); never the key itself
 * @param readerKeys reader API keys, in the same form: they may read when reads need a credential, never write
 * @param readsRequireCredential refuse anonymous reads of {@code /graphql} and {@code /graphql/schema} (UNAUTHORIZED);
 * the explorer and GraphiQL pages stay served but need a key or token to get answers
 * @param exportOpen let anyone download the export ({@code GET /export}); by default only curators may
 */
@ConfigurationProperties("botoc.access")
public record AccessProperties(Map<String, String> curatorKeys, Map<String, String> readerKeys,
		@DefaultValue("false") boolean readsRequireCredential, @DefaultValue("false") boolean exportOpen) {

	public AccessProperties {
		curatorKeys = (curatorKeys != null) ? Map.copyOf(curatorKeys) : Map.of();
		readerKeys = (readerKeys != null) ? Map.copyOf(readerKeys) : Map.of();
	}

}
