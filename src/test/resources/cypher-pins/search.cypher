CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $first}) YIELD node, score
WITH node AS n, score
ORDER BY score DESC
LIMIT $first
RETURN {`score`: score, `node`: CASE WHEN n:Intervention THEN {`__typename`: 'Intervention', `code`: n.code} WHEN n:Municipality THEN {`__typename`: 'Municipality'} WHEN n:Theme THEN {`__typename`: 'Theme', `id`: n.id} WHEN n:Factor AND n.kind = 'PROTECTIVE' THEN {`__typename`: 'ProtectiveFactor', `nameNl`: n.nameNl} WHEN n:Factor THEN {`__typename`: 'RiskFactor'} WHEN n:Mechanism THEN {`__typename`: 'Mechanism'} END} AS row
