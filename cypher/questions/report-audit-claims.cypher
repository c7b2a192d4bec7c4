// The claims the report audit checks: every figure the report states (seed/claims.csv), by id.
// API: Query.reportAudit reads them with this file, then runs cypher/questions/audit/<metric>.cypher once per metric
// with all scopes of that metric, and compares. To check one metric in the Browser, run its file under audit/.
//
// Parameters: none.
MATCH (c:Claim)
RETURN properties(c) AS claim
ORDER BY c.id
