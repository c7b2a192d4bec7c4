// Report audit metric `sources.studiesAnalysed` (seed/FORMAT.md): the number of studies a source analysed (scope: source id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['src:do-or-dont']}
// actualStated: the same count over stated facts only; the audit calls an agreement that needs inferred facts AGREES_ON_INFERRED.
UNWIND $scopes AS scope
OPTIONAL MATCH (s:Source {id: scope})
RETURN scope, s.studiesAnalysed AS actual,
       CASE s.basis WHEN 'stated' THEN s.studiesAnalysed END AS actualStated,
       s IS NOT NULL AS validScope
