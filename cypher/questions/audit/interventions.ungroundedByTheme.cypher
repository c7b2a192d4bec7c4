// Report audit metric `interventions.ungroundedByTheme` (seed/FORMAT.md): planned ungrounded interventions touching the theme (scope: theme id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['theme:opsporing-vervolging']}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
RETURN scope,
       COUNT { MATCH (i:Intervention)-[:TOUCHES]->(:Theme {id: scope})
               WHERE i.status <> 'ADDED_LATER' AND i.grounded = false RETURN DISTINCT i } AS actual,
       COUNT { MATCH (i:Intervention)-[t:TOUCHES]->(:Theme {id: scope})
               WHERE i.status <> 'ADDED_LATER' AND i.grounded = false AND t.basis = 'stated' AND i.groundedBasis = 'stated'
               RETURN DISTINCT i } AS actualStated,
       EXISTS { (:Theme {id: scope}) } AS validScope
