package nl.botoc.graph.system.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP side of who may do what. Credentials come only from headers, {@code Authorization: Bearer <jwt>} (Spring
 * Security's resource server; the issuer is Boot's {@code spring.security.oauth2.resourceserver.jwt.*}) or
 * {@code X-API-Key}; there are no cookies, sessions or login forms, so a browser never attaches a credential to a
 * request by itself and a cross-site page cannot make a curator's write (that is why CSRF tokens are off: they protect
 * cookie sessions, which this API does not have). Reads stay open unless {@code botoc.access.reads-require-credential};
 * the mutations are guarded per GraphQL operation by {@link MutationGuard}; the export needs a curator unless
 * {@code botoc.access.export-open}. A credential that is presented but not valid (a wrong key, an expired or forged
 * token) is refused with 401 on every path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/** The scope a token needs to curate (OAuth2 {@code scope}/{@code scp} claim). */
	static final String CURATOR_SCOPE = "curator";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, AccessProperties access, ObjectProvider<JwtDecoder> jwtDecoder)
			throws Exception {
		ApiKeys keys = new ApiKeys(access);
		AuthenticationEntryPoint unauthorized = AccessSecurityHandlers.unauthorized();
		AccessDeniedHandler forbidden = AccessSecurityHandlers.forbidden();
		http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			// Responses keep the caching they had before security (static bundles may be cached by the browser).
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.authorizeHttpRequests((requests) -> {
				if (access.exportOpen()) {
					requests.requestMatchers("/export", "/export/**").permitAll();
				}
				else {
					requests.requestMatchers("/export", "/export/**").hasAuthority(Authorities.CURATOR);
				}
				if (access.readsRequireCredential()) {
					requests.requestMatchers("/graphql", "/graphql/**").authenticated();
				}
				requests.anyRequest().permitAll();
			})
			.addFilterAfter(new ApiKeyAuthenticationFilter(keys), SecurityContextHolderFilter.class)
			.addFilterBefore(new CallerAttributeFilter(), AnonymousAuthenticationFilter.class);
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer((server) -> server.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden)
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtAuthenticationConverter())));
		}
		else {
			// No issuer configured: no token can be checked, so every bearer token is refused, never ignored.
			http.addFilterAfter(new NoIssuerFilter(), SecurityContextHolderFilter.class);
		}
		return http.build();
	}

	/**
	 * A GraphQL request that presents no credential, where reads are open, skips the filter chain: there is nobody to
	 * authenticate and nothing to authorize at the HTTP level (the chain would only stamp it anonymous, through a
	 * dozen filters, on its request and again on its async dispatch), and {@link MutationGuard} refuses a mutation
	 * from a caller without authentication as UNAUTHORIZED. A request with {@code Authorization} or {@code X-API-Key}
	 * goes through the chain, so a wrong credential is still refused with 401.
	 */
	@Bean
	WebSecurityCustomizer anonymousGraphQlReadsSkipTheChain(AccessProperties access,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		return (web) -> {
			if (!access.readsRequireCredential()) {
				web.ignoring().requestMatchers(new WithoutCredential(path));
			}
		};
	}

	/**
	 * The response headers Spring Security's header writer gives every response it handles, also on the GraphQL
	 * requests that skip the chain: no MIME sniffing of an answer, no framing of it.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphQlSecurityHeaders(
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("X-Frame-Options", "DENY");
				response.setHeader("X-XSS-Protection", "0");
				chain.doFilter(request, response);
			}
		});
		registration.addUrlPatterns(path);
		return registration;
	}

	/** A request to the GraphQL endpoint with neither {@code Authorization} nor {@code X-API-Key}. */
	record WithoutCredential(String path) implements RequestMatcher {

		@Override
		public boolean matches(HttpServletRequest request) {
			return request.getHeader(HttpHeaders.AUTHORIZATION) == null
					&& request.getHeader(ApiKeyAuthenticationFilter.HEADER) == null
					&& path.equals(request.getRequestURI().substring(request.getContextPath().length()));
		}

	}

	/** Scopes become {@code SCOPE_x} authorities; scope {@code curator} also grants {@code CURATOR}, any token {@code READER}. */
	static JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter((Jwt jwt) -> {
			Collection<GrantedAuthority> granted = new ArrayList<>(scopes.convert(jwt));
			granted.add(new SimpleGrantedAuthority(Authorities.READER));
			if (granted.stream().anyMatch((a) -> ("SCOPE_" + CURATOR_SCOPE).equals(a.getAuthority()))) {
				granted.add(new SimpleGrantedAuthority(Authorities.CURATOR));
			}
			return List.copyOf(granted);
		});
		return converter;
	}

	/** Puts the authenticated caller on the request, where the GraphQL interceptors (off this thread) find it. */
	static final class CallerAttributeFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (Authorities.isAuthenticated(authentication)) {
				request.setAttribute(Authorities.CALLER_ATTRIBUTE, authentication);
			}
			chain.doFilter(request, response);
		}

	}

	/** Refuses bearer tokens when no issuer is configured. */
	static final class NoIssuerFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				AccessErrors.write(response, HttpStatus.UNAUTHORIZED, AccessErrors.UNAUTHORIZED,
						"Bearer tokens are not accepted: no token issuer is configured"
								+ " (spring.security.oauth2.resourceserver.jwt.*); use an API key");
				return;
			}
			chain.doFilter(request, response);
		}

	}

	/** The entry point and access-denied handler, writing the API's error shape. */
	static final class AccessSecurityHandlers {

		private AccessSecurityHandlers() {
		}

		static AuthenticationEntryPoint unauthorized() {
			BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
			return (request, response, ex) -> {
				// Sets 401 and WWW-Authenticate (with error="invalid_token" for a refused token).
				bearer.commence(request, response, ex);
				boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
				AccessErrors.write(response, HttpStatus.UNAUTHORIZED, AccessErrors.UNAUTHORIZED, presented
						? "The bearer token is not valid (expired, not yet valid, wrong issuer or signature)"
						: "This needs a credential: Authorization: Bearer <token> or X-API-Key: <key>");
			};
		}

		static AccessDeniedHandler forbidden() {
			return (request, response, ex) -> AccessErrors.write(response, HttpStatus.FORBIDDEN, AccessErrors.FORBIDDEN,
					"This needs the curator role (a token with scope " + CURATOR_SCOPE + " or a curator API key)");
		}

	}

}
