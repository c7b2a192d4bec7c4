// Report audit metric `municipalities.byTheme` (seed/FORMAT.md): distinct municipalities with a planned intervention touching the theme (scope: theme id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['theme:bovenlokale-netwerken']}
UNWIND $scopes AS scope
RETURN scope,
       COUNT { MATCH (m:Municipality)-[:RUNS]->(i:Intervention)-[:TOUCHES]->(:Theme {id: scope})
               WHERE i.status <> 'ADDED_LATER' RETURN DISTINCT m } AS actual,
       EXISTS { (:Theme {id: scope}) } AS validScope
