// Which interventions have no grounded basis (niet gefundeerd): the report finds no risk factor behind them that the
// Do or Don't review grounds (named in at least 3 of its 24 studies). Listed with what they do address, so you see
// why: their factors with the review's evidence grade, and how the "not grounded" verdict is known.
// API: Query.interventions(where: {grounded: false}) (src/main/resources/graphql/interventions.graphqls).
//
// Parameters, with their defaults (run in the Browser first; municipality null means every municipality):
// :param {municipality: null}
// Example, one city:  :param {municipality: 'mun:rotterdam'}
MATCH (i:Intervention)
WHERE i.grounded = false
OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
WITH i, m
WHERE $municipality IS NULL OR m.id = $municipality
RETURN i.code AS code,
       i.name AS name,
       m.name AS municipality,
       i.status AS status,
       COLLECT { MATCH (i)-[:TOUCHES]->(t:Theme) RETURN t.shortLabelNl ORDER BY t.shortLabelNl } AS themes,
       COLLECT {
         MATCH (i)-[l:TARGETS]->(f:Factor)
         RETURN f.nameNl + ' (' + toLower(f.kind) + ', ' + toLower(f.evidence) + ', ' + l.basis + ')' AS factor
         ORDER BY factor
       } AS factors,
       coalesce(i.groundedBasis, i.basis) AS basis,
       i.groundedRationale AS rationale
ORDER BY municipality, code
