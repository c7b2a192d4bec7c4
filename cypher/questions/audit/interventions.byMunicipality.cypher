// Report audit metric `interventions.byMunicipality` (seed/FORMAT.md): planned interventions run by the municipality (scope: municipality id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['mun:amsterdam', 'mun:eindhoven']}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
RETURN scope,
       COUNT { (:Municipality {id: scope})-[:RUNS]->(i:Intervention) WHERE i.status <> 'ADDED_LATER' } AS actual,
       COUNT { (:Municipality {id: scope})-[r:RUNS]->(i:Intervention) WHERE i.status <> 'ADDED_LATER' AND r.basis = 'stated' } AS actualStated,
       EXISTS { (:Municipality {id: scope}) } AS validScope
