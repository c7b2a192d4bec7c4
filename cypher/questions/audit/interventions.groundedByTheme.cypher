// Report audit metric `interventions.groundedByTheme` (seed/FORMAT.md): planned grounded interventions touching the theme (scope: theme id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['theme:gedrag-identiteit']}
UNWIND $scopes AS scope
RETURN scope,
       COUNT { MATCH (i:Intervention)-[:TOUCHES]->(:Theme {id: scope})
               WHERE i.status <> 'ADDED_LATER' AND i.grounded = true RETURN DISTINCT i } AS actual,
       EXISTS { (:Theme {id: scope}) } AS validScope
