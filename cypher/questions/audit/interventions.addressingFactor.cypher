// Report audit metric `interventions.addressingFactor` (seed/FORMAT.md): planned interventions addressing the factor: their own TARGETS link, or (grounded ones) a theme whose §3.1.1 statement names it, as in uncoveredFactors (scope: factor id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['rf:drugsgebruik']}
UNWIND $scopes AS scope
RETURN scope,
       COUNT { MATCH (i:Intervention) WHERE i.status <> 'ADDED_LATER'
               AND (EXISTS { (i)-[:TARGETS]->(:Factor {id: scope}) }
                    OR (i.grounded = true AND EXISTS { (i)-[:TOUCHES]->(:Theme)-[:TARGETS]->(:Factor {id: scope}) }))
               RETURN DISTINCT i } AS actual,
       COUNT { MATCH (i:Intervention) WHERE i.status <> 'ADDED_LATER'
               AND (EXISTS { (i)-[r:TARGETS]->(:Factor {id: scope}) WHERE r.basis = 'stated' }
                    OR (i.grounded = true AND i.groundedBasis = 'stated'
                        AND EXISTS { (i)-[t:TOUCHES]->(:Theme)-[:TARGETS]->(:Factor {id: scope}) WHERE t.basis = 'stated' }))
               RETURN DISTINCT i } AS actualStated,
       EXISTS { (:Factor {id: scope}) } AS validScope
