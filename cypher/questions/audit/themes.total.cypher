// Report audit metric `themes.total` (seed/FORMAT.md): themes (no scope).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
//
// Parameters (example; run in the Browser first):
// :param {scopes: [null]}
UNWIND $scopes AS scope
RETURN scope,
       COUNT { (:Theme) } AS actual,
       // The twelve are listed by the report itself (§2.1, Bijlage 2); a node's basis is about its other properties.
       COUNT { (:Theme) } AS actualStated,
       scope IS NULL OR scope = '' AS validScope
