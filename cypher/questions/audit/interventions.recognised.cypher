// Report audit metric `interventions.recognised` (seed/FORMAT.md): scientifically recognised interventions (no scope).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: [null]}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
RETURN scope,
       COUNT { (i:Intervention) WHERE i.recognised = true } AS actual,
       COUNT { (i:Intervention) WHERE i.recognised = true AND i.recognisedBasis = 'stated' } AS actualStated,
       scope IS NULL OR scope = '' AS validScope
