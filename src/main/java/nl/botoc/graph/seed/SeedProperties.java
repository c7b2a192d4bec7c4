package nl.botoc.graph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the curated seed comes from and whether the service loads it by itself.
 *
 * @param onStartup load the seed while the service starts (after the schema migrations, before the web
 * server takes traffic) when the graph has no seed yet or its {@code SeedVersion} hash differs from the
 * seed files; switch off to start on whatever the database already holds
 * @param location folder the seed CSVs are read from, as a Spring resource location ending in {@code /}:
 * {@code classpath:seed/} (default) is the copy packaged in the jar; {@code file:./seed/} reads the
 * checkout, so curators see their edited files in the graph after a restart
 */
@ConfigurationProperties("botoc.seed")
public record SeedProperties(@DefaultValue("true") boolean onStartup, @DefaultValue("classpath:seed/") String location) {
}
