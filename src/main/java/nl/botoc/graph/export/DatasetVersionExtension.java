package nl.botoc.graph.export;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the dataset version on every GraphQL response that reached GraphQL, as {@code extensions.datasetVersion}
 * ({@code {id, seedHash, curationSeq}}), so that any answer can be cited with the state of the graph it comes from. It
 * is the version when the answer was built (from memory: no database round trip).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatasetVersionExtension implements WebGraphQlInterceptor {

	private final DatasetVersion version;

	DatasetVersionExtension(DatasetVersion version) {
		this.version = version;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			DatasetVersion.Value current = this.version.current();
			Map<Object, Object> extensions = new LinkedHashMap<>(
					(response.getExtensions() != null) ? response.getExtensions() : Map.of());
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("id", current.id());
			value.put("seedHash", current.seedHash());
			value.put("curationSeq", current.curationSeq());
			extensions.put("datasetVersion", value);
			return response.transform((builder) -> builder.extensions(extensions));
		});
	}

}
