// Which interventions in other municipalities do the same work as this one, and what do they share?
// API: Query.similarInterventions (src/main/resources/graphql/analysis.graphqls). The service runs this file (see below for nodes).
//
// score = 0.4 * J(mechanisms) + 0.3 * J(themes) + 0.3 * J(factors), J(A, B) = |A ∩ B| / |A ∪ B| (0 when both empty),
// over the mechanisms each intervention USES, the themes it TOUCHES and the factors it TARGETS directly.
// "Other municipalities": a different municipality, or none named (added-later pilots of unknown city).
//
// Parameters, with their defaults (code has none; run in the Browser first):
// :param {code: 'AMS1', first: 5}
// Nodes come back as their key and a name (a readable table in the Browser); the API runs the file with each such
// projection replaced by the fields the query selects (analysis/AnalysisQueries), so it reads them in this statement.
MATCH (a:Intervention {code: $code})
OPTIONAL MATCH (ma:Municipality)-[:RUNS]->(a)
WITH a, ma,
  COLLECT { MATCH (a)-[:TOUCHES]->(t:Theme) RETURN DISTINCT t } AS aThemes,
  COLLECT { MATCH (a)-[:TARGETS]->(f:Factor) RETURN DISTINCT f } AS aFactors,
  COLLECT { MATCH (a)-[:USES]->(x:Mechanism) RETURN DISTINCT x } AS aMechanisms
MATCH (b:Intervention)
WHERE b <> a
OPTIONAL MATCH (mb:Municipality)-[:RUNS]->(b)
WITH a, ma, aThemes, aFactors, aMechanisms, b, mb
WHERE ma IS NULL OR mb IS NULL OR mb <> ma
WITH a, aThemes, aFactors, aMechanisms, b, mb,
  COLLECT { MATCH (b)-[:TOUCHES]->(t:Theme) RETURN DISTINCT t } AS bThemes,
  COLLECT { MATCH (b)-[:TARGETS]->(f:Factor) RETURN DISTINCT f } AS bFactors,
  COLLECT { MATCH (b)-[:USES]->(x:Mechanism) RETURN DISTINCT x } AS bMechanisms
WITH a, b, mb, aThemes, bThemes, aFactors, bFactors, aMechanisms, bMechanisms,
  [t IN bThemes WHERE t IN aThemes] AS sharedThemes,
  [f IN bFactors WHERE f IN aFactors] AS sharedFactors,
  [x IN bMechanisms WHERE x IN aMechanisms] AS sharedMechanisms
WITH a, b, mb, sharedThemes, sharedFactors, sharedMechanisms,
  CASE WHEN size(aThemes) + size(bThemes) = 0 THEN 0.0
       ELSE toFloat(size(sharedThemes)) / (size(aThemes) + size(bThemes) - size(sharedThemes)) END AS jThemes,
  CASE WHEN size(aFactors) + size(bFactors) = 0 THEN 0.0
       ELSE toFloat(size(sharedFactors)) / (size(aFactors) + size(bFactors) - size(sharedFactors)) END AS jFactors,
  CASE WHEN size(aMechanisms) + size(bMechanisms) = 0 THEN 0.0
       ELSE toFloat(size(sharedMechanisms)) / (size(aMechanisms) + size(bMechanisms) - size(sharedMechanisms)) END AS jMechanisms
WITH a, b, mb, sharedThemes, sharedFactors, sharedMechanisms, jThemes, jFactors, jMechanisms,
     round(0.4 * jMechanisms + 0.3 * jThemes + 0.3 * jFactors, 4) AS score
WHERE score > 0
RETURN b {.code, .name} AS intervention,
       mb {.id, .name} AS municipality,
       score,
       round(jMechanisms, 4) AS mechanismSimilarity,
       round(jThemes, 4) AS themeSimilarity,
       round(jFactors, 4) AS factorSimilarity,
       [t IN sharedThemes | t {.id, .shortLabelNl}] AS sharedThemes,
       [f IN sharedFactors | f {.id, .nameNl}] AS sharedFactors,
       [x IN sharedMechanisms | {
          mechanism: x {.id, .nameEn},
          localName: head([(a)-[u:USES]->(x) | u.localName]),
          otherLocalName: head([(b)-[u:USES]->(x) | u.localName])}] AS sharedMechanisms
ORDER BY score DESC, b.code
LIMIT $first
