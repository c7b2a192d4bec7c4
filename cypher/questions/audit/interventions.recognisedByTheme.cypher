// Report audit metric `interventions.recognisedByTheme` (seed/FORMAT.md): planned interventions touching the theme that are recognised (scope: theme id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['theme:vroegsignalering']}
UNWIND $scopes AS scope
RETURN scope,
       COUNT { MATCH (i:Intervention)-[:TOUCHES]->(:Theme {id: scope})
               WHERE i.status <> 'ADDED_LATER' AND i.recognised = true RETURN DISTINCT i } AS actual,
       COUNT { MATCH (i:Intervention)-[t:TOUCHES]->(:Theme {id: scope})
               WHERE i.status <> 'ADDED_LATER' AND i.recognised = true AND t.basis = 'stated' AND i.recognisedBasis = 'stated'
               RETURN DISTINCT i } AS actualStated,
       EXISTS { (:Theme {id: scope}) } AS validScope
