// How many interventions does each municipality have per theme (the Bijlage 2 view), and which?
// API: Query.coverage(rows: THEME) (src/main/resources/graphql/analysis.graphqls). The service runs this file (see below for nodes)
// and adds the row and column totals (distinct interventions).
//
// Parameters, with their defaults (run in the Browser first):
// :param {columns: 'MUNICIPALITY', scope: 'PLANNED'}
//   columns: 'MUNICIPALITY' | 'STATUS'
//   scope:   'PLANNED' (Bijlage 2, every status but ADDED_LATER) | 'CARRIED_OUT' (AS_PLANNED, ADAPTED) | 'ALL'
// Nodes come back as their key and a name (a readable table in the Browser); the API runs the file with each such
// projection replaced by the fields the query selects (analysis/AnalysisQueries), so it reads them in this statement.
CALL () {
  MATCH (th:Theme)
  WITH th ORDER BY th.id
  RETURN collect({key: th.id, label: th.shortLabelNl}) AS rowHeaders
}
CALL () {
  MATCH (m:Municipality)
  WITH m ORDER BY m.name
  RETURN CASE $columns
           WHEN 'MUNICIPALITY' THEN collect({key: m.id, label: m.name})
           ELSE [s IN ['AS_PLANNED', 'ADAPTED', 'NOT_CARRIED_OUT', 'ADDED_LATER'] | {key: s, label: s}] END AS columnHeaders
}
CALL () {
  MATCH (i:Intervention)-[t:TOUCHES]->(th:Theme)
  WHERE CASE $scope
          WHEN 'PLANNED' THEN i.status <> 'ADDED_LATER'
          WHEN 'CARRIED_OUT' THEN i.status IN ['AS_PLANNED', 'ADAPTED']
          ELSE true END
  OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
  WITH th, i, m, t, CASE $columns WHEN 'MUNICIPALITY' THEN coalesce(m.id, 'mun:unknown') ELSE i.status END AS col
  ORDER BY i.code
  WITH th, col, collect({intervention: i {.code, .name}, municipality: m {.id, .name}, main: t.main, viaThemes: []}) AS entries
  ORDER BY th.id, col
  RETURN collect({row: th.id, column: col, count: size(entries), entries: entries}) AS cells
}
RETURN rowHeaders, columnHeaders, cells
