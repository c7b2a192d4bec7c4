// Which interventions were not carried out (niet uitgevoerd, §2.2), and what did they target? Drawn as a graph: each
// intervention with the themes it would have touched and the factors it would have addressed; the table view lists
// the municipality and how the status is known.
// API: Query.interventions(where: {status: [NOT_CARRIED_OUT]}) { code themes factors } (interventions.graphqls).
//
// Parameters, with their defaults (run in the Browser first; municipality null means every municipality):
// :param {municipality: null}
MATCH (i:Intervention {status: 'NOT_CARRIED_OUT'})
OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
WITH i, m
WHERE $municipality IS NULL OR m.id = $municipality
RETURN i AS intervention,
       m.name AS municipality,
       i.statusBasis AS statusBasis,
       i.statusRationale AS statusRationale,
       COLLECT { MATCH p = (i)-[:TOUCHES]->(:Theme) RETURN p } AS themes,
       COLLECT { MATCH p = (i)-[:TARGETS]->(:Factor) RETURN p } AS targets
ORDER BY municipality, i.code
