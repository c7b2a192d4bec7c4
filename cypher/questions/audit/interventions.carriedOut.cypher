// Report audit metric `interventions.carriedOut` (seed/FORMAT.md): planned interventions carried out (scope true: AS_PLANNED or ADAPTED) or not (scope false: NOT_CARRIED_OUT).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['true', 'false']}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
RETURN scope,
       COUNT { (i:Intervention)
               WHERE (scope = 'true' AND i.status IN ['AS_PLANNED', 'ADAPTED'])
                  OR (scope = 'false' AND i.status = 'NOT_CARRIED_OUT') } AS actual,
       COUNT { (i:Intervention)
               WHERE ((scope = 'true' AND i.status IN ['AS_PLANNED', 'ADAPTED'])
                  OR (scope = 'false' AND i.status = 'NOT_CARRIED_OUT')) AND i.statusBasis = 'stated' } AS actualStated,
       scope IN ['true', 'false'] AS validScope
