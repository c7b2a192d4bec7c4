// Report audit metric `sources.studiesAnalysed` (seed/FORMAT.md): the number of studies a source analysed (scope: source id).
// API: Query.reportAudit runs this file once for all claims with this metric, with their scopes in $scopes.
// "Planned" = status other than ADDED_LATER. validScope is false when the scope names nothing in the graph.
//
// Parameters (example; run in the Browser first):
// :param {scopes: ['src:do-or-dont']}
UNWIND $scopes AS scope
OPTIONAL MATCH (s:Source {id: scope})
RETURN scope, s.studiesAnalysed AS actual, s IS NOT NULL AS validScope
