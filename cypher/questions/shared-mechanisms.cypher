// Which mechanisms are used under several local names: the same work under different labels (§5.2)?
// API: Query.sharedMechanisms (src/main/resources/graphql/analysis.graphqls). The service runs this file (see below for nodes).
// Uses without a local name (the report has no term for the mechanism there) do not count.
// Local names are compared case-insensitively (trimmed, lower case) and listed in that order; of several spellings
// of one name the alphabetically first is shown.
//
// Parameters, with their defaults (run in the Browser first):
// :param {minLocalNames: 2}
// Nodes come back as their key and a name (a readable table in the Browser); the API runs the file with each such
// projection replaced by the fields the query selects (analysis/AnalysisQueries), so it reads them in this statement.
MATCH (m:Mechanism)<-[u:USES]-(i:Intervention)
WHERE trim(coalesce(u.localName, '')) <> ""
OPTIONAL MATCH (mun:Municipality)-[:RUNS]->(i)
WITH m, toLower(trim(u.localName)) AS nameKey, u.localName AS localName, i, mun
ORDER BY i.code
WITH m, nameKey, min(localName) AS localName,
     collect({intervention: i {.code, .name}, municipality: mun {.id, .name}}) AS uses
ORDER BY nameKey
WITH m, collect({localName: localName, uses: uses}) AS localNames
WHERE size(localNames) >= $minLocalNames
RETURN m {.id, .nameEn} AS mechanism,
       size(localNames) AS localNameCount,
       COLLECT {
         MATCH (m)<-[:USES]-(:Intervention)<-[:RUNS]-(x:Municipality)
         WITH DISTINCT x ORDER BY x.name
         RETURN x {.id, .name}
       } AS municipalities,
       localNames
ORDER BY localNameCount DESC, m.id
