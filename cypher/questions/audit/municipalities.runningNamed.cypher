// Report audit metric `municipalities.runningNamed` (seed/FORMAT.md): municipalities running a planned intervention whose name contains the scope (case-insensitive).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['Preventief Interventie Team', 'Alleen jij bepaalt wie je bent']}
UNWIND $scopes AS scope
WITH scope, toLower(trim(coalesce(scope, ''))) AS name
RETURN scope,
       COUNT { MATCH (m:Municipality)-[:RUNS]->(i:Intervention)
               WHERE i.status <> 'ADDED_LATER' AND toLower(i.name) CONTAINS name RETURN DISTINCT m } AS actual,
       COUNT { MATCH (m:Municipality)-[r:RUNS]->(i:Intervention)
               WHERE i.status <> 'ADDED_LATER' AND toLower(i.name) CONTAINS name AND r.basis = 'stated' RETURN DISTINCT m } AS actualStated,
       name <> '' AND EXISTS { MATCH (i:Intervention) WHERE toLower(i.name) CONTAINS name } AS validScope
