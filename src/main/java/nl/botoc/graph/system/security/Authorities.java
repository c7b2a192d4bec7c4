package nl.botoc.graph.system.security;

import java.util.Collection;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The two authorities of the API, and how a request's caller is found (also outside Spring Security's threads). */
public final class Authorities {

	/** May run mutations (curate) and download the export. */
	public static final String CURATOR = "CURATOR";

	/** May read when reads need a credential; never writes. */
	public static final String READER = "READER";

	/**
	 * Request attribute holding the request's {@link Authentication} (absent: anonymous). GraphQL interceptors run off
	 * the servlet thread, where {@code SecurityContextHolder} is not set; the request's attributes travel with it.
	 */
	public static final String CALLER_ATTRIBUTE = Authorities.class.getName() + ".caller";

	private Authorities() {
	}

	/** Whether someone authenticated (an API key or a valid token). */
	public static boolean isAuthenticated(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	public static boolean has(Authentication authentication, String authority) {
		if (!isAuthenticated(authentication)) {
			return false;
		}
		Collection<? extends GrantedAuthority> granted = authentication.getAuthorities();
		return granted.stream().anyMatch((a) -> authority.equals(a.getAuthority()));
	}

}
