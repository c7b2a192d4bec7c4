// Loads exploratory_elements.csv (see seed/FORMAT.md) into the graph of seed/MODEL.md. Safe to re-run: MERGE on the key, SET every
// property from the row (an emptied field removes its property), so loading the same rows twice changes nothing.
// $rows: the CSV's data rows as maps of raw strings; empty fields are '' (service) or null (LOAD CSV), and both
// become absent properties. The four optional links (intervention, municipality, theme, mechanism) carry the
// row's link_basis/link_rationale: where the report places a §3.1.3 element is mostly our reading.
// In the Browser or cypher-shell (no validation there!), put the CSV in Neo4j's import folder and replace the
// first line, UNWIND $rows AS row, by:  LOAD CSV WITH HEADERS FROM 'file:///exploratory_elements.csv' AS row
UNWIND $rows AS row
MERGE (n:ExploratoryElement {id: row.id})
// A node a curator changed (curatedSeq, see README) belongs to the curators: its row neither overwrites it nor its links.
WITH n, row WHERE n.curatedSeq IS NULL
SET n = {
  id: row.id,
  nameEn: row.name_en,
  nameNl: row.name_nl,
  descriptionEn: row.description_en,
  descriptionNl: row.description_nl,
  termNl: CASE coalesce(row.term_nl, '') WHEN '' THEN null ELSE row.term_nl END,
  linkBasis: row.link_basis,
  linkRationale: CASE coalesce(row.link_rationale, '') WHEN '' THEN null ELSE row.link_rationale END,
  source: split(row.source, '|'),
  basis: row.basis,
  rationale: CASE coalesce(row.rationale, '') WHEN '' THEN null ELSE row.rationale END
}
WITH n, row, {source: split(row.source, '|'), basis: row.link_basis,
              rationale: CASE coalesce(row.link_rationale, '') WHEN '' THEN null ELSE row.link_rationale END} AS link
CALL (n, row, link) {
  OPTIONAL MATCH (n)-[old:ELEMENT_OF]->(i:Intervention) WHERE i.code <> coalesce(row.intervention, '')
  DELETE old
  WITH DISTINCT n, row, link
  MATCH (i:Intervention {code: row.intervention})
  MERGE (n)-[r:ELEMENT_OF]->(i)
  SET r = link
}
CALL (n, row, link) {
  OPTIONAL MATCH (n)-[old:IN_MUNICIPALITY]->(m:Municipality) WHERE m.id <> coalesce(row.municipality, '')
  DELETE old
  WITH DISTINCT n, row, link
  MATCH (m:Municipality {id: row.municipality})
  MERGE (n)-[r:IN_MUNICIPALITY]->(m)
  SET r = link
}
CALL (n, row, link) {
  OPTIONAL MATCH (n)-[old:ON_THEME]->(t:Theme) WHERE t.id <> coalesce(row.theme, '')
  DELETE old
  WITH DISTINCT n, row, link
  MATCH (t:Theme {id: row.theme})
  MERGE (n)-[r:ON_THEME]->(t)
  SET r = link
}
CALL (n, row, link) {
  OPTIONAL MATCH (n)-[old:DRAWS_ON]->(x:Mechanism) WHERE x.id <> coalesce(row.mechanism, '')
  DELETE old
  WITH DISTINCT n, row, link
  MATCH (x:Mechanism {id: row.mechanism})
  MERGE (n)-[r:DRAWS_ON]->(x)
  SET r = link
}
WITH n, row
CALL (n, row) {
  WITH n, row, [entry IN split(row.source, '|') | {sourceId: split(entry, '#')[0], locator: split(entry, '#')[1]}] AS cites
  OPTIONAL MATCH (n)-[old:SOURCED_FROM]->(cited:Source)
  WHERE NOT {sourceId: cited.id, locator: old.locator} IN cites
  DELETE old
  WITH DISTINCT n, row, cites
  UNWIND cites AS cite
  MATCH (s:Source {id: cite.sourceId})
  MERGE (n)-[r:SOURCED_FROM {locator: cite.locator}]->(s)
  SET r = {locator: cite.locator, source: [cite.sourceId + '#' + cite.locator], basis: row.basis, rationale: CASE coalesce(row.rationale, '') WHEN '' THEN null ELSE row.rationale END}
}
