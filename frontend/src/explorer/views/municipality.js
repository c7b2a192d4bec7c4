// Municipality page, printable as a one-page brief: its portfolio (Query.municipality, with the interventions
// per theme of Query.coverage drawn by Apache ECharts), its gaps against the literature's factors
// (Query.uncoveredFactors for this municipality, with where else each gap is addressed) and its peers to talk to
// (Query.peerMunicipalities), and the dataset version it was read from (Query.about), so a note can cite it.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { gql } from '../api.js';
import { append, h } from '../dom.js';
import { pick, t, themeLabel } from '../i18n.js';
import { datasetVersion, interventionLink, municipalityLink } from './common.js';

echarts.use([BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

const LIST = `query Municipalities { municipalities { id name programme } }`;

const MUNICIPALITY = `query Municipality($id: ID!) {
  municipality(id: $id) {
    id name programme focusAreas targetAge summaryNl summaryEn
    approachMix { preventive repressive }
    interventions { code name status grounded mainTheme { id } }
  }
  themes { id shortLabelNl labelNl labelEn }
  about { datasetVersion { id } }
  coverage(rows: THEME, interventions: PLANNED) { cells { row column count } }
  riskGaps: uncoveredFactors(kind: RISK, evidence: GROUNDED, modifiableOnly: true, municipality: $id) { ...gap }
  protectiveGaps: uncoveredFactors(kind: PROTECTIVE, modifiableOnly: true, municipality: $id) { ...gap }
  peerMunicipalities(id: $id, first: 3) {
    score
    municipality { id name }
    sharedThemes { theme { id shortLabelNl labelNl labelEn } }
    sharedMechanisms { mechanism { id nameEn nameNl } ours { localName } theirs { localName intervention { code name } } }
  }
}
fragment gap on UncoveredFactor {
  factor { id nameNl nameEn }
  reasons
  excludedLinks { municipality { id name } }
}`;

export async function municipalityView(root, { arg }) {
  if (!arg) {
    const { municipalities } = await gql(LIST);
    append(root, h('h1', {}, t('mun.choose')),
      h('ul', { class: 'choices' }, municipalities.map((m) => h('li', {}, municipalityLink(m), m.programme ? h('span', { class: 'sub' }, m.programme) : null))));
    return;
  }
  const data = await gql(MUNICIPALITY, { id: arg });
  const m = data.municipality;
  if (!m) {
    append(root, h('h1', {}, t('notFound')), h('p', {}, arg));
    return;
  }
  const themes = new Map(data.themes.map((theme) => [theme.id, theme]));
  const perTheme = data.coverage.cells.filter((cell) => cell.column === m.id);
  const chart = h('div', { class: 'chart', id: 'theme-chart', role: 'img', 'aria-label': t('mun.perTheme') + ': ' +
    perTheme.map((cell) => `${themeLabel(themes.get(cell.row))} ${cell.count}`).join(', ') });

  append(root,
    h('div', { class: 'brief-head' },
      h('h1', {}, m.name, m.programme ? h('span', { class: 'sub' }, ' · ' + m.programme) : null),
      h('button', { type: 'button', class: 'no-print', onclick: () => window.print() }, t('mun.print'))),
    h('p', { class: 'lead' }, pick(m, 'summary')),
    h('p', { class: 'sub' },
      m.focusAreas.length ? `${t('mun.focus')}: ${m.focusAreas.join(', ')} · ` : '',
      `${t('mun.mix')}: ${m.approachMix.preventive} / ${m.approachMix.repressive}`),
    h('div', { class: 'columns' },
      h('section', {},
        h('h2', {}, t('mun.portfolio'), ` (${m.interventions.length})`),
        h('ul', { class: 'portfolio' }, m.interventions.map((iv) =>
          h('li', {}, interventionLink(iv), h('span', { class: 'sub' }, ' · ' + t('status.' + iv.status)))))),
      h('section', {},
        h('h2', {}, t('mun.perTheme')), chart,
        h('h2', {}, t('mun.gaps')),
        h('p', { class: 'sub' }, t('mun.gapsIntro')),
        h('ul', { id: 'municipality-gaps' }, [...data.riskGaps, ...data.protectiveGaps].map((gap) => {
          const elsewhere = [...new Map(gap.excludedLinks.filter((l) => l.municipality).map((l) => [l.municipality.id, l.municipality])).values()];
          return h('li', { dataset: { factor: gap.factor.id } }, h('a', { href: '#/gaps?focus=' + encodeURIComponent(gap.factor.id) + '&mun=' + encodeURIComponent(m.id) }, pick(gap.factor, 'name')),
            h('span', { class: 'sub' }, ' · ', elsewhere.length ? [t('mun.elsewhere') + ' ', elsewhere.map((o, i) => [i ? ', ' : '', municipalityLink(o)])] : t('mun.nowhere')));
        })),
        h('h2', {}, t('mun.peers')),
        h('ul', { id: 'peers' }, (data.peerMunicipalities || []).map((peer) =>
          h('li', {}, municipalityLink(peer.municipality), ` (${t('iv.score')} ${peer.score.toFixed(2)}) `,
            h('span', { class: 'sub' }, t('mun.on') + ': ',
              [...peer.sharedMechanisms.map((s) => localNames(pick(s.mechanism, 'name'), s.theirs)),
                ...peer.sharedThemes.map((s) => themeLabel(s.theme))].slice(0, 6).join('; '))))))),
    datasetVersion(data.about, 'municipality-dataset-version'),
  );
  root.afterMount = [() => drawThemeChart(chart, perTheme, themes)];
}

/** A mechanism with the local names the peer uses for it, if it has any (a use without a local name adds none). */
function localNames(name, uses) {
  const names = uses.map((u) => u.localName).filter(Boolean);
  return names.length ? `${name} (“${names.join('”, “')}”)` : name;
}

function drawThemeChart(container, cells, themes) {
  const sorted = [...cells].sort((a, b) => a.count - b.count);
  container.style.height = Math.max(120, sorted.length * 26 + 20) + 'px';
  const chart = echarts.init(container, null, { renderer: 'svg' });
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 24, top: 4, bottom: 4, containLabel: true },
    tooltip: {},
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#333' } },
    yAxis: { type: 'category', data: sorted.map((cell) => themeLabel(themes.get(cell.row))), axisLabel: { color: '#1a1a1a' } },
    series: [{ type: 'bar', data: sorted.map((cell) => cell.count), itemStyle: { color: '#2171b5' }, label: { show: true, position: 'right', color: '#1a1a1a' } }],
  });
}
