// The praktijkscan for any portfolio: a form (upload a CSV/JSON file, answered by POST /scan, or type rows,
// answered by Query.scanPortfolio; both ask the same document, src/main/resources/scan/brief.graphql) and the
// scan as a printable one-page brief. Nothing is stored: the last scan is kept in this tab only. A curator may
// import the scanned portfolio as a new municipality (Mutation.importScannedPortfolio) with an API key that is
// sent with that one request and kept nowhere.
import BRIEF from '../../../../src/main/resources/scan/brief.graphql?raw';
import { ApiError, gql } from '../api.js';
import { append, h } from '../dom.js';
import { pick, t, themeLabel } from '../i18n.js';
import { interventionLink, municipalityLink } from './common.js';

const KEEP = 'botoc.scan';

export async function scanView(root) {
  const result = h('div', { id: 'scan-result' });
  const status = h('p', { id: 'scan-status', class: 'sub', role: 'status' });
  const rows = h('div', { id: 'scan-rows' });
  const owner = h('input', { id: 'scan-owner', type: 'text', maxlength: 200, autocomplete: 'organization' });
  const addRow = (name = '', description = '') => {
    const n = rows.children.length + 1;
    rows.append(h('fieldset', { class: 'scan-row' },
      h('legend', {}, t('scan.row') + ' ' + n),
      h('label', {}, t('scan.name'), h('input', { type: 'text', class: 'scan-name', maxlength: 200, value: name })),
      h('label', {}, t('scan.description'), h('textarea', { class: 'scan-description', rows: 2, maxlength: 2000 }, description))));
  };
  for (let i = 0; i < 3; i++) addRow();
  const file = h('input', { id: 'scan-file', type: 'file', accept: '.csv,.json,text/csv,application/json' });

  const render = (scan) => result.replaceChildren(brief(scan), scan.portfolio ? importForm(scan) : '');
  const show = (scan) => {
    sessionStorage.setItem(KEEP, JSON.stringify(scan));
    render(scan);
    status.textContent = t('scan.done');
  };
  const fail = (error) => {
    status.textContent = '';
    result.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'scan-error' }, t('scan.refused') + ': ' + error.message));
  };

  const typed = async (event) => {
    event.preventDefault();
    const interventions = [...rows.querySelectorAll('.scan-row')]
      .map((row) => ({ name: row.querySelector('.scan-name').value.trim(), description: row.querySelector('.scan-description').value.trim() }))
      .filter((row) => row.name || row.description);
    status.textContent = t('loading');
    try {
      const data = await gql(BRIEF, { input: { owner: owner.value.trim() || null, interventions } });
      show({ ...data.scanPortfolio, datasetVersion: data.about?.datasetVersion?.id,
        portfolio: { owner: owner.value.trim() || null, interventions }, label: t('scan.typedRows') });
    } catch (error) {
      fail(error);
    }
  };
  const uploaded = async (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      fail(new Error(t('scan.noFile')));
      return;
    }
    status.textContent = t('loading');
    const json = /\.json$/i.test(chosen.name) || chosen.type === 'application/json';
    try {
      const response = await fetch('/scan', {
        method: 'POST',
        headers: { 'Content-Type': json ? 'application/json' : 'text/csv', Accept: 'application/json' },
        body: await chosen.arrayBuffer(),
      });
      const body = await response.json();
      if (body.errors && body.errors.length) throw new ApiError(body.errors);
      show({ ...body.data.scanPortfolio, datasetVersion: body.data.about?.datasetVersion?.id,
        portfolio: body.extensions?.portfolio, label: chosen.name });
    } catch (error) {
      fail(error);
    }
  };

  append(root,
    h('div', { class: 'no-print' },
      h('h1', {}, t('scan.title')),
      h('p', { class: 'lead' }, t('scan.intro')),
      h('div', { class: 'columns' },
        h('form', { id: 'scan-upload', onsubmit: uploaded },
          h('h2', {}, t('scan.upload')),
          h('p', { class: 'sub' }, t('scan.uploadHint'), ' ', h('a', { href: '/scan/example.csv', download: 'portfolio.csv' }, t('scan.example'))),
          h('label', { for: 'scan-file' }, t('scan.file')), ' ', file, ' ',
          h('button', { type: 'submit', id: 'scan-upload-submit' }, t('scan.go'))),
        h('form', { id: 'scan-form', onsubmit: typed },
          h('h2', {}, t('scan.type')),
          h('label', { for: 'scan-owner' }, t('scan.owner')), ' ', owner,
          rows,
          h('button', { type: 'button', onclick: () => addRow() }, t('scan.addRow')), ' ',
          h('button', { type: 'submit', id: 'scan-submit' }, t('scan.go')))),
      status),
    result);
  const kept = sessionStorage.getItem(KEEP);
  if (kept) render(JSON.parse(kept));
}

const IMPORT = `mutation Import($input: ImportScannedPortfolioInput!) {
  importScannedPortfolio(input: $input) {
    municipality { id name interventions { code } }
    replayed
    errors { code field message }
  }
}`;

const slug = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/^gemeente\s+/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * The import control: closed, and without its button until a key is typed. The key is read from the password
 * field for the one request and cleared after it; nothing of it goes to storage.
 */
function importForm(scan) {
  const name = scan.owner || '';
  const key = h('input', { id: 'scan-import-key', type: 'password', autocomplete: 'off', spellcheck: 'false' });
  const municipality = h('input', { id: 'scan-import-name', type: 'text', maxlength: 200, value: name });
  const id = h('input', { id: 'scan-import-id', type: 'text', maxlength: 200, value: name ? 'mun:' + slug(name) : '' });
  const prefix = h('input', { id: 'scan-import-prefix', type: 'text', maxlength: 4,
    value: slug(name).replace(/-/g, '').slice(0, 3).toUpperCase() });
  const reason = h('input', { id: 'scan-import-reason', type: 'text', maxlength: 1000 });
  const outcome = h('div', { id: 'scan-import-outcome', role: 'status' });
  const fields = h('div', { id: 'scan-import-fields', hidden: true },
    h('label', { for: 'scan-import-name' }, t('scan.importName')), ' ', municipality, ' ',
    h('label', { for: 'scan-import-id' }, t('scan.importId')), ' ', id, ' ',
    h('label', { for: 'scan-import-prefix' }, t('scan.importPrefix')), ' ', prefix, ' ',
    h('label', { for: 'scan-import-reason' }, t('scan.importReason')), ' ', reason, ' ',
    h('button', { type: 'submit', id: 'scan-import-submit' }, t('scan.importGo')));
  key.addEventListener('input', () => { fields.hidden = !key.value; });
  municipality.addEventListener('input', () => { id.value = 'mun:' + slug(municipality.value); });
  // One key per scan shown: pressing the button twice returns the first answer instead of a second import.
  const idempotencyKey = 'explorer:' + (crypto.randomUUID ? crypto.randomUUID() : Date.now() + '-' + Math.random());
  const submit = async (event) => {
    event.preventDefault();
    const input = {
      municipality: { id: id.value.trim(), name: municipality.value.trim(), codePrefix: prefix.value.trim() },
      portfolio: scan.portfolio,
      provenance: { label: scan.label || t('scan.typedRows') },
      reason: reason.value.trim() || null,
      idempotencyKey,
    };
    outcome.replaceChildren(t('loading'));
    const credential = key.value;
    key.value = '';
    fields.hidden = true;
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', 'X-API-Key': credential },
        body: JSON.stringify({ query: IMPORT, variables: { input } }),
      });
      const body = await response.json();
      if (body.errors && body.errors.length) throw new ApiError(body.errors);
      const payload = body.data.importScannedPortfolio;
      if (payload.errors.length) {
        outcome.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('scan.importRefused') + ':'),
          h('ul', { id: 'scan-import-errors' }, payload.errors.map((e) => h('li', { dataset: { code: e.code } },
            h('code', {}, e.code), e.field ? ' ' + e.field : '', ': ' + e.message))));
        return;
      }
      outcome.replaceChildren(h('p', { id: 'scan-import-result' }, t('scan.imported') + ' ', municipalityLink(payload.municipality),
        ` (${payload.municipality.interventions.length} ${t('scan.interventions').toLowerCase()})`));
    } catch (error) {
      outcome.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('scan.importRefused') + ': ',
        h('span', { id: 'scan-import-errors' }, (error.errors || [{ message: error.message }])
          .map((e) => (e.extensions?.code ? e.extensions.code + ': ' : '') + e.message).join('; '))));
    }
  };
  return h('details', { class: 'no-print', id: 'scan-import' },
    h('summary', {}, t('scan.import')),
    h('form', { id: 'scan-import-form', onsubmit: submit },
      h('p', { class: 'sub' }, t('scan.importHint')),
      h('label', { for: 'scan-import-key' }, t('scan.importKey')), ' ', key,
      fields),
    outcome);
}

const pct = (x) => Math.round(x * 100) + '%';

/** The scan as a one-page brief. */
function brief(scan) {
  const themes = new Map(scan.themeCoverage.map((c) => [c.theme.id, c.theme]));
  const gaps = new Map(scan.factorGaps.map((g) => [g.factor.id, g.factor]));
  const mechanisms = new Map(scan.interventions.flatMap((iv) => iv.mechanisms.map((m) => [m.mechanism.id, m.mechanism])));
  const proposal = (p) => p ? [themeLabel(p.theme), h('span', { class: 'sub' }, ` ${pct(p.confidence)}`)] : '—';
  const covered = scan.themeCoverage.filter((c) => c.count > 0);
  const uncovered = scan.themeCoverage.filter((c) => c.count === 0);
  return h('article', { class: 'brief scan-brief', id: 'scan-brief' },
    h('div', { class: 'brief-head' },
      h('h1', {}, t('scan.briefTitle'), scan.owner ? h('span', { class: 'sub' }, ' · ' + scan.owner) : null),
      h('button', { type: 'button', class: 'no-print', id: 'scan-print', onclick: () => window.print() }, t('mun.print'))),
    h('p', { class: 'sub' }, h('span', { class: 'prov prov-inferred' }, t('basis.INFERRED')), ' ', t('scan.inferred')),
    h('section', {},
      h('h2', {}, t('scan.interventions'), ` (${scan.interventions.length})`),
      h('table', { class: 'scan-table' },
        h('thead', {}, h('tr', {}, [t('scan.name'), t('scan.main'), t('scan.others'), t('scan.mechanisms'), t('scan.like')].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, scan.interventions.map((iv) => h('tr', { dataset: { index: iv.index } },
          h('th', { scope: 'row' }, iv.name, h('span', { class: 'sub' }, ' · ' + t('approach.' + iv.approach))),
          h('td', { class: 'scan-main', title: iv.mainTheme ? iv.mainTheme.why : null }, proposal(iv.mainTheme)),
          h('td', {}, iv.otherThemes.map((p, i) => [i ? ', ' : '', themeLabel(p.theme)])),
          h('td', {}, iv.mechanisms.slice(0, 3).map((m, i) => [i ? ', ' : '', pick(m.mechanism, 'name'),
            m.matchedTerms.length ? h('span', { class: 'sub' }, ` (“${m.matchedTerms[0]}”)`) : null])),
          h('td', {}, iv.similar.slice(0, 2).map((n, i) => [i ? '; ' : '', interventionLink(n.intervention),
            n.sharedWords.length ? h('span', { class: 'sub' }, ` (${n.sharedWords.slice(0, 3).join(', ')})`) : null]))))))),
    h('div', { class: 'columns' },
      h('section', {},
        h('h2', {}, t('scan.coverage')),
        h('p', {}, covered.map((c, i) => [i ? ', ' : '', themeLabel(c.theme), ` ${c.count}`])),
        uncovered.length ? h('p', { class: 'sub' }, t('scan.noTheme') + ': ' + uncovered.map((c) => themeLabel(c.theme)).join(', ')) : null,
        h('h2', {}, t('scan.mix')),
        h('p', { id: 'scan-mix' }, `${scan.approachMix.preventive} / ${scan.approachMix.repressive} (${pct(scan.approachMix.preventiveShare)} ${t('approach.PREVENTIVE')}; BOTOC ${pct(scan.approachMix.botocPreventiveShare)})`),
        h('h2', {}, t('scan.peers')),
        h('ul', { id: 'scan-peers' }, scan.peers.map((p) => h('li', {}, municipalityLink(p.municipality), ` (${p.similarity.toFixed(2)}) `,
          h('span', { class: 'sub' }, [
            p.sharedThemes.length ? t('scan.exchange') + ': ' + p.sharedThemes.map((id) => themeLabel(themes.get(id))).join(', ') : '',
            p.sharedMechanisms.length ? '; ' + p.sharedMechanisms.map((id) => pick(mechanisms.get(id), 'name')).join(', ') : '',
            p.coversOurGaps.length ? '. ' + t('scan.learn') + ': ' + p.coversOurGaps.map((id) => pick(gaps.get(id), 'name')).join(', ') : '',
          ].join(''))))),
        h('h2', {}, t('scan.comparison')),
        h('p', { class: 'sub' }, scan.comparison.map((c, i) => [i ? ', ' : '', c.municipality.name, ` ${c.similarity.toFixed(2)}`]))),
      h('section', {},
        h('h2', {}, t('scan.gaps'), ` (${scan.factorGaps.length})`),
        h('p', { class: 'sub' }, t('scan.gapsIntro')),
        h('ul', { id: 'scan-gaps' }, scan.factorGaps.map((g) => h('li', { dataset: { factor: g.factor.id } },
          pick(g.factor, 'name'), h('span', { class: 'sub' }, ` · ${t('kind.' + g.factor.kind)}`,
            g.modifiable ? '' : ' · ' + t('scan.fixed'), ` · ${t('scan.alsoMissing')} ${g.alsoMissingIn}`),
          g.addressedBy.length ? h('div', { class: 'sub' }, t('scan.see') + ': ', g.addressedBy.slice(0, 2).map((a, i) => [i ? '; ' : '',
            interventionLink(a.intervention), a.recognised ? ' (' + t('scan.recognised') + ')' : ''])) : null))))),
    h('p', { class: 'sub scan-method' }, scan.method),
    scan.datasetVersion ? h('p', { class: 'sub', id: 'scan-dataset-version' }, t('scan.datasetVersion') + ' ' + scan.datasetVersion) : null);
}
