// Report audit metric `factors.count` (seed/FORMAT.md): factors of a kind, optionally of an evidence class (scope: RISK/GROUNDED, RISK/PLAUSIBLE, RISK, PROTECTIVE).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['RISK/GROUNDED', 'RISK/PLAUSIBLE', 'PROTECTIVE']}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
WITH scope, split(coalesce(scope, ''), '/') AS parts
RETURN scope,
       COUNT { (f:Factor) WHERE f.kind = parts[0] AND (size(parts) = 1 OR f.evidence = parts[1]) } AS actual,
       COUNT { (f:Factor) WHERE f.kind = parts[0] AND (size(parts) = 1 OR f.evidence = parts[1])
                            AND f.basis = 'stated' } AS actualStated,
       parts[0] IN ['RISK', 'PROTECTIVE'] AND size(parts) <= 2
         AND (size(parts) = 1 OR parts[1] IN ['GROUNDED', 'PLAUSIBLE', 'UNGRADED']) AS validScope
