MATCH (:Municipality {id: $m})-[:RUNS]->(i:Intervention)-[:TOUCHES]->(:Theme {id: $t})
WITH i ORDER BY i.code
WITH collect(i {.code, .name}) AS matched
RETURN size(matched) AS totalCount, matched[0..20] AS nodes
