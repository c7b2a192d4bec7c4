// Report audit metric `municipalities.total` (seed/FORMAT.md): number of municipalities (no scope).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: [null]}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
RETURN scope,
       COUNT { (:Municipality) } AS actual,
       // The eight are listed by the report itself (§2.1); a node's basis is about its other properties.
       COUNT { (:Municipality) } AS actualStated,
       scope IS NULL OR scope = '' AS validScope
