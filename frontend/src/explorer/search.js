// Search as you type over everything (Query.search): a combobox with a listbox of hits, keyboard-operable
// (arrows, Enter, Escape), asking the API at most once per pause in typing.
import { gql } from './api.js';
import { h } from './dom.js';
import { pick, t, themeLabel } from './i18n.js';

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 12) {
    score
    node {
      __typename
      ... on Intervention { code name descriptionEn descriptionNl municipality { name } }
      ... on Municipality { id name }
      ... on Theme { id labelEn shortLabelNl labelNl }
      ... on RiskFactor { id nameEn nameNl }
      ... on ProtectiveFactor { id nameEn nameNl }
      ... on Mechanism { id nameEn nameNl }
    }
  }
}`;

export function hitTarget(node) {
  switch (node.__typename) {
    case 'Intervention': return '#/intervention/' + encodeURIComponent(node.code);
    case 'Municipality': return '#/municipality/' + encodeURIComponent(node.id);
    case 'Theme': return '#/coverage?theme=' + encodeURIComponent(node.id);
    case 'Mechanism': return '#/mechanisms?focus=' + encodeURIComponent(node.id);
    default: return '#/gaps?focus=' + encodeURIComponent(node.id);
  }
}

function hitLabel(node) {
  switch (node.__typename) {
    case 'Intervention': return `${node.code} · ${node.name}` + (node.municipality ? ` (${node.municipality.name})` : '');
    case 'Municipality': return node.name;
    case 'Theme': return themeLabel(node);
    default: return pick(node, 'name');
  }
}

export function mountSearch(container) {
  const input = h('input', {
    id: 'search-input', type: 'search', role: 'combobox', autocomplete: 'off',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-results',
    placeholder: t('search.placeholder'), 'aria-label': t('search.label'),
  });
  const list = h('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: true, 'aria-label': t('search.label') });
  const status = h('span', { class: 'visually-hidden', role: 'status' });
  container.replaceChildren(h('label', { for: 'search-input', class: 'visually-hidden' }, t('search.label')), input, list, status);

  let timer = null;
  let asked = 0;
  let active = -1;

  const options = () => [...list.querySelectorAll('[role=option]')];
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const highlight = (index) => {
    const all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', all[active].id);
    all[active].scrollIntoView({ block: 'nearest' });
  };
  const open = (option) => { location.hash = option.dataset.href; close(); input.blur(); };

  async function ask(text) {
    const mine = ++asked;
    const data = await gql(SEARCH, { text });
    if (mine !== asked) return;
    list.replaceChildren(...(data.search.length ? data.search.map((hit, i) =>
      h('li', { id: 'search-hit-' + i, role: 'option', 'aria-selected': 'false', dataset: { href: hitTarget(hit.node), type: hit.node.__typename, key: hit.node.code || hit.node.id },
        onmousedown: (event) => { event.preventDefault(); open(event.currentTarget); } },
        h('span', { class: 'hit-type' }, t('type.' + hit.node.__typename)), ' ', h('span', { class: 'hit-label' }, hitLabel(hit.node))))
      : [h('li', { class: 'search-none', role: 'presentation' }, t('search.none'))]));
    list.hidden = false;
    list.dataset.for = text;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = data.search.length + ' ' + t('search.count');
    active = -1;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    timer = setTimeout(() => ask(text).catch((error) => { list.replaceChildren(h('li', { class: 'error' }, error.message)); list.hidden = false; }), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); highlight(active + 1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active - 1); }
    else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); open(options()[active]); }
    else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
