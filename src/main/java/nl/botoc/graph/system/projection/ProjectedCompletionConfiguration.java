package nl.botoc.graph.system.projection;

import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * Makes {@link ProjectedCompletion} the strategy of query operations (mutations keep graphql-java's serial one).
 * Replacing the strategy also replaces the exception handler graphql-java would have built it with, so it gets the
 * same one Spring for GraphQL builds: from every {@link DataFetcherExceptionResolver} bean, in order.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "botoc.read.projected-completion", havingValue = "true", matchIfMissing = true)
class ProjectedCompletionConfiguration {

	@Bean
	ProjectedCompletion projectedCompletion(GraphModel model, ProjectionWiring wiring,
			ObjectProvider<DataFetcherExceptionResolver> resolvers, ReadPathProperties properties) {
		return new ProjectedCompletion(new ResolversExceptionHandler(resolvers), model.objectTypes(),
				wiring::readsEntities, properties.exposeCypher());
	}

	@Bean
	GraphQlSourceBuilderCustomizer projectedCompletionStrategy(ProjectedCompletion strategy) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.queryExecutionStrategy(strategy));
	}

	/** Spring for GraphQL's handler over the resolver beans, created on first use (they depend on the schema's beans). */
	static final class ResolversExceptionHandler implements DataFetcherExceptionHandler {

		private final ObjectProvider<DataFetcherExceptionResolver> resolvers;

		private volatile DataFetcherExceptionHandler handler;

		ResolversExceptionHandler(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
			this.resolvers = resolvers;
		}

		@Override
		public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
				DataFetcherExceptionHandlerParameters parameters) {
			DataFetcherExceptionHandler current = this.handler;
			if (current == null) {
				current = DataFetcherExceptionResolver.createExceptionHandler(this.resolvers.orderedStream().toList());
				this.handler = current;
			}
			return current.handleException(parameters);
		}

	}

}
