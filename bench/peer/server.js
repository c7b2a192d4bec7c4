// The peer of the benchmark: @neo4j/graphql 7 on Apollo Server, reading the same embedded Neo4j as botoc-graph over
// Bolt. Type definitions for our labels and relationships (seed/MODEL.md); @limit keeps every list under the same
// bound our API ships with (default 100, max 1000). Read-only: no mutations are generated.
// Usage: NEO4J_URI=bolt://127.0.0.1:27687 PORT=28400 node server.js
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Municipality @node @limit(default: 100, max: 1000) @mutation(operations: []) {
    id: ID!
    name: String!
    codePrefix: String!
    summaryEn: String!
    interventions: [Intervention!]! @relationship(type: "RUNS", direction: OUT)
  }

  # Full-text search over the same index as ours (search_text); the peer can only ask it per type.
  type Intervention
    @node
    @limit(default: 100, max: 1000)
    @mutation(operations: [])
    @fulltext(indexes: [{ indexName: "search_text", queryName: "searchInterventions", fields: ["name", "descriptionEn", "descriptionNl"] }]) {
    code: ID!
    name: String!
    descriptionEn: String!
    descriptionNl: String!
    status: String!
    approach: String!
    grounded: Boolean!
    municipality: [Municipality!]! @relationship(type: "RUNS", direction: IN)
    themes: [Theme!]! @relationship(type: "TOUCHES", direction: OUT, properties: "Touches")
    factors: [Factor!]! @relationship(type: "TARGETS", direction: OUT, properties: "Targets")
    mechanisms: [Mechanism!]! @relationship(type: "USES", direction: OUT, properties: "Uses")
  }

  type Theme @node @limit(default: 100, max: 1000) @mutation(operations: []) {
    id: ID!
    shortLabelNl: String!
    labelEn: String!
    interventions: [Intervention!]! @relationship(type: "TOUCHES", direction: IN, properties: "Touches")
    factors: [Factor!]! @relationship(type: "TARGETS", direction: OUT, properties: "Targets")
  }

  type Factor @node @limit(default: 100, max: 1000) @mutation(operations: []) {
    id: ID!
    kind: String!
    nameNl: String!
    nameEn: String!
    evidence: String!
    interventions: [Intervention!]! @relationship(type: "TARGETS", direction: IN, properties: "Targets")
  }

  type Mechanism @node @limit(default: 100, max: 1000) @mutation(operations: []) {
    id: ID!
    nameEn: String!
    uses: [Intervention!]! @relationship(type: "USES", direction: IN, properties: "Uses")
  }

  type Touches @relationshipProperties {
    main: Boolean
    basis: String!
  }

  type Targets @relationshipProperties {
    basis: String!
  }

  type Uses @relationshipProperties {
    localName: String
    basis: String!
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://127.0.0.1:27687", undefined, {
  maxConnectionPoolSize: 64,
});
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 28400), host: "127.0.0.1" },
});
console.log(`peer ready at ${url}`);
