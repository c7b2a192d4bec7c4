// Which municipalities should this one exchange experience with, and on what?
// API: Query.peerMunicipalities (src/main/resources/graphql/analysis.graphqls). The service runs this file (see below for nodes).
//
// score = 0.5 * J(themes) + 0.5 * J(mechanisms), J(A, B) = |A ∩ B| / |A ∪ B| (0 when both empty), over the themes
// touched and the mechanisms used by all interventions of each municipality.
//
// Parameters, with their defaults (id has none; run in the Browser first):
// :param {id: 'mun:amsterdam', first: 5}
// Nodes come back as their key and a name (a readable table in the Browser); the API runs the file with each such
// projection replaced by the fields the query selects (analysis/AnalysisQueries), so it reads them in this statement.
MATCH (a:Municipality {id: $id})
WITH a,
  COLLECT { MATCH (a)-[:RUNS]->(:Intervention)-[:TOUCHES]->(t:Theme) RETURN DISTINCT t } AS aThemes,
  COLLECT { MATCH (a)-[:RUNS]->(:Intervention)-[:USES]->(x:Mechanism) RETURN DISTINCT x } AS aMechanisms
MATCH (b:Municipality)
WHERE b <> a
WITH a, aThemes, aMechanisms, b,
  COLLECT { MATCH (b)-[:RUNS]->(:Intervention)-[:TOUCHES]->(t:Theme) RETURN DISTINCT t } AS bThemes,
  COLLECT { MATCH (b)-[:RUNS]->(:Intervention)-[:USES]->(x:Mechanism) RETURN DISTINCT x } AS bMechanisms
WITH a, b, aThemes, bThemes, aMechanisms, bMechanisms,
  [t IN bThemes WHERE t IN aThemes] AS sharedThemes,
  [x IN bMechanisms WHERE x IN aMechanisms] AS sharedMechanisms
WITH a, b, sharedThemes, sharedMechanisms,
  CASE WHEN size(aThemes) + size(bThemes) = 0 THEN 0.0
       ELSE toFloat(size(sharedThemes)) / (size(aThemes) + size(bThemes) - size(sharedThemes)) END AS jThemes,
  CASE WHEN size(aMechanisms) + size(bMechanisms) = 0 THEN 0.0
       ELSE toFloat(size(sharedMechanisms)) / (size(aMechanisms) + size(bMechanisms) - size(sharedMechanisms)) END AS jMechanisms
WITH a, b, sharedThemes, sharedMechanisms, jThemes, jMechanisms, round(0.5 * jThemes + 0.5 * jMechanisms, 4) AS score
WHERE score > 0
RETURN b {.id, .name} AS municipality,
       score,
       round(jThemes, 4) AS themeSimilarity,
       round(jMechanisms, 4) AS mechanismSimilarity,
       [t IN sharedThemes | {
          theme: t {.id, .shortLabelNl},
          ours: COLLECT { MATCH (a)-[:RUNS]->(i:Intervention)-[:TOUCHES]->(t) WITH i ORDER BY i.code RETURN i {.code, .name} },
          theirs: COLLECT { MATCH (b)-[:RUNS]->(i:Intervention)-[:TOUCHES]->(t) WITH i ORDER BY i.code RETURN i {.code, .name} }}
       ] AS sharedThemes,
       [x IN sharedMechanisms | {
          mechanism: x {.id, .nameEn},
          ours: COLLECT { MATCH (a)-[:RUNS]->(i:Intervention)-[u:USES]->(x) WITH i, u ORDER BY i.code
                          RETURN {intervention: i {.code, .name}, localName: u.localName} },
          theirs: COLLECT { MATCH (b)-[:RUNS]->(i:Intervention)-[u:USES]->(x) WITH i, u ORDER BY i.code
                            RETURN {intervention: i {.code, .name}, localName: u.localName} }}
       ] AS sharedMechanisms
ORDER BY score DESC, b.name
LIMIT $first
