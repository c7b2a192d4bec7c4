// GraphiQL 5 with its Monaco editor workers bundled by Vite, opening with one tab per example document
// (GET /graphql-examples, from src/main/resources/graphql-examples/*.graphql).
import React from 'react';
import ReactDOM from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

const params = new URLSearchParams(window.location.search);
const path = params.get('path') || '/graphql';
const url = `${location.protocol}//${location.host}${path}`;
const fetcher = createGraphiQLFetcher({ url });
const plugins = [HISTORY_PLUGIN, explorerPlugin()];
const xsrfToken = document.cookie.match(/(?:^| )XSRF-TOKEN=([^;]+)/);
const initialHeaders = xsrfToken ? `{ "X-XSRF-TOKEN" : "${xsrfToken[1]}" }` : undefined;

// GraphiQL uses these tabs only while the browser has none stored.
const examples = await fetch('/graphql-examples').then((r) => (r.ok ? r.json() : [])).catch(() => []);
const defaultTabs = examples.map((example) => ({ query: example.query }));

function App() {
  return React.createElement(GraphiQL, {
    defaultTabs: defaultTabs.length ? defaultTabs : undefined,
    defaultQuery: examples.length ? examples[0].query : undefined,
    fetcher,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: true,
    initialHeaders,
    plugins,
  });
}

ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(App));
