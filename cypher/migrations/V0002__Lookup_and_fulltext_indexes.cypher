// Lookups the API filters on.
CREATE INDEX intervention_status IF NOT EXISTS FOR (n:Intervention) ON (n.status);
CREATE INDEX intervention_approach IF NOT EXISTS FOR (n:Intervention) ON (n.approach);
CREATE INDEX factor_kind_evidence IF NOT EXISTS FOR (n:Factor) ON (n.kind, n.evidence);
CREATE INDEX factor_category IF NOT EXISTS FOR (n:Factor) ON (n.category);
// Free-text search over names and descriptions, Dutch and English. The Dutch analyzer stems Dutch words;
// English text still matches on whole words.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Intervention|Municipality|Theme|Factor|Mechanism)
ON EACH [n.name, n.nameNl, n.nameEn, n.labelNl, n.labelEn, n.descriptionNl, n.descriptionEn, n.summaryNl, n.summaryEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch' } };
