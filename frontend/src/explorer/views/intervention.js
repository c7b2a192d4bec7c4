// Intervention page: Query.intervention (description, status, themes, factors, mechanisms with the local name,
// each link's provenance), Query.evidenceChain and Query.similarInterventions, and a small interactive graph of
// its neighbourhood (Cytoscape.js) drawn from the same answer.
import cytoscape from 'cytoscape';
import { gql } from '../api.js';
import { append, h } from '../dom.js';
import { pick, t, themeLabel } from '../i18n.js';
import { interventionLink, municipalityLink, provenance, yesNo } from './common.js';

const INTERVENTION = `query Intervention($code: ID!) {
  intervention(code: $code) {
    code name formerNames descriptionEn descriptionNl targetAge
    municipality { id name }
    approach status statusProvenance { basis rationale source }
    recognised grounded groundedProvenance { basis rationale source }
    themes { main theme { id shortLabelNl labelNl labelEn } provenance { basis rationale source } }
    factors { factor { id kind nameNl nameEn evidence } provenance { basis rationale source } }
    mechanisms { localName mechanism { id nameEn nameNl } provenance { basis rationale source } }
  }
  evidenceChain(code: $code) {
    verdict groundingRule
    factors { factor { id nameNl nameEn } makesGrounded evidenceNote
      themeStatements { theme { id shortLabelNl labelNl labelEn } }
      identifiedIn { source { id title } } }
  }
  similarInterventions(code: $code, first: 5) {
    score
    intervention { code name }
    municipality { id name }
    sharedMechanisms { localName otherLocalName mechanism { id nameEn nameNl } }
    sharedThemes { id shortLabelNl labelNl labelEn }
  }
}`;

export async function interventionView(root, { arg }) {
  const code = arg || 'AMS3';
  const data = await gql(INTERVENTION, { code });
  const iv = data.intervention;
  if (!iv) {
    append(root, h('h1', {}, t('notFound')), h('p', {}, code));
    return;
  }
  const graph = h('div', { id: 'neighbourhood', class: 'graph', role: 'img', 'aria-label': t('iv.graph') + ': ' + iv.name });

  append(root,
    h('h1', {}, h('span', { class: 'code' }, iv.code), ' ', iv.name),
    iv.formerNames.length ? h('p', { class: 'sub' }, iv.formerNames.join(', ')) : null,
    h('p', { class: 'lead', lang: document.documentElement.lang }, pick(iv, 'description')),
    h('dl', { class: 'facts' },
      h('dt', {}, t('iv.municipality')), h('dd', {}, municipalityLink(iv.municipality)),
      h('dt', {}, t('iv.status')), h('dd', {}, t('status.' + iv.status), ' ', provenance(iv.statusProvenance)),
      h('dt', {}, t('iv.approach')), h('dd', {}, t('approach.' + iv.approach)),
      h('dt', {}, t('iv.grounded')), h('dd', {}, yesNo(iv.grounded), ' ', provenance(iv.groundedProvenance)),
      h('dt', {}, t('iv.recognised')), h('dd', {}, yesNo(iv.recognised))),
    h('div', { class: 'columns' },
      h('section', {},
        h('h2', {}, t('iv.mechanisms')),
        h('ul', { id: 'mechanisms' }, iv.mechanisms.map((use) =>
          h('li', { dataset: { mechanism: use.mechanism.id } },
            h('a', { href: '#/mechanisms?focus=' + encodeURIComponent(use.mechanism.id) }, pick(use.mechanism, 'name')),
            ' — ', t('iv.localName'), ': ', h('q', { class: 'local-name' }, use.localName), ' ', provenance(use.provenance)))),
        h('h2', {}, t('iv.themes')),
        h('ul', {}, iv.themes.map((link) =>
          h('li', {}, h('a', { href: '#/coverage?theme=' + encodeURIComponent(link.theme.id) }, themeLabel(link.theme)),
            link.main ? h('span', { class: 'badge' }, t('coverage.main')) : null, ' ', provenance(link.provenance)))),
        h('h2', {}, t('iv.factors')),
        h('ul', {}, iv.factors.map((link) =>
          h('li', {}, h('a', { href: '#/gaps?focus=' + encodeURIComponent(link.factor.id) }, pick(link.factor, 'name')),
            ' (', t('kind.' + link.factor.kind), ', ', t('evidence.' + link.factor.evidence), ') ', provenance(link.provenance))))),
      h('section', {},
        h('h2', {}, t('iv.graph')),
        graph,
        h('p', { class: 'hint' }, t('iv.graphHelp')),
        h('h2', {}, t('iv.similar')),
        h('ul', { id: 'similar' }, (data.similarInterventions || []).map((similar) =>
          h('li', {}, interventionLink(similar.intervention), ' (', municipalityLink(similar.municipality), ') · ',
            t('iv.score'), ' ', similar.score.toFixed(2),
            similar.sharedMechanisms.length ? h('span', { class: 'sub' }, t('iv.shares') + ': ' +
              similar.sharedMechanisms.map((m) => `${pick(m.mechanism, 'name')} (“${m.localName}” / “${m.otherLocalName}”)`).join('; ')) : null))))),
    evidence(data.evidenceChain),
  );
  root.afterMount = [() => drawNeighbourhood(graph, iv, data.similarInterventions || [])];
}

function evidence(chain) {
  if (!chain) return null;
  return h('section', { class: 'evidence' },
    h('h2', {}, t('iv.evidence')),
    h('p', {}, chain.verdict),
    h('p', { class: 'sub' }, chain.groundingRule),
    h('ul', {}, chain.factors.map((f) =>
      h('li', {}, pick(f.factor, 'name'), f.makesGrounded ? h('span', { class: 'badge' }, t('iv.makesGrounded')) : null,
        h('span', { class: 'sub' }, f.evidenceNote,
          f.themeStatements.length ? ' · ' + t('iv.via') + ' ' + f.themeStatements.map((s) => themeLabel(s.theme)).join(', ') : '',
          f.identifiedIn.length ? ' · ' + f.identifiedIn.map((s) => s.source.title).join(', ') : '')))));
}

function drawNeighbourhood(container, iv, similar) {
  const nodes = [{ data: { id: iv.code, label: iv.code, kind: 'self' } }];
  const edges = [];
  const add = (id, label, kind, href) => {
    if (!nodes.some((n) => n.data.id === id)) nodes.push({ data: { id, label, kind, href } });
    edges.push({ data: { id: iv.code + '>' + id, source: iv.code, target: id } });
  };
  if (iv.municipality) add(iv.municipality.id, iv.municipality.name, 'municipality', '#/municipality/' + encodeURIComponent(iv.municipality.id));
  for (const link of iv.themes) add(link.theme.id, themeLabel(link.theme), 'theme', '#/coverage?theme=' + encodeURIComponent(link.theme.id));
  for (const use of iv.mechanisms) add(use.mechanism.id, use.localName, 'mechanism', '#/mechanisms?focus=' + encodeURIComponent(use.mechanism.id));
  for (const link of iv.factors) add(link.factor.id, pick(link.factor, 'name'), link.factor.kind === 'RISK' ? 'risk' : 'protective', '#/gaps?focus=' + encodeURIComponent(link.factor.id));
  for (const other of similar) add(other.intervention.code, other.intervention.code, 'intervention', '#/intervention/' + encodeURIComponent(other.intervention.code));
  const colours = { self: '#08306b', municipality: '#6a3d9a', theme: '#1b7837', mechanism: '#b35806', risk: '#b2182b', protective: '#2166ac', intervention: '#4d4d4d' };
  const cy = cytoscape({
    container,
    elements: { nodes, edges },
    layout: { name: 'concentric', concentric: (node) => (node.data('kind') === 'self' ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 8, animate: false },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 9, color: '#1a1a1a', 'text-wrap': 'ellipsis', 'text-max-width': 90, width: 14, height: 14, 'background-color': (n) => colours[n.data('kind')] } },
      { selector: 'node[kind = "self"]', style: { width: 24, height: 24, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#9e9e9e' } },
    ],
  });
  cy.on('tap', 'node', (event) => {
    const href = event.target.data('href');
    if (href) location.hash = href;
  });
  container.dataset.nodes = String(nodes.length);
}
