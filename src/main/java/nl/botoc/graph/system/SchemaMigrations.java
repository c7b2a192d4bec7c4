package nl.botoc.graph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema under {@code cypher/migrations} (constraints, indexes, full-text index) with
 * Neo4j-Migrations, once, while the context starts: before the seed is loaded and before the web server
 * takes traffic. Neo4j-Migrations' Boot starter targets Boot 3, so the core library is called directly.
 * When the database is not available at start-up, the service starts anyway and {@link GraphReadiness} applies
 * the schema once the database is back.
 */
@Component
@Order(0)
public class SchemaMigrations implements StartupWork {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	static final String LOCATION = "classpath:cypher/migrations";

	private final Driver driver;

	private volatile String appliedVersion;

	SchemaMigrations(Driver driver) {
		this.driver = driver;
		try {
			retry();
		}
		catch (RuntimeException ex) {
			if (!DatabaseFailures.isUnavailable(ex)) {
				throw ex;
			}
			log.warn("Graph schema not applied: the database is not available ({}); applying it once it is",
					ex.getClass().getSimpleName());
		}
	}

	/** Applies the schema migrations (idempotent). */
	@Override
	public void retry() {
		var config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withPackagesToScan(new String[0])
			.withResourceScanner(new SpringResourceScanner())
			.build();
		this.appliedVersion = new Migrations(config, this.driver).apply()
			.map(Object::toString)
			.orElse("none");
		log.info("Graph schema at migration version {}", this.appliedVersion);
	}

	@Override
	public boolean done() {
		return this.appliedVersion != null;
	}

	/** The version of the newest applied schema migration ({@code pending} while the database is not available). */
	public String appliedVersion() {
		return (this.appliedVersion != null) ? this.appliedVersion : "pending";
	}

	/**
	 * Finds migrations through Spring's resolver, which also reads inside Boot's nested jars (the default
	 * ClassGraph scanner does not see them under {@code java -jar}).
	 */
	private static final class SpringResourceScanner implements ClasspathResourceScanner {

		private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

		@Override
		public List<URL> scan(List<String> fullPaths) {
			List<URL> urls = new ArrayList<>();
			java.util.Set<String> seen = new java.util.HashSet<>();
			try {
				for (String path : fullPaths) {
					for (Resource resource : this.resolver.getResources("classpath*:" + path + "/*.cypher")) {
						// The same file reached twice (a classpath listing a directory twice, or through a
						// manifest Class-Path entry, as a child JVM on Surefire's classpath does) is one migration.
						if (seen.add(path + "/" + resource.getFilename())) {
							urls.add(resource.getURL());
						}
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list schema migrations", ex);
			}
			return urls;
		}

	}

}
