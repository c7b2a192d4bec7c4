MATCH (anchor:Municipality {id: $municipality})-[:RUNS]->(n:Intervention)
USING INDEX anchor:Municipality(id)
CALL (n) {
  WITH n
  WHERE $theme IN [(n)-[:TOUCHES]->(t:Theme) | t.id]
  RETURN true AS kept
}
WITH n
ORDER BY left(n.code, size(n.code) - (CASE WHEN n.code =~ '.*[0-9]{3}' THEN 3 WHEN n.code =~ '.*[0-9]{2}' THEN 2 WHEN n.code =~ '.*[0-9]' THEN 1 ELSE 0 END)), coalesce(toInteger(right(n.code, (CASE WHEN n.code =~ '.*[0-9]{3}' THEN 3 WHEN n.code =~ '.*[0-9]{2}' THEN 2 WHEN n.code =~ '.*[0-9]' THEN 1 ELSE 0 END))), -1), n.code
WITH collect(n) AS matched
WITH size(matched) AS total, matched[$sel0..$sel1] AS page
CALL (page) { UNWIND page AS n RETURN collect({`nodes`: {`code`: n.code, `name`: n.name}}) AS rows }
RETURN total, rows
