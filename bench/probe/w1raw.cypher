MATCH (i:Intervention {code: $code})
RETURN i.code AS code,
COLLECT { MATCH (m:Municipality)-[:RUNS]->(i) RETURN m.id } AS municipality,
COLLECT { MATCH (i)-[r:TOUCHES]->(t:Theme)
RETURN {main: r.main, theme: t.id} ORDER BY r.main DESC, t.id } AS themes,
COLLECT { MATCH (i)-[u:USES]->(x:Mechanism) RETURN {localName: u.localName, mechanism: x.id} } AS mechanisms
