// Report audit metric `factors.namedAt` (seed/FORMAT.md): factors of a kind/evidence whose provenance cites a place in the report (scope: 'RISK/GROUNDED#1.2').
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['RISK/GROUNDED#1.2']}
UNWIND $scopes AS scope
WITH scope, split(split(coalesce(scope, ''), '#')[0], '/') AS parts, 'src:praktijkscan#' + split(coalesce(scope, ''), '#')[1] AS cite
RETURN scope,
       COUNT { (f:Factor) WHERE f.kind = parts[0] AND (size(parts) = 1 OR f.evidence = parts[1]) AND cite IN f.source } AS actual,
       COUNT { (f:Factor) WHERE f.kind = parts[0] AND (size(parts) = 1 OR f.evidence = parts[1]) AND cite IN f.source
                            AND f.basis = 'stated' } AS actualStated,
       parts[0] IN ['RISK', 'PROTECTIVE'] AND size(parts) <= 2 AND scope CONTAINS '#' AS validScope
