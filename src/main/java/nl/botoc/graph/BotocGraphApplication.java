package nl.botoc.graph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * botoc-graph: the BOTOC praktijkscan (2022) as a Neo4j knowledge graph behind a GraphQL API.
 * Runs on an embedded Neo4j unless {@code NEO4J_URI} / {@code spring.neo4j.uri} points elsewhere.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BotocGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(BotocGraphApplication.class, args);
	}

}
