// Why does this intervention count as grounded (gefundeerd)? Intervention -> factors (with how each link is known)
// -> the sources that identify each factor, and the body that recognised the intervention.
// API: Query.evidenceChain (src/main/resources/graphql/analysis.graphqls). The service runs this file with each node's
// short map projection replaced by the fields the query selects (analysis/AnalysisQueries), so it needs no other reads.
//
// Factors come from the intervention's own TARGETS links and from the §3.1.1 statements of the themes it touches
// (the latter only for grounded interventions: §3.1.1 describes the grounded interventions of each theme).
// Do or Don't rule: a risk factor is grounded when named in at least 3 of the review's studies (24), plausible when
// named in 1 or 2; protective factors are not graded.
//
// Parameters (code has no default; run in the Browser first):
// :param {code: 'AMS1'}
MATCH (i:Intervention {code: $code})
OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
CALL (i) {
  CALL (i) {
    MATCH (i)-[t:TARGETS]->(f:Factor)
    RETURN f, {source: t.source, basis: toUpper(t.basis), rationale: t.rationale} AS direct, null AS statement
    UNION
    MATCH (i)-[:TOUCHES]->(th:Theme)-[t:TARGETS]->(f:Factor)
    WHERE i.grounded = true AND t.basis = 'stated'
    RETURN f, null AS direct,
           {theme: th {.id, .shortLabelNl}, provenance: {source: t.source, basis: toUpper(t.basis), rationale: t.rationale}} AS statement
  }
  WITH f, head(collect(direct)) AS direct, collect(statement) AS themeStatements
  ORDER BY f.kind DESC, CASE f.evidence WHEN 'GROUNDED' THEN 0 WHEN 'PLAUSIBLE' THEN 1 ELSE 2 END, f.id
  RETURN collect({
    factor: f {.id, .nameNl, .kind, .evidence},
    direct: direct,
    themeStatements: themeStatements,
    makesGrounded: f.kind = 'RISK' AND f.evidence = 'GROUNDED',
    identifiedIn: COLLECT {
      MATCH (f)-[r:IDENTIFIED_IN]->(s:Source)
      RETURN {source: s {.id, .title, .studiesAnalysed}, provenance: {source: r.source, basis: toUpper(r.basis), rationale: r.rationale}}
    }
  }) AS factors
}
RETURN i {.code, .name, .grounded, .recognised} AS intervention,
       m {.id, .name} AS municipality,
       {source: coalesce(i.source, []), basis: toUpper(coalesce(i.groundedBasis, i.basis)),
        rationale: i.groundedRationale} AS groundedProvenance,
       factors,
       COLLECT {
         MATCH (i)-[r:RECOGNISED_BY]->(body:Source)
         RETURN {source: body {.id, .title}, provenance: {source: r.source, basis: toUpper(r.basis), rationale: r.rationale}}
       } AS recognisedBy
