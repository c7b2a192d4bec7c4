// Report audit metric `factors.categories` (seed/FORMAT.md): distinct categories of the factors of a kind (scope: RISK).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['RISK']}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
RETURN scope,
       COUNT { MATCH (f:Factor) WHERE f.kind = scope RETURN DISTINCT f.category } AS actual,
       COUNT { MATCH (f:Factor) WHERE f.kind = scope AND f.basis = 'stated' RETURN DISTINCT f.category } AS actualStated,
       scope IN ['RISK', 'PROTECTIVE'] AS validScope
