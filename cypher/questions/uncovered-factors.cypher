// Which risk or protective factors does no intervention address, and why do they count as uncovered?
// API: Query.uncoveredFactors (src/main/resources/graphql/analysis.graphqls). The service runs this file (see below for nodes).
//
// An intervention addresses a factor (a) through its own TARGETS link (basis stated or inferred), or (b) through a
// theme it touches for which §3.1.1 states the factor (Theme-[:TARGETS {basis:'stated'}]->Factor). §3.1.1 is about
// the grounded interventions of each theme, so (b) counts only for interventions with grounded = true.
// includeInferred = false is the report's own view: only (a) with basis 'stated', and (b).
// carriedOutOnly leaves out interventions with status NOT_CARRIED_OUT (added-later pilots do count: they run).
//
// Parameters, with their defaults (run in the Browser first):
// :param {kind: null, evidence: null, carriedOutOnly: false, municipality: null, modifiableOnly: false, includeInferred: true}
// Examples: uncovered protective factors:          :param {kind: 'PROTECTIVE', evidence: null, carriedOutOnly: false, municipality: null, modifiableOnly: false, includeInferred: true}
//           the §5.2 drug-use gap, report's view: :param {kind: 'RISK', evidence: 'GROUNDED', carriedOutOnly: false, municipality: null, modifiableOnly: true, includeInferred: false}
// Nodes come back as their key and a name (a readable table in the Browser); the API runs the file with the factor's
// projection replaced by the fields the query selects, and reads the links' nodes for it after (analysis/AnalysisQueries).
MATCH (f:Factor)
WHERE ($kind IS NULL OR f.kind = $kind)
  AND ($evidence IS NULL OR f.evidence = $evidence)
  AND (NOT $modifiableOnly OR f.modifiable = true)
WITH f,
  COLLECT {
    MATCH (i:Intervention)-[t:TARGETS]->(f)
    OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
    RETURN {intervention: i {.code, .name, .status}, municipality: m {.id, .name}, via: 'DIRECT', theme: null,
            basis: toUpper(t.basis)} AS link
  } + COLLECT {
    MATCH (i:Intervention)-[:TOUCHES]->(th:Theme)-[t:TARGETS]->(f)
    WHERE i.grounded = true AND t.basis = 'stated'
    OPTIONAL MATCH (m:Municipality)-[:RUNS]->(i)
    RETURN {intervention: i {.code, .name, .status}, municipality: m {.id, .name}, via: 'THEME_STATEMENT', theme: th {.id, .shortLabelNl},
            basis: 'STATED'} AS link
  } AS links
// Judge every link against the filters; the factor is uncovered when every link is left out by some filter.
WITH f, [l IN links | l {.*, excludedBecause:
      CASE WHEN $carriedOutOnly AND l.intervention.status = 'NOT_CARRIED_OUT' THEN ['NOT_CARRIED_OUT'] ELSE [] END
    + CASE WHEN $municipality IS NOT NULL AND coalesce(l.municipality.id, '') <> $municipality
           THEN ['OTHER_MUNICIPALITY'] ELSE [] END
    + CASE WHEN NOT $includeInferred AND l.basis <> 'STATED' THEN ['INFERRED_ONLY'] ELSE [] END}] AS links
WHERE all(l IN links WHERE size(l.excludedBecause) > 0)
WITH f, links,
  CASE WHEN size(links) = 0 THEN ['NOT_TARGETED']
       ELSE [r IN ['NOT_CARRIED_OUT', 'OTHER_MUNICIPALITY', 'INFERRED_ONLY']
             WHERE any(l IN links WHERE r IN l.excludedBecause)] END AS reasons
WITH f, links, reasons,
  [r IN reasons | CASE r
     WHEN 'NOT_TARGETED' THEN 'no intervention targets it'
     WHEN 'NOT_CARRIED_OUT' THEN 'only targeted by interventions that were not carried out'
     WHEN 'OTHER_MUNICIPALITY' THEN 'only targeted in other municipalities'
     WHEN 'INFERRED_ONLY' THEN 'only targeted through inferred links' END] AS phrases
RETURN f {.id, .nameNl, .kind} AS factor,
       reasons,
       CASE WHEN size(phrases) = 1 THEN phrases[0]
            ELSE 'every link that targets it is left out by a filter: '
                 + reduce(s = '', p IN phrases | s + CASE WHEN s = '' THEN '' ELSE '; ' END + p) END AS reason,
       links AS excludedLinks
ORDER BY f.kind DESC, f.id
