// Runs after all seed files: removes what the seed no longer holds, so that deleting a row from a CSV deletes it
// from the graph, and records which seed the graph now holds.
// $loaderHash: SHA-256 over these statements, so that a changed loader reloads an unchanged seed.
// $seed: the key columns of every file's rows, keyed by file base name ($seed.sources, $seed.intervention_themes, ...)
// (only keys: the full rows of a 1000× seed exceed the transaction memory). $hash: SHA-256 over the seed files. $files: their names, in load order.
// Only seed kinds are touched: nodes with a seed label whose key is not in the seed (with all their
// relationships), and relationships of the relationship files whose pair is not in the seed. The derived
// relationships (RUNS, SOURCED_FROM, IDENTIFIED_IN, RECOGNISED_BY) are kept in step by the per-file statements.
// The kept keys are computed once per kind (WITH … AS keep) and compared as strings (ids hold no spaces): Cypher
// checks IN against such a list through a hash set, where a list of [a, b] pairs or a list built inside the WHERE is
// scanned for every node or relationship, which made a 1000× synthetic seed (bench/) take hours instead of seconds.
// Never removed: anything a curator changed (curatedSeq), a node a curated node or relationship touches, the
// relationships of a curated node (see README: curated work is kept until it is exported into seed/).
// In the Browser this needs $seed built by hand; there, loading into an empty database makes it unnecessary.
CALL () {
  WITH [row IN $seed.sources | row.id] AS keep
  MATCH (n:Source) WHERE NOT n.id IN keep
  WITH n WHERE n.curatedSeq IS NULL AND NOT EXISTS { (n)-[r]-(m) WHERE r.curatedSeq IS NOT NULL OR m.curatedSeq IS NOT NULL }
  DETACH DELETE n
}
CALL () {
  WITH [row IN $seed.municipalities | row.id] AS keep
  MATCH (n:Municipality) WHERE NOT n.id IN keep
  WITH n WHERE n.curatedSeq IS NULL AND NOT EXISTS { (n)-[r]-(m) WHERE r.curatedSeq IS NOT NULL OR m.curatedSeq IS NOT NULL }
  DETACH DELETE n
}
CALL () {
  WITH [row IN $seed.themes | row.id] AS keep
  MATCH (n:Theme) WHERE NOT n.id IN keep
  WITH n WHERE n.curatedSeq IS NULL AND NOT EXISTS { (n)-[r]-(m) WHERE r.curatedSeq IS NOT NULL OR m.curatedSeq IS NOT NULL }
  DETACH DELETE n
}
CALL () {
  WITH [row IN $seed.factors | row.id] AS keep
  MATCH (n:Factor) WHERE NOT n.id IN keep
  WITH n WHERE n.curatedSeq IS NULL AND NOT EXISTS { (n)-[r]-(m) WHERE r.curatedSeq IS NOT NULL OR m.curatedSeq IS NOT NULL }
  DETACH DELETE n
}
CALL () {
  WITH [row IN $seed.mechanisms | row.id] AS keep
  MATCH (n:Mechanism) WHERE NOT n.id IN keep
  WITH n WHERE n.curatedSeq IS NULL AND NOT EXISTS { (n)-[r]-(m) WHERE r.curatedSeq IS NOT NULL OR m.curatedSeq IS NOT NULL }
  DETACH DELETE n
}
CALL () {
  WITH [row IN $seed.interventions | row.code] AS keep
  MATCH (n:Intervention) WHERE NOT n.code IN keep
  WITH n WHERE n.curatedSeq IS NULL AND NOT EXISTS { (n)-[r]-(m) WHERE r.curatedSeq IS NOT NULL OR m.curatedSeq IS NOT NULL }
  DETACH DELETE n
}
CALL () {
  WITH [row IN $seed.exploratory_elements | row.id] AS keep
  MATCH (n:ExploratoryElement) WHERE NOT n.id IN keep
  WITH n WHERE n.curatedSeq IS NULL AND NOT EXISTS { (n)-[r]-(m) WHERE r.curatedSeq IS NOT NULL OR m.curatedSeq IS NOT NULL }
  DETACH DELETE n
}
CALL () {
  WITH [row IN $seed.claims | row.id] AS keep
  MATCH (n:Claim) WHERE NOT n.id IN keep
  WITH n WHERE n.curatedSeq IS NULL AND NOT EXISTS { (n)-[r]-(m) WHERE r.curatedSeq IS NOT NULL OR m.curatedSeq IS NOT NULL }
  DETACH DELETE n
}
CALL () {
  WITH [row IN $seed.intervention_themes | row.intervention + ' ' + row.theme] AS keep
  MATCH (i:Intervention)-[r:TOUCHES]->(t:Theme) WHERE NOT i.code + ' ' + t.id IN keep
  WITH i, r WHERE r.curatedSeq IS NULL AND i.curatedSeq IS NULL
  DELETE r
}
CALL () {
  WITH [row IN $seed.theme_factors | row.theme + ' ' + row.factor] AS keep
  MATCH (t:Theme)-[r:TARGETS]->(f:Factor) WHERE NOT t.id + ' ' + f.id IN keep
  WITH t, r WHERE r.curatedSeq IS NULL AND t.curatedSeq IS NULL
  DELETE r
}
CALL () {
  WITH [row IN $seed.intervention_factors | row.intervention + ' ' + row.factor] AS keep
  MATCH (i:Intervention)-[r:TARGETS]->(f:Factor) WHERE NOT i.code + ' ' + f.id IN keep
  WITH i, r WHERE r.curatedSeq IS NULL AND i.curatedSeq IS NULL
  DELETE r
}
CALL () {
  WITH [row IN $seed.intervention_mechanisms | row.intervention + ' ' + row.mechanism] AS keep
  MATCH (i:Intervention)-[r:USES]->(m:Mechanism) WHERE NOT i.code + ' ' + m.id IN keep
  WITH i, r WHERE r.curatedSeq IS NULL AND i.curatedSeq IS NULL
  DELETE r
}
MERGE (v:SeedVersion {id: 'seed'})
// loadedAt: when this seed (this hash) was first loaded; a forced reload of the same files leaves it as it is.
SET v.loadedAt = CASE WHEN v.hash = $hash THEN v.loadedAt ELSE datetime() END
SET v.hash = $hash, v.loaderHash = $loaderHash, v.files = $files
