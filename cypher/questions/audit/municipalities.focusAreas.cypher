// Report audit metric `municipalities.focusAreas` (seed/FORMAT.md): focus areas (wijken) named for the municipality (scope: municipality id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['mun:den-haag']}
UNWIND $scopes AS scope
OPTIONAL MATCH (m:Municipality {id: scope})
RETURN scope, size(coalesce(m.focusAreas, [])) AS actual,
       CASE m.basis WHEN 'stated' THEN size(coalesce(m.focusAreas, [])) ELSE 0 END AS actualStated,
       m IS NOT NULL AS validScope
