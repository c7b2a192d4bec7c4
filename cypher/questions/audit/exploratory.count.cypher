// Report audit metric `exploratory.count` (seed/FORMAT.md): §3.1.3 exploratory elements (no scope).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
//
// Parameters (example; run in the Browser first):
// :param {scopes: [null]}
UNWIND $scopes AS scope
RETURN scope,
       COUNT { (:ExploratoryElement) } AS actual,
       COUNT { (e:ExploratoryElement) WHERE e.basis = 'stated' } AS actualStated,
       scope IS NULL OR scope = '' AS validScope
