// What does each municipality run? Every municipality with its interventions and the main theme of each, drawn as a
// graph: the whole BOTOC programme on one screen. The pilots added later that the report places in no municipality
// are not in it.
// API: Query.municipalities { interventions { code mainTheme { id } } } (src/main/resources/graphql/interventions.graphqls).
//
// Parameters: none.
MATCH p = (:Municipality)-[:RUNS]->(:Intervention)-[:TOUCHES {main: true}]->(:Theme)
RETURN p
