// Dutch and English labels of the page. Data comes in both languages from the API (nameNl/nameEn,
// descriptionNl/descriptionEn …); `pick` chooses the field of the current language.

const labels = {
  skip: ['Naar de inhoud', 'Skip to content'],
  tagline: ['Interventies tegen jeugdcriminaliteit in acht gemeenten, naast de onderbouwing', 'Youth-crime interventions of eight municipalities, held against the evidence'],
  footer: ['Bron: Bureau Beke voor het WODC, Stop de in- en doorgroei (2022). Beschrijvingen in onze eigen woorden.', 'Source: Bureau Beke for the WODC, Stop de in- en doorgroei (2022). Descriptions are our own words.'],
  graphiql: ['GraphiQL: de API achter deze pagina', 'GraphiQL: the API behind this page'],
  loading: ['Laden…', 'Loading…'],
  error: ['De API gaf een fout', 'The API answered with an error'],
  notFound: ['Niet gevonden', 'Not found'],
  'nav.coverage': ['Dekking', 'Coverage'],
  'nav.gaps': ['Factoren', 'Factor gaps'],
  'nav.mechanisms': ['Werkzame bestanddelen', 'Mechanisms'],
  'nav.municipality': ['Gemeenten', 'Municipalities'],
  'nav.audit': ['Controle rapport', 'Report audit'],
  'search.label': ['Zoeken', 'Search'],
  'search.placeholder': ['Zoek interventies, factoren, gemeenten…', 'Search interventions, factors, municipalities…'],
  'search.none': ['Niets gevonden', 'Nothing found'],
  'search.count': ['resultaten', 'results'],
  'type.Intervention': ['interventie', 'intervention'],
  'type.Municipality': ['gemeente', 'municipality'],
  'type.Theme': ['thema', 'theme'],
  'type.RiskFactor': ['risicofactor', 'risk factor'],
  'type.ProtectiveFactor': ['beschermende factor', 'protective factor'],
  'type.Mechanism': ['werkzaam bestanddeel', 'mechanism'],
  'coverage.title': ['Dekking: thema’s × gemeenten', 'Coverage: themes × municipalities'],
  'coverage.intro': ['Elk vak telt de interventies van een gemeente op een thema (Bijlage 2 in één beeld). Kies een vak voor de lijst.', 'Each cell counts a municipality’s interventions on a theme (Bijlage 2 in one picture). Choose a cell for the list.'],
  'coverage.legend': ['Alle koppelingen interventie–thema zijn onze reconstructie (de stippen van de matrix gingen verloren): afgeleid, niet letterlijk vermeld.', 'Every intervention–theme link is our reconstruction (the matrix dots were lost): inferred, not stated.'],
  'coverage.mainOnly': ['Alleen hoofdthema', 'Main theme only'],
  'coverage.carriedOut': ['Alleen uitgevoerd', 'Carried out only'],
  'coverage.theme': ['Thema', 'Theme'],
  'coverage.total': ['Totaal', 'Total'],
  'coverage.cell': ['interventies', 'interventions'],
  'coverage.pick': ['Kies een vak om de interventies te zien.', 'Choose a cell to see its interventions.'],
  'coverage.main': ['hoofdthema', 'main theme'],
  'gaps.title': ['Risico- en beschermende factoren: wat wordt aangepakt?', 'Risk and protective factors: what is addressed?'],
  'gaps.intro': ['Per factor het aantal interventies dat haar aanpakt; onbedekte factoren vallen op.', 'For each factor the number of interventions addressing it; uncovered factors stand out.'],
  'gaps.evidence': ['Onderbouwing', 'Evidence'],
  'gaps.all': ['Alle', 'All'],
  'gaps.changeable': ['Alleen veranderbaar', 'Changeable only'],
  'gaps.inferred': ['Met onze afleidingen', 'With our inferences'],
  'gaps.statedOnly': ['Zonder afleidingen telt alleen wat het rapport zelf zegt.', 'Without inferences only what the report itself says counts.'],
  'gaps.municipality': ['Gemeente', 'Municipality'],
  'gaps.allMunicipalities': ['Alle gemeenten', 'All municipalities'],
  'gaps.factor': ['Factor', 'Factor'],
  'gaps.kind': ['Soort', 'Kind'],
  'gaps.count': ['Interventies', 'Interventions'],
  'gaps.uncovered': ['onbedekt', 'uncovered'],
  'gaps.covered': ['aangepakt', 'addressed'],
  'gaps.summary': ['onbedekt van', 'uncovered of'],
  'kind.RISK': ['risico', 'risk'],
  'kind.PROTECTIVE': ['beschermend', 'protective'],
  'evidence.GROUNDED': ['gefundeerd', 'grounded'],
  'evidence.PLAUSIBLE': ['plausibel', 'plausible'],
  'evidence.UNGRADED': ['niet gegradeerd', 'ungraded'],
  'basis.STATED': ['vermeld', 'stated'],
  'basis.INFERRED': ['afgeleid', 'inferred'],
  'status.AS_PLANNED': ['uitgevoerd zoals gepland', 'carried out as planned'],
  'status.ADAPTED': ['aangepast uitgevoerd', 'carried out, adapted'],
  'status.NOT_CARRIED_OUT': ['niet doorgegaan', 'not carried out'],
  'status.ADDED_LATER': ['later toegevoegd', 'added later'],
  'approach.PREVENTIVE': ['preventief', 'preventive'],
  'approach.REPRESSIVE': ['repressief', 'repressive'],
  'iv.status': ['Status', 'Status'],
  'iv.municipality': ['Gemeente', 'Municipality'],
  'iv.approach': ['Aanpak', 'Approach'],
  'iv.grounded': ['Gefundeerd', 'Grounded'],
  'iv.recognised': ['Erkend', 'Recognised'],
  'iv.yes': ['ja', 'yes'],
  'iv.no': ['nee', 'no'],
  'iv.themes': ['Thema’s', 'Themes'],
  'iv.factors': ['Factoren die ze aanpakt', 'Factors it addresses'],
  'iv.mechanisms': ['Werkzame bestanddelen (met de lokale naam)', 'Mechanisms (with the local name)'],
  'iv.localName': ['lokale naam', 'local name'],
  'iv.evidence': ['Onderbouwingsketen', 'Evidence chain'],
  'iv.similar': ['Vergelijkbare interventies elders', 'Similar interventions elsewhere'],
  'iv.graph': ['Omgeving in de graaf', 'Neighbourhood in the graph'],
  'iv.graphHelp': ['Sleep of zoom; kies een interventie of gemeente om erheen te gaan. Dezelfde gegevens staan in de lijsten.', 'Drag or zoom; choose an intervention or municipality to go there. The lists hold the same data.'],
  'iv.score': ['score', 'score'],
  'iv.shares': ['deelt', 'shares'],
  'iv.makesGrounded': ['maakt gefundeerd', 'makes it grounded'],
  'iv.via': ['via thema', 'via theme'],
  'mech.title': ['Werkzame bestanddelen en hun lokale namen', 'Mechanisms and their local names'],
  'mech.intro': ['Hetzelfde werk onder verschillende namen: per werkzaam bestanddeel de lokale namen, en waar.', 'The same work under different names: each mechanism with the local names it goes by, and where.'],
  'mech.names': ['lokale namen', 'local names'],
  'mun.title': ['Gemeente', 'Municipality'],
  'mun.choose': ['Kies een gemeente', 'Choose a municipality'],
  'mun.print': ['Afdrukken als brief', 'Print as a brief'],
  'mun.portfolio': ['Portefeuille', 'Portfolio'],
  'mun.perTheme': ['Interventies per thema', 'Interventions per theme'],
  'mun.gaps': ['Gaten ten opzichte van de literatuur', 'Gaps against the literature'],
  'mun.gapsIntro': ['Veranderbare gefundeerde risicofactoren en beschermende factoren die geen interventie van deze gemeente aanpakt.', 'Changeable grounded risk factors and protective factors that none of this municipality’s interventions addresses.'],
  'mun.elsewhere': ['wel aangepakt in', 'addressed in'],
  'mun.nowhere': ['nergens aangepakt', 'addressed nowhere'],
  'mun.peers': ['Om mee te praten', 'Peers to talk to'],
  'mun.on': ['over', 'on'],
  'mun.programme': ['Programma', 'Programme'],
  'mun.focus': ['Focusgebieden', 'Focus areas'],
  'mun.mix': ['preventief / repressief', 'preventive / repressive'],
  'audit.title': ['Controle: de cijfers van het rapport naast de graaf', 'Audit: the report’s figures against the graph'],
  'audit.intro': ['Elk cijfer dat het rapport noemt, opnieuw geteld in de graaf, met de verklaring waar ze verschillen.', 'Each figure the report states, counted again in the graph, with the explanation where they differ.'],
  'audit.statement': ['Bewering', 'Statement'],
  'audit.expected': ['Rapport', 'Report'],
  'audit.actual': ['Graaf', 'Graph'],
  'audit.status': ['Oordeel', 'Verdict'],
  'audit.explanation': ['Verklaring', 'Explanation'],
  'audit.source': ['Vindplaats', 'Where'],
  'auditStatus.AGREES': ['klopt', 'agrees'],
  'auditStatus.DISAGREES_EXPLAINED': ['wijkt af, verklaard', 'differs, explained'],
  'auditStatus.DISAGREES_UNEXPLAINED': ['wijkt af, onverklaard', 'differs, unexplained'],
  'audit.all': ['alle', 'all'],
};

let language = localStorage.getItem('botoc.lang') || ((navigator.language || 'en').toLowerCase().startsWith('nl') ? 'nl' : 'en');

export function lang() {
  return language;
}

export function setLang(value) {
  language = value === 'nl' ? 'nl' : 'en';
  localStorage.setItem('botoc.lang', language);
  document.documentElement.lang = language;
}

export function t(key) {
  const entry = labels[key];
  if (!entry) return key;
  return language === 'nl' ? entry[0] : entry[1];
}

/** The Dutch or English variant of a field: pick(factor, 'name') is factor.nameNl or factor.nameEn. */
export function pick(object, field) {
  if (!object) return '';
  const nl = object[field + 'Nl'];
  const en = object[field + 'En'];
  return (language === 'nl' ? nl ?? en : en ?? nl) ?? '';
}

/** A theme's label: the Bijlage 2 short label in Dutch, the English label in English. */
export function themeLabel(theme) {
  return language === 'nl' ? theme.shortLabelNl || theme.labelNl : theme.labelEn;
}
