// Factor gaps: every risk and protective factor (Query.factors, filtered by the API) with the number of
// interventions addressing it (Query.coverage, rows FACTOR: the row total, or the municipality's cell) and
// whether it is uncovered (Query.uncoveredFactors, with its reason). The page counts nothing itself.
import { allNodes, gql } from '../api.js';
import { append, h } from '../dom.js';
import { pick, t } from '../i18n.js';
import { setParams } from '../router.js';
import { select, toggle } from './common.js';

const FACTORS = `query GapFactors($where: FactorWhere, $after: String) {
  factors(where: $where, first: 100, after: $after) {
    nodes { id kind nameNl nameEn category evidence modifiable }
    pageInfo { hasNextPage endCursor }
  }
}`;

const COUNTS = `query GapCounts($inferred: Boolean!, $evidence: Evidence, $changeable: Boolean!, $municipality: ID) {
  municipalities { id name }
  coverage(rows: FACTOR, interventions: ALL, includeInferred: $inferred) {
    rowHeaders { key total }
    cells { row column count }
  }
  uncoveredFactors(evidence: $evidence, modifiableOnly: $changeable, includeInferred: $inferred, municipality: $municipality) {
    factor { id }
    reason
  }
}`;

export async function gapsView(root, { params }) {
  const evidence = params.get('evidence') || '';
  const changeable = params.has('changeable');
  const inferred = !params.has('stated');
  const municipality = params.get('mun') || '';
  const focus = params.get('focus');
  const where = { ...(evidence ? { evidence } : {}), ...(changeable ? { modifiable: true } : {}) };
  const [{ nodes: factors }, counts] = await Promise.all([
    allNodes(FACTORS, 'factors', { where }),
    gql(COUNTS, { inferred, evidence: evidence || null, changeable, municipality: municipality || null }),
  ]);
  const totals = new Map(counts.coverage.rowHeaders.map((row) => [row.key, row.total]));
  const cellCounts = new Map(counts.coverage.cells.map((cell) => [cell.row + '|' + cell.column, cell.count]));
  const uncovered = new Map(counts.uncoveredFactors.map((u) => [u.factor.id, u.reason]));
  const countOf = (id) => (municipality ? cellCounts.get(id + '|' + municipality) ?? 0 : totals.get(id) ?? 0);
  const max = Math.max(1, ...factors.map((factor) => countOf(factor.id)));

  const rows = factors.map((factor) => {
    const count = countOf(factor.id);
    const reason = uncovered.get(factor.id);
    return h('tr', { class: reason ? 'uncovered' : null, id: 'factor-' + factor.id.replace(':', '-'),
      dataset: { factor: factor.id, count: String(count), uncovered: String(Boolean(reason)) } },
      h('th', { scope: 'row' }, pick(factor, 'name'), h('span', { class: 'sub' }, factor.category)),
      h('td', {}, t('kind.' + factor.kind), ' · ', t('evidence.' + factor.evidence)),
      h('td', { class: 'num' },
        h('span', { class: 'bar', style: `width:${(count / max) * 6}em`, 'aria-hidden': 'true' }),
        h('span', { class: 'count' }, String(count))),
      h('td', {}, reason ? h('strong', { class: 'flag-uncovered' }, t('gaps.uncovered')) : t('gaps.covered'),
        reason ? h('span', { class: 'sub' }, reason) : null));
  });
  const uncoveredShown = factors.filter((factor) => uncovered.has(factor.id)).length;

  append(root,
    h('h1', {}, t('gaps.title')),
    h('p', {}, t('gaps.intro')),
    h('div', { class: 'controls' },
      select('filter-evidence', t('gaps.evidence'),
        [['', t('gaps.all')], ['GROUNDED', t('evidence.GROUNDED')], ['PLAUSIBLE', t('evidence.PLAUSIBLE')], ['UNGRADED', t('evidence.UNGRADED')]],
        evidence, (value) => setParams({ evidence: value })),
      toggle('filter-changeable', t('gaps.changeable'), changeable, (on) => setParams({ changeable: on })),
      toggle('filter-inferred', t('gaps.inferred'), inferred, (on) => setParams({ stated: !on })),
      select('filter-mun', t('gaps.municipality'),
        [['', t('gaps.allMunicipalities')], ...counts.municipalities.map((m) => [m.id, m.name])],
        municipality, (value) => setParams({ mun: value }))),
    h('p', { class: 'legend' }, inferred ? null : t('gaps.statedOnly'), ' ',
      h('strong', { id: 'gaps-summary' }, `${uncoveredShown} ${t('gaps.summary')} ${factors.length}`)),
    h('div', { class: 'scroll' }, h('table', { class: 'gaps' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('gaps.factor')), h('th', { scope: 'col' }, t('gaps.kind')),
        h('th', { scope: 'col' }, t('gaps.count')), h('th', { scope: 'col' }, t('iv.status')))),
      h('tbody', {}, rows))),
  );
  if (focus) {
    root.afterMount = [() => {
      const row = document.getElementById('factor-' + focus.replace(':', '-'));
      if (row) { row.classList.add('focus-row'); row.scrollIntoView({ block: 'center' }); }
    }];
  }
}
