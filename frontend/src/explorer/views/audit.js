// Report audit: each figure the report states against the graph, with the explanations (Query.reportAudit), and
// the dataset version the graph's figures were counted on (Query.about).
import { gql } from '../api.js';
import { append, h } from '../dom.js';
import { t } from '../i18n.js';
import { setParams } from '../router.js';
import { datasetVersion } from './common.js';

const AUDIT = `query Audit($status: [AuditStatus!]) {
  reportAudit(status: $status) {
    summary { total agrees disagreesExplained disagreesUnexplained }
    results { claimId statementEn source expected actual status explanation }
  }
  about { datasetVersion { id } }
}`;

const STATUSES = ['AGREES', 'DISAGREES_EXPLAINED', 'DISAGREES_UNEXPLAINED'];

export async function auditView(root, { params }) {
  const status = STATUSES.includes(params.get('status')) ? params.get('status') : null;
  const { reportAudit: audit, about } = await gql(AUDIT, { status: status ? [status] : null });
  const counts = { AGREES: audit.summary.agrees, DISAGREES_EXPLAINED: audit.summary.disagreesExplained, DISAGREES_UNEXPLAINED: audit.summary.disagreesUnexplained };
  append(root,
    h('h1', {}, t('audit.title')),
    h('p', {}, t('audit.intro')),
    datasetVersion(about, 'audit-dataset-version'),
    h('div', { class: 'controls', role: 'group', 'aria-label': t('audit.status') },
      h('button', { type: 'button', 'aria-pressed': String(!status), onclick: () => setParams({ status: null }) }, `${t('audit.all')} (${audit.summary.total})`),
      STATUSES.map((s) => h('button', { type: 'button', class: 'status-' + s.toLowerCase(), 'aria-pressed': String(s === status), onclick: () => setParams({ status: s }) },
        `${t('auditStatus.' + s)} (${counts[s]})`))),
    h('div', { class: 'scroll' }, h('table', { class: 'audit' },
      h('thead', {}, h('tr', {}, ['audit.statement', 'audit.source', 'audit.expected', 'audit.actual', 'audit.status', 'audit.explanation']
        .map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, audit.results.map((result) =>
        h('tr', { class: 'status-' + result.status.toLowerCase(), dataset: { claim: result.claimId, status: result.status } },
          h('td', { lang: 'en' }, result.statementEn),
          h('td', { class: 'sub' }, result.source.join(', ')),
          h('td', { class: 'num' }, String(result.expected)),
          h('td', { class: 'num' }, result.actual === null ? '—' : String(result.actual)),
          h('td', {}, t('auditStatus.' + result.status)),
          h('td', { lang: 'en' }, result.explanation || '')))))),
  );
}
