// Loads themes.csv (see seed/FORMAT.md) into the graph of seed/MODEL.md. Safe to re-run: MERGE on the key, SET every
// property from the row (an emptied field removes its property), so loading the same rows twice changes nothing.
// $rows: the CSV's data rows as maps of raw strings; empty fields are '' (service) or null (LOAD CSV), and both
// become absent properties. Conversions (booleans, integers, |-lists) happen here.
// In the Browser or cypher-shell (no validation there!), put the CSV in Neo4j's import folder and replace the
// first line, UNWIND $rows AS row, by:  LOAD CSV WITH HEADERS FROM 'file:///themes.csv' AS row
UNWIND $rows AS row
MERGE (n:Theme {id: row.id})
// A node a curator changed (curatedSeq, see README) belongs to the curators: its row neither overwrites it nor its links.
WITH n, row WHERE n.curatedSeq IS NULL
SET n = {
  id: row.id,
  labelNl: row.label_nl,
  shortLabelNl: row.short_label_nl,
  labelEn: row.label_en,
  approach: row.approach,
  descriptionEn: row.description_en,
  source: split(row.source, '|'),
  basis: row.basis,
  rationale: CASE row.rationale WHEN '' THEN null ELSE row.rationale END
}
WITH n, row
// Citations: one SOURCED_FROM per entry of row.source, with its locator; entries no longer cited are removed.
CALL (n, row) {
  WITH n, row, [entry IN split(row.source, '|') | {sourceId: split(entry, '#')[0], locator: split(entry, '#')[1]}] AS cites
  OPTIONAL MATCH (n)-[old:SOURCED_FROM]->(cited:Source)
  WHERE NOT {sourceId: cited.id, locator: old.locator} IN cites
  DELETE old
  WITH DISTINCT n, row, cites
  UNWIND cites AS cite
  MATCH (s:Source {id: cite.sourceId})
  MERGE (n)-[r:SOURCED_FROM {locator: cite.locator}]->(s)
  SET r = {locator: cite.locator, source: [cite.sourceId + '#' + cite.locator], basis: row.basis, rationale: CASE row.rationale WHEN '' THEN null ELSE row.rationale END}
}
