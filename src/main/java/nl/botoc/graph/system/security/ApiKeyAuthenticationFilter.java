package nl.botoc.graph.system.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code X-API-Key}: a configured key becomes an authentication named after the
 * key (the actor of the changes made with it) with authority {@code CURATOR} or {@code READER}; any other key is
 * refused at once with 401 {@code UNAUTHORIZED}, for reads too: a wrong key is a client's mistake to surface, not
 * a reason to answer as if it were anonymous.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiKeys keys;

	private final RequestAttributeSecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

	ApiKeyAuthenticationFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		ApiKeys.Key key = this.keys.match(presented.trim());
		if (key == null) {
			AccessErrors.write(response, HttpStatus.UNAUTHORIZED, AccessErrors.UNAUTHORIZED,
					"The API key (" + HEADER + ") is not valid");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(key));
		SecurityContextHolder.setContext(context);
		// Kept on the request as well, as the bearer-token filter does: the GraphQL response is written in an async
		// dispatch, which passes the authorization filter again without running this filter.
		this.repository.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

	/** An authenticated API key; its name is the key's configured name, never the key. */
	static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

		private final String name;

		ApiKeyAuthentication(ApiKeys.Key key) {
			super(List.of(new SimpleGrantedAuthority(key.authority()),
					new SimpleGrantedAuthority(Authorities.READER)));
			this.name = key.name();
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return this.name;
		}

		@Override
		public String getName() {
			return this.name;
		}

	}

}
