// The explorer: a hash router over the views, the language switch and the search box. Each view asks the API
// for what it shows and marks itself rendered (data-ready on <main>, a performance mark), which the browser
// tests wait for and time.
import './style.css';
import { h } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { mountSearch } from './search.js';
import { coverageView } from './views/coverage.js';
import { gapsView } from './views/gaps.js';
import { interventionView } from './views/intervention.js';
import { mechanismsView } from './views/mechanisms.js';
import { municipalityView } from './views/municipality.js';
import { auditView } from './views/audit.js';
import { scanView } from './views/scan.js';
import { route } from './router.js';

const views = {
  coverage: coverageView,
  gaps: gapsView,
  intervention: interventionView,
  mechanisms: mechanismsView,
  municipality: municipalityView,
  audit: auditView,
  scan: scanView,
};
const navItems = ['coverage', 'gaps', 'mechanisms', 'municipality', 'audit', 'scan'];

let renderCount = 0;

async function render() {
  const token = ++renderCount;
  const current = route();
  const main = document.getElementById('view');
  main.removeAttribute('data-ready');
  main.removeAttribute('data-error');
  main.setAttribute('aria-busy', 'true');
  const content = h('div', { class: 'view view-' + current.name });
  try {
    await views[current.name](content, current);
  } catch (error) {
    console.error(error);
    content.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('error') + ': ' + error.message));
    main.dataset.error = error.message;
  }
  if (token !== renderCount) return; // a newer navigation won
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  main.dataset.ready = current.name;
  performance.mark('explorer:rendered:' + current.name);
  drawNav(current.name);
  for (const callback of content.afterMount || []) callback();
}

function drawNav(active) {
  const nav = document.getElementById('nav');
  nav.replaceChildren(
    h('ul', {}, navItems.map((name) =>
      h('li', {}, h('a', { href: '#/' + name, 'aria-current': name === active ? 'page' : null }, t('nav.' + name))))),
  );
}

function applyLanguage() {
  setLang(lang());
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang()));
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    setLang(button.dataset.lang);
    applyLanguage();
    mountSearch(document.getElementById('search'));
    render();
  });
}

applyLanguage();
mountSearch(document.getElementById('search'));
window.addEventListener('hashchange', render);
render();
