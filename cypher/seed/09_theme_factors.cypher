// Loads theme_factors.csv (see seed/FORMAT.md) into the graph of seed/MODEL.md. Safe to re-run: MERGE on the key, SET every
// property from the row (an emptied field removes its property), so loading the same rows twice changes nothing.
// $rows: the CSV's data rows as maps of raw strings; empty fields are '' (service) or null (LOAD CSV), and both
// become absent properties. Conversions (booleans, integers, |-lists) happen here.
// In the Browser or cypher-shell (no validation there!), put the CSV in Neo4j's import folder and replace the
// first line, UNWIND $rows AS row, by:  LOAD CSV WITH HEADERS FROM 'file:///theme_factors.csv' AS row
UNWIND $rows AS row
// Rows of a node a curator changed (curatedSeq) are skipped: its links are the curators' now (an unlink leaves
// nothing to mark), and so is a relationship a curator changed.
MATCH (t:Theme {id: row.theme}) WHERE t.curatedSeq IS NULL
MATCH (f:Factor {id: row.factor})
MERGE (t)-[r:TARGETS]->(f)
WITH r, row WHERE r.curatedSeq IS NULL
SET r = {source: split(row.source, '|'), basis: row.basis, rationale: CASE row.rationale WHEN '' THEN null ELSE row.rationale END}
