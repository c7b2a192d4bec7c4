// The page's only data source: the public GraphQL API at /graphql. Answers are cached per query and variables,
// so switching language or going back re-renders without asking again.

const cache = new Map();

export class ApiError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
  }
}

export function gql(query, variables = {}) {
  const key = query + JSON.stringify(variables);
  if (!cache.has(key)) {
    const answer = fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    })
      .then((response) => response.json())
      .then((body) => {
        if (body.errors && body.errors.length) throw new ApiError(body.errors);
        return body.data;
      });
    answer.catch(() => cache.delete(key));
    cache.set(key, answer);
  }
  return cache.get(key);
}

/** Every node of a cursor connection, page by page (lists are paged at 100). */
export async function allNodes(query, field, variables = {}) {
  const nodes = [];
  let after = null;
  for (;;) {
    const data = await gql(query, { ...variables, after });
    const page = data[field];
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { data, nodes };
    after = page.pageInfo.endCursor;
  }
}
