package nl.botoc.graph.system.graphql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring for GraphQL maps only POST on the GraphQL endpoint, so any other method would get a 404 as if the
 * endpoint did not exist. GraphQL over HTTP lets a server refuse a method it does not support with 405 and an
 * {@code Allow} header; this route says exactly that. OPTIONS is left alone for CORS preflight requests.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpMethods {

	@Bean
	RouterFunction<ServerResponse> graphQlUnsupportedMethods(@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route(
				RequestPredicates.path(path)
					.and(RequestPredicates.methods(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)),
				(request) -> ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "POST").build());
	}

}
