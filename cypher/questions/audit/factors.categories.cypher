// Report audit metric `factors.categories` (seed/FORMAT.md): distinct categories of the factors of a kind (scope: RISK).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['RISK']}
UNWIND $scopes AS scope
RETURN scope,
       COUNT { MATCH (f:Factor) WHERE f.kind = scope RETURN DISTINCT f.category } AS actual,
       scope IN ['RISK', 'PROTECTIVE'] AS validScope
