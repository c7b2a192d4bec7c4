// Loads interventions.csv (see seed/FORMAT.md) into the graph of seed/MODEL.md. Safe to re-run: MERGE on the key, SET every
// property from the row (an emptied field removes its property), so loading the same rows twice changes nothing.
// $rows: the CSV's data rows as maps of raw strings; empty fields are '' (service) or null (LOAD CSV), and both
// become absent properties. Conversions (booleans, integers, |-lists) happen here.
// In the Browser or cypher-shell (no validation there!), put the CSV in Neo4j's import folder and replace the
// first line, UNWIND $rows AS row, by:  LOAD CSV WITH HEADERS FROM 'file:///interventions.csv' AS row
UNWIND $rows AS row
MERGE (n:Intervention {code: row.code})
// A node a curator changed (curatedSeq, see README) belongs to the curators: its row neither overwrites it nor its links.
WITH n, row WHERE n.curatedSeq IS NULL
SET n = {
  code: row.code,
  name: row.name,
  descriptionEn: row.description_en,
  descriptionNl: row.description_nl,
  approach: row.approach,
  approachBasis: row.approach_basis,
  approachRationale: CASE row.approach_rationale WHEN '' THEN null ELSE row.approach_rationale END,
  status: row.status,
  statusBasis: row.status_basis,
  statusRationale: CASE row.status_rationale WHEN '' THEN null ELSE row.status_rationale END,
  formerNames: CASE WHEN coalesce(row.former_names, '') = '' THEN null ELSE split(row.former_names, '|') END,
  recognised: CASE coalesce(row.recognised, '') WHEN '' THEN null ELSE toBoolean(row.recognised) END,
  recognisedBasis: CASE coalesce(row.recognised_basis, '') WHEN '' THEN null ELSE row.recognised_basis END,
  recognisedRationale: CASE row.recognised_rationale WHEN '' THEN null ELSE row.recognised_rationale END,
  grounded: CASE coalesce(row.grounded, '') WHEN '' THEN null ELSE toBoolean(row.grounded) END,
  groundedBasis: CASE coalesce(row.grounded_basis, '') WHEN '' THEN null ELSE row.grounded_basis END,
  groundedRationale: CASE row.grounded_rationale WHEN '' THEN null ELSE row.grounded_rationale END,
  exploratory: toBoolean(row.exploratory),
  targetAge: CASE row.target_age WHEN '' THEN null ELSE row.target_age END,
  // Derived, so that every reader counts "planned" and "carried out" the same way.
  planned: row.status <> 'ADDED_LATER',
  carriedOut: row.status IN ['AS_PLANNED', 'ADAPTED'],
  source: split(row.source, '|'),
  basis: row.basis,
  rationale: CASE row.rationale WHEN '' THEN null ELSE row.rationale END
}
WITH n, row
// The municipality that runs it, with the row's provenance (none for an added intervention of unknown origin).
CALL (n, row) {
  OPTIONAL MATCH (m:Municipality)-[old:RUNS]->(n)
  WHERE m.id <> coalesce(row.municipality, '')
  DELETE old
  WITH DISTINCT n, row
  MATCH (m:Municipality {id: row.municipality})
  MERGE (m)-[r:RUNS]->(n)
  SET r = {source: split(row.source, '|'), basis: row.basis, rationale: CASE row.rationale WHEN '' THEN null ELSE row.rationale END}
}
// Who recognised it (recognised_by), with the provenance of the recognised attribute.
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:RECOGNISED_BY]->(s:Source)
  WHERE s.id <> coalesce(row.recognised_by, '')
  DELETE old
  WITH DISTINCT n, row
  MATCH (s:Source {id: row.recognised_by})
  MERGE (n)-[r:RECOGNISED_BY]->(s)
  SET r = {source: split(row.source, '|'), basis: row.recognised_basis, rationale: CASE row.recognised_rationale WHEN '' THEN null ELSE row.recognised_rationale END}
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
