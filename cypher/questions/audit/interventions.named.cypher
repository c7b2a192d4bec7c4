// Report audit metric `interventions.named` (seed/FORMAT.md): planned interventions whose name or former name is the scope (case-insensitive).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['Schoon Schip', 'Kapot Sterk']}
UNWIND $scopes AS scope
WITH scope, toLower(trim(coalesce(scope, ''))) AS name
RETURN scope,
       COUNT { (i:Intervention) WHERE i.status <> 'ADDED_LATER'
               AND (toLower(i.name) = name OR name IN [n IN coalesce(i.formerNames, []) | toLower(n)]) } AS actual,
       COUNT { (i:Intervention) WHERE i.status <> 'ADDED_LATER' AND i.basis = 'stated'
               AND (toLower(i.name) = name OR name IN [n IN coalesce(i.formerNames, []) | toLower(n)]) } AS actualStated,
       name <> '' AS validScope
