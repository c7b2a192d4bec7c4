MATCH (m:Municipality)
WITH m ORDER BY m.name LIMIT $first
RETURN m.id AS id,
COLLECT { MATCH (m)-[:RUNS]->(i:Intervention)
WITH i ORDER BY i.code
RETURN {code: i.code,
themes: COLLECT { MATCH (i)-[:TOUCHES]->(t:Theme) RETURN t.id },
factors: COLLECT { MATCH (i)-[:TARGETS]->(f:Factor) RETURN f.id },
mechanisms: COLLECT { MATCH (i)-[:USES]->(x:Mechanism) RETURN x.id }} } AS interventions
