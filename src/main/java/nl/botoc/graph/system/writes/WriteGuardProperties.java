package nl.botoc.graph.system.writes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the embedded database accepts writes that do not come from this service.
 *
 * @param allowOutsideWrites accept writes from any Bolt or HTTP client (cypher-shell, the Neo4j Browser, a second
 * driver), for people who want a scratch graph; false by default, so the curated graph only changes through the
 * service (the seed files, later the curation API)
 */
@ConfigurationProperties("botoc.embedded")
public record WriteGuardProperties(@DefaultValue("false") boolean allowOutsideWrites) {
}
