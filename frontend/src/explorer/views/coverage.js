// Coverage heatmap: themes × municipalities (Query.coverage, rows THEME; with "main theme only"
// Query.mainThemeCoverage). A table of buttons rather than a canvas, so every cell is reachable by keyboard and
// read out by screen readers; the shade only repeats the number written in the cell.
import { gql } from '../api.js';
import { append, h } from '../dom.js';
import { t, themeLabel } from '../i18n.js';
import { setParams } from '../router.js';
import { interventionLink, municipalityLink, toggle } from './common.js';

const COVERAGE = `query Coverage($scope: CoverageScope!, $mainOnly: Boolean!) {
  themes { id shortLabelNl labelNl labelEn }
  all: coverage(rows: THEME, interventions: $scope) @skip(if: $mainOnly) { ...matrix }
  main: mainThemeCoverage(interventions: $scope) @include(if: $mainOnly) { ...matrix }
}
fragment matrix on CoverageMatrix {
  rowHeaders { key total }
  columnHeaders { key label total }
  cells { row column count entries { main intervention { code name status } municipality { id name } } }
  grandTotal
}`;

export async function coverageView(root, { params }) {
  const mainOnly = params.has('main');
  const carriedOut = params.has('carried');
  const data = await gql(COVERAGE, { scope: carriedOut ? 'CARRIED_OUT' : 'PLANNED', mainOnly });
  const matrix = mainOnly ? data.main : data.all;
  const themes = new Map(data.themes.map((theme) => [theme.id, theme]));
  const cells = new Map(matrix.cells.map((cell) => [cell.row + '|' + cell.column, cell]));
  const max = Math.max(1, ...matrix.cells.map((cell) => cell.count));
  const selected = params.get('cell');
  const focusTheme = params.get('theme');

  const table = h('table', { class: 'heatmap', 'aria-describedby': 'coverage-legend' },
    h('caption', {}, t('coverage.title')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('coverage.theme')),
      matrix.columnHeaders.map((column) => h('th', { scope: 'col' }, column.label)),
      h('th', { scope: 'col' }, t('coverage.total')))),
    h('tbody', {}, matrix.rowHeaders.map((row) => {
      const theme = themes.get(row.key);
      const label = theme ? themeLabel(theme) : row.key;
      return h('tr', { class: row.key === focusTheme ? 'focus-row' : null, dataset: { row: row.key } },
        h('th', { scope: 'row' }, label),
        matrix.columnHeaders.map((column) => {
          const key = row.key + '|' + column.key;
          const count = cells.get(key)?.count ?? 0;
          const level = count === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));
          return h('td', { class: 'heat heat-' + level },
            h('button', {
              type: 'button', class: 'cell', 'aria-pressed': String(key === selected),
              'aria-label': `${column.label} × ${label}: ${count} ${t('coverage.cell')}`,
              dataset: { row: row.key, column: column.key, count: String(count) },
              onclick: () => setParams({ cell: key === selected ? null : key }),
            }, String(count)));
        }),
        h('td', { class: 'total' }, String(row.total)));
    })),
    h('tfoot', {}, h('tr', {},
      h('th', { scope: 'row' }, t('coverage.total')),
      matrix.columnHeaders.map((column) => h('td', { class: 'total' }, String(column.total))),
      h('td', { class: 'total grand' }, String(matrix.grandTotal)))));

  append(root,
    h('h1', {}, t('coverage.title')),
    h('p', {}, t('coverage.intro')),
    h('div', { class: 'controls' },
      toggle('toggle-main', t('coverage.mainOnly'), mainOnly, (on) => setParams({ main: on })),
      toggle('toggle-carried', t('coverage.carriedOut'), carriedOut, (on) => setParams({ carried: on }))),
    h('p', { id: 'coverage-legend', class: 'legend' }, h('span', { class: 'prov prov-inferred' }, t('basis.INFERRED')), ' ', t('coverage.legend')),
    h('div', { class: 'scroll' }, table),
    detail(selected, cells, themes, matrix.columnHeaders),
  );
  root.afterMount = [() => {
    if (selected) root.querySelector(`button.cell[aria-pressed="true"]`)?.focus();
    else if (focusTheme) root.querySelector('tr.focus-row')?.scrollIntoView({ block: 'center' });
  }];
}

function detail(selected, cells, themes, columns) {
  if (!selected) return h('p', { class: 'hint', id: 'cell-detail' }, t('coverage.pick'));
  const [row, column] = selected.split('|');
  const cell = cells.get(selected);
  const theme = themes.get(row);
  const columnLabel = columns.find((c) => c.key === column)?.label ?? column;
  const entries = cell ? cell.entries : [];
  return h('section', { id: 'cell-detail', class: 'cell-detail', 'aria-live': 'polite', dataset: { count: String(entries.length) } },
    h('h2', {}, `${columnLabel} × ${theme ? themeLabel(theme) : row}: ${entries.length} ${t('coverage.cell')}`),
    h('ul', { class: 'entries' }, entries.map((entry) =>
      h('li', { dataset: { code: entry.intervention.code } },
        interventionLink(entry.intervention), ' · ', t('status.' + entry.intervention.status),
        entry.main ? h('span', { class: 'badge' }, t('coverage.main')) : null,
        entry.municipality && column.startsWith('mun:') ? null : [' · ', municipalityLink(entry.municipality)]))));
}
