// Mechanisms: each mechanism with the local names it goes by, and where (Query.sharedMechanisms with
// minLocalNames 1, i.e. every mechanism in use).
import { gql } from '../api.js';
import { append, h } from '../dom.js';
import { pick, t } from '../i18n.js';
import { interventionLink, municipalityLink } from './common.js';

const MECHANISMS = `query Mechanisms {
  sharedMechanisms(minLocalNames: 1) {
    localNameCount
    mechanism { id nameEn nameNl descriptionEn descriptionNl }
    municipalities { id name }
    localNames { localName uses { intervention { code name } municipality { id name } } }
  }
}`;

export async function mechanismsView(root, { params }) {
  const data = await gql(MECHANISMS);
  const focus = params.get('focus');
  append(root,
    h('h1', {}, t('mech.title')),
    h('p', {}, t('mech.intro')),
    data.sharedMechanisms.map((shared) =>
      h('section', { class: 'card' + (shared.mechanism.id === focus ? ' focus-row' : ''), id: 'mech-' + shared.mechanism.id.replace(':', '-'), dataset: { mechanism: shared.mechanism.id } },
        h('h2', {}, pick(shared.mechanism, 'name'), ' ', h('span', { class: 'sub' }, `${shared.localNameCount} ${t('mech.names')}`)),
        h('p', {}, pick(shared.mechanism, 'description')),
        h('p', { class: 'sub' }, shared.municipalities.map((m, i) => [i ? ', ' : '', municipalityLink(m)])),
        h('ul', {}, shared.localNames.map((name) =>
          h('li', {}, h('q', { class: 'local-name' }, name.localName), ': ',
            name.uses.map((use, i) => [i ? '; ' : '', interventionLink(use.intervention), use.municipality ? ` (${use.municipality.name})` : ''])))))),
  );
  if (focus) root.afterMount = [() => document.getElementById('mech-' + focus.replace(':', '-'))?.scrollIntoView({ block: 'start' })];
}
