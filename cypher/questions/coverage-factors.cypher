// How many interventions per municipality address each risk and protective factor (the §3.1.1 view), and which?
// API: Query.coverage(rows: FACTOR) (src/main/resources/graphql/analysis.graphqls). The service runs this file
// (see below for nodes) and adds the row and column totals (distinct interventions).
// "Address" means the same as in uncovered-factors.cypher: an own TARGETS link (inferred ones only with
// includeInferred), or a §3.1.1 theme statement for a theme a grounded intervention touches.
//
// Parameters, with their defaults (run in the Browser first):
// :param {columns: 'MUNICIPALITY', scope: 'PLANNED', includeInferred: true}
//   columns: 'MUNICIPALITY' | 'STATUS'
//   scope:   'PLANNED' (Bijlage 2, every status but ADDED_LATER) | 'CARRIED_OUT' (AS_PLANNED, ADAPTED) | 'ALL'
// Nodes come back as their key and a name (a readable table in the Browser); the API runs the file with each such
// projection replaced by the fields the query selects (analysis/AnalysisQueries), so it reads them in this statement.
CALL () {
  MATCH (f:Factor)
  WITH f ORDER BY f.kind DESC, f.id
  RETURN collect({key: f.id, label: f.nameNl}) AS rowHeaders
}
CALL () {
  MATCH (m:Municipality)
  WITH m ORDER BY m.name
  RETURN CASE $columns
           WHEN 'MUNICIPALITY' THEN collect({key: m.id, label: m.name})
           ELSE [s IN ['AS_PLANNED', 'ADAPTED', 'NOT_CARRIED_OUT', 'ADDED_LATER'] | {key: s, label: s}] END AS columnHeaders
}
CALL () {
  MATCH (i:Intervention)
  WHERE CASE $scope
          WHEN 'PLANNED' THEN i.status <> 'ADDED_LATER'
          WHEN 'CARRIED_OUT' THEN i.status IN ['AS_PLANNED', 'ADAPTED']
          ELSE true END
  CALL (i) {
    MATCH (i)-[t:TARGETS]->(f:Factor)
    WHERE $includeInferred OR t.basis = 'stated'
    RETURN f, toUpper(t.basis) AS direct, null AS theme
    UNION
    MATCH (i)-[:TOUCHES]->(th:Theme)-[t:TARGETS]->(f:Factor)
    WHERE i.grounded = true AND t.basis = 'stated'
    RETURN f, null AS direct, th.id AS theme
  }
  OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
  WITH f, i, m, head(collect(direct)) AS directBasis, collect(theme) AS viaThemes
  WITH f, i, m, directBasis, viaThemes,
       CASE $columns WHEN 'MUNICIPALITY' THEN coalesce(m.id, 'mun:unknown') ELSE i.status END AS col
  ORDER BY i.code
  WITH f, col, collect({intervention: i {.code, .name}, municipality: m {.id, .name}, directBasis: directBasis,
                        viaThemes: viaThemes}) AS entries
  ORDER BY f.kind DESC, f.id, col
  RETURN collect({row: f.id, column: col, count: size(entries), entries: entries}) AS cells
}
RETURN rowHeaders, columnHeaders, cells
