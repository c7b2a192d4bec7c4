// Report audit metric `interventions.withThemes` (seed/FORMAT.md): planned interventions touching exactly one theme (scope '1') or several (scope '2+').
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['1', '2+']}
UNWIND $scopes AS scope
RETURN scope,
       COUNT { MATCH (i:Intervention) WHERE i.status <> 'ADDED_LATER'
               WITH i, COUNT { (i)-[:TOUCHES]->(:Theme) } AS themes
               WHERE (scope = '1' AND themes = 1) OR (scope = '2+' AND themes >= 2) RETURN i } AS actual,
       COUNT { MATCH (i:Intervention) WHERE i.status <> 'ADDED_LATER'
               WITH i, COUNT { (i)-[:TOUCHES]->(:Theme) } AS themes,
                    COUNT { (i)-[t:TOUCHES]->(:Theme) WHERE t.basis = 'stated' } AS statedThemes
               WHERE themes = statedThemes AND ((scope = '1' AND themes = 1) OR (scope = '2+' AND themes >= 2))
               RETURN i } AS actualStated,
       scope IN ['1', '2+'] AS validScope
