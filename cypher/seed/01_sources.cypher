// Loads sources.csv (see seed/FORMAT.md) into the graph of seed/MODEL.md. Safe to re-run: MERGE on the key, SET every
// property from the row (an emptied field removes its property), so loading the same rows twice changes nothing.
// $rows: the CSV's data rows as maps of raw strings; empty fields are '' (service) or null (LOAD CSV), and both
// become absent properties. Conversions (booleans, integers, |-lists) happen here.
// In the Browser or cypher-shell (no validation there!), put the CSV in Neo4j's import folder and replace the
// first line, UNWIND $rows AS row, by:  LOAD CSV WITH HEADERS FROM 'file:///sources.csv' AS row
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
// A node a curator changed (curatedSeq, see README) belongs to the curators: its row neither overwrites it nor its links.
WITH n, row WHERE n.curatedSeq IS NULL
SET n = {
  id: row.id,
  kind: row.kind,
  title: row.title,
  authors: CASE coalesce(row.authors, '') WHEN '' THEN null ELSE split(row.authors, '|') END,
  year: toIntegerOrNull(row.year),
  publisher: CASE row.publisher WHEN '' THEN null ELSE row.publisher END,
  studiesAnalysed: toIntegerOrNull(row.studies_analysed),
  descriptionEn: row.description_en,
  source: split(row.source, '|'),
  basis: row.basis,
  rationale: CASE row.rationale WHEN '' THEN null ELSE row.rationale END
}
