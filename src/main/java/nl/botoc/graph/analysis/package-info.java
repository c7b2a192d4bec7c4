/**
 * The questions the report asks, as first-class queries: uncovered factors, mechanisms shared under different local
 * names, coverage matrices, similar interventions and peer municipalities, the report audit and the evidence chain
 * of an intervention.
 * <p>
 * Every question is one named Cypher file under {@code cypher/questions/} (the report audit: one per metric), run
 * here as it is in a read transaction with parameters only, and runnable by a researcher in the Neo4j Browser.
 * Results are the maps the Cypher builds, shaped like the GraphQL types of {@code analysis.graphqls}, with every
 * node turned into the read model's record ({@link nl.botoc.graph.analysis.ReadModel}) so that analysts can keep
 * navigating from an answer into the whole graph.
 */
@NullMarked
package nl.botoc.graph.analysis;

import org.jspecify.annotations.NullMarked;
