// Report audit metric `interventions.byApproach` (seed/FORMAT.md): planned interventions with the approach (scope: PREVENTIVE or REPRESSIVE).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['PREVENTIVE', 'REPRESSIVE']}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
RETURN scope,
       COUNT { (i:Intervention) WHERE i.status <> 'ADDED_LATER' AND i.approach = scope } AS actual,
       COUNT { (i:Intervention) WHERE i.status <> 'ADDED_LATER' AND i.approach = scope AND i.approachBasis = 'stated' } AS actualStated,
       scope IN ['PREVENTIVE', 'REPRESSIVE'] AS validScope
