// Builds the explorer (pages/static/index.html, served at /) and GraphiQL (pages/graphiql/index.html, which
// shadows Spring for GraphQL's CDN-loading page at /graphiql) into target/classes, so both ship in the jar and
// load nothing from the internet. Maven runs this (exec-maven-plugin, see pom.xml); `npm run build` does the same.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pages = resolve(import.meta.dirname, 'pages');

export default defineConfig({
  root: pages,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../target/classes'),
    emptyOutDir: false, // the outDir holds Maven's compiled classes too
    assetsDir: 'static/assets',
    chunkSizeWarningLimit: 6000, // Monaco (GraphiQL's editor) is large and loads only on /graphiql
    rollupOptions: {
      input: {
        explorer: resolve(pages, 'static/index.html'),
        graphiql: resolve(pages, 'graphiql/index.html'),
      },
      onwarn(warning, warn) {
        // React libraries mark modules "use client"; that means nothing in a plain browser bundle.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  experimental: {
    // Files under static/ are served from the web root: static/assets/x.js is /assets/x.js.
    renderBuiltUrl(filename) {
      return '/' + filename.replace(/^static\//, '');
    },
  },
});
