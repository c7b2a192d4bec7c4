// Pieces several views share: provenance badges, headings, toggles.
import { h } from '../dom.js';
import { t } from '../i18n.js';

/** "stated" or "inferred", with the rationale and the places in the report. */
export function provenance(p) {
  if (!p) return null;
  const title = [p.rationale, (p.source || []).join(', ')].filter(Boolean).join(' — ');
  return h('span', { class: 'prov prov-' + p.basis.toLowerCase(), title: title || null },
    t('basis.' + p.basis),
    p.rationale ? h('span', { class: 'prov-why' }, ': ' + p.rationale) : null);
}

export function toggle(id, label, checked, onChange) {
  return h('label', { class: 'toggle', for: id },
    h('input', { id, type: 'checkbox', checked: checked || null, onchange: (event) => onChange(event.target.checked) }),
    ' ', label);
}

export function select(id, label, options, value, onChange) {
  return h('label', { class: 'select', for: id }, label, ' ',
    h('select', { id, onchange: (event) => onChange(event.target.value) },
      options.map(([key, text]) => h('option', { value: key, selected: key === value || null }, text))));
}

export function yesNo(value) {
  return value ? t('iv.yes') : t('iv.no');
}

export function municipalityLink(m) {
  return m ? h('a', { href: '#/municipality/' + encodeURIComponent(m.id) }, m.name) : '—';
}

export function interventionLink(i) {
  return h('a', { href: '#/intervention/' + encodeURIComponent(i.code), class: 'iv-link' }, h('span', { class: 'code' }, i.code), ' ', i.name);
}

/** The citable state of the graph an answer was read from (seed hash and curation sequence number), for a printed brief. */
export function datasetVersion(about, id) {
  const version = about?.datasetVersion?.id;
  return version ? h('p', { class: 'sub dataset-version', id }, t('datasetVersion') + ' ' + version) : null;
}
