// Report audit metric `interventions.grounded` (seed/FORMAT.md): planned interventions grounded (scope true) or not (scope false).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['true', 'false']}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
RETURN scope,
       COUNT { (i:Intervention) WHERE i.status <> 'ADDED_LATER' AND toString(i.grounded) = scope } AS actual,
       COUNT { (i:Intervention) WHERE i.status <> 'ADDED_LATER' AND toString(i.grounded) = scope AND i.groundedBasis = 'stated' } AS actualStated,
       scope IN ['true', 'false'] AS validScope
