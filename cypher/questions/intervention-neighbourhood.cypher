// An intervention's neighbourhood, drawn as a graph, with its evidence chain: the municipality that runs it, the
// themes it touches, the mechanisms it uses (under which local name), the factors it addresses and the reviews that
// identify each factor, and the body that recognised it. Relationship captions say whether a link is stated in the
// report or inferred by us (GraSS styles by type only, so the basis is in the caption).
// API: Query.evidenceChain(code) has the same factors and sources (as a table: cypher/questions/evidence-chain.cypher);
// Query.intervention(code) { municipality themes mechanisms recognisedBy } the rest.
//
// Factors: the intervention's own TARGETS links (stated or inferred) and, for grounded interventions only, the factors
// §3.1.1 states for the themes it touches (Theme-[:TARGETS {basis: 'stated'}]->Factor): §3.1.1 describes the grounded
// interventions of each theme.
//
// Parameters, with their defaults (run in the Browser first):
// :param {code: 'AMS1'}
MATCH (i:Intervention {code: $code})
WITH i, COLLECT {
    MATCH (i)-[:TARGETS]->(f:Factor) RETURN f
    UNION
    MATCH (i)-[:TOUCHES]->(:Theme)-[t:TARGETS]->(f:Factor) WHERE i.grounded = true AND t.basis = 'stated' RETURN f
  } AS factors
RETURN i AS intervention,
       COLLECT { MATCH p = (:Municipality)-[:RUNS]->(i) RETURN p } AS runBy,
       COLLECT { MATCH p = (i)-[:TOUCHES]->(:Theme) RETURN p } AS themes,
       COLLECT { MATCH p = (i)-[:USES]->(:Mechanism) RETURN p } AS mechanisms,
       COLLECT { MATCH p = (i)-[:TARGETS]->(:Factor) RETURN p } AS targets,
       COLLECT {
         MATCH p = (i)-[:TOUCHES]->(:Theme)-[t:TARGETS]->(:Factor)
         WHERE i.grounded = true AND t.basis = 'stated'
         RETURN p
       } AS themeStatements,
       COLLECT { UNWIND factors AS f MATCH p = (f)-[:IDENTIFIED_IN]->(:Source) RETURN p } AS evidence,
       COLLECT { MATCH p = (i)-[:RECOGNISED_BY]->(:Source) RETURN p } AS recognisedBy
