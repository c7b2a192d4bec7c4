// Report audit metric `interventions.byTheme` (seed/FORMAT.md): planned interventions touching the theme (scope: theme id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['theme:vroegsignalering', 'theme:gedrag-identiteit']}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
RETURN scope,
       COUNT { MATCH (i:Intervention)-[:TOUCHES]->(:Theme {id: scope})
               WHERE i.status <> 'ADDED_LATER' RETURN DISTINCT i } AS actual,
       COUNT { MATCH (i:Intervention)-[t:TOUCHES]->(:Theme {id: scope})
               WHERE i.status <> 'ADDED_LATER' AND t.basis = 'stated' RETURN DISTINCT i } AS actualStated,
       EXISTS { (:Theme {id: scope}) } AS validScope
