import type { CardText, CompareText, HistoryText, Strings, Welsh } from './types.js';
import type { Force } from '../data/types.js';

// The Welsh of the cards (pillar, key facts, assessment, findings), of <peel-compare> and of <peel-history>,
// with the titles of the pillars and areas: a chunk that a Welsh element with a card or a table loads beside
// the Welsh of every element (cy.ts), which withCards joins it to.

/**
 * Welsh titles of the pillars and areas. The pillar names are the inspectorate's own ("effeithiolrwydd,
 * effeithlonrwydd a chyfreithlondeb" in its Welsh reports); no stored Welsh report gives the area
 * headings, so those are our translations, to be replaced by the inspectorate's wording where a
 * Welsh report shows it (src/data/examples/SOURCES.md).
 */
export const TITLES_CY: Record<string, string> = {
  effectiveness: 'Effeithiolrwydd',
  efficiency: 'Effeithlonrwydd',
  legitimacy: 'Cyfreithlondeb',
  leadership: 'Arweinyddiaeth',
  'victim-service': 'Darparu gwasanaeth i ddioddefwyr troseddau',
  'public-treatment': 'Ymgysylltu â’r cyhoedd a’u trin yn deg a chyda pharch',
  'preventing-crime': 'Atal troseddu ac ymddygiad gwrthgymdeithasol',
  'responding-to-public': 'Ymateb i’r cyhoedd',
  'investigating-crime': 'Ymchwilio i droseddau',
  'protecting-vulnerable': 'Diogelu pobl agored i niwed',
  'managing-offenders': 'Rheoli troseddwyr a phobl a ddrwgdybir',
  'serious-organised-crime': 'Tarfu ar droseddau difrifol a chyfundrefnol',
  workforce: 'Meithrin, cefnogi a diogelu’r gweithlu',
  'use-of-resources': 'Cynllunio strategol, rheolaeth sefydliadol a gwerth am arian',
  'recording-data': 'Cofnodi data am droseddau',
};

/** The titles PEEL 2023–25 renamed, in Welsh. */
export const TITLES_2023_CY: Record<string, string> = {
  'public-treatment': 'Pwerau’r heddlu a’r ffordd y mae’n trin y cyhoedd',
  'preventing-crime': 'Atal troseddu ac ymddygiad gwrthgymdeithasol, a lleihau bod yn agored i niwed',
  leadership: 'Arweinyddiaeth a rheoli’r heddlu',
};

/**
 * "blwyddyn" after a number of years, in the form the number read aloud calls for: 1 flwyddyn,
 * 2 flynedd, 3, 4 and 6 blynedd, 5, 7, 8, 9 and 10 mlynedd. Like "diwrnod" and "blwydd",
 * "blynedd" takes the nasal mutation after pum, saith, wyth, naw, deg, deuddeg, pymtheg, deunaw,
 * ugain and cant, numbers that leave other nouns alone.
 * The rule chosen, since the page shows digits and the reader supplies the words: 11–19 are read
 * the traditional way, as years still are, with the noun after the first word ("un mlynedd ar
 * ddeg", "deuddeng mlynedd", "tair blynedd ar ddeg", "dwy flynedd ar bymtheg", "deunaw mlynedd",
 * "pedair blynedd ar bymtheg"); so are the last two digits above 100 ("cant a deuddeng mlynedd").
 * Any other number follows its last digit, the word before the noun in the traditional and the
 * decimal reading alike ("dwy flynedd ar hugain", "dau ddeg dwy flynedd"); a final 0 is deg, ugain
 * or cant ("ugain mlynedd", "tri deng mlynedd", "can mlynedd"). Whole thousands end in a noun,
 * which takes "o" and the plural ("mil o flynyddoedd"). A fraction follows its last digit
 * ("2.5": "dau bwynt pump mlynedd").
 */
const blynedd = (n: number) => {
  const last = n % 100;
  // The form after 0–19, by index; a fraction or a larger number goes by its last digit.
  const form = 'mmfbbmbmmmmmmbbmmfmb'[last % 1 || last > 19 ? +String(n).slice(-1) : last];
  return n === 1 ? 'flwyddyn' : n && !(n % 1000) ? 'o flynyddoedd' : `${form || 'm'}lynedd`;
};

const cards: CardText = {
  titles: TITLES_CY,
  titles2023: TITLES_2023_CY,
  months: 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(' '),
  glance: 'Cipolwg ar y graddau',
  causesOfConcern: 'Achosion pryder',
  recommendations: 'Argymhellion',
  due: (date) => ['Erbyn ', date],
  areasForImprovement: 'Meysydd i’w gwella',
  practice: 'Arferion addawol ac arloesol',
  practiceKinds: { innovative: 'Arfer arloesol', promising: 'Arfer addawol' },
  details: 'Canfyddiadau',
  summaryRest: 'Darllen gweddill y crynodeb',
  source: (period, published) => [
    `Ffynhonnell: AHGTAEF${period ? `, PEEL ${period}` : ''}`,
    published && ', cyhoeddwyd ',
    published,
  ],
  readReport: 'Darllen yr adroddiad llawn',
  sourcePages: (count) => (count > 1 ? 'Ffynonellau' : 'Ffynhonnell'),
  published: (date) => ['Cyhoeddwyd ', date],
  // "yn ddilys": the soft mutation after the predicative "yn".
  stillValid: (judged, period) => `barnwyd yn ${judged}${period ? `, yn dal yn ddilys yn ${period}` : ''}`,
  monitoring: (stage, since) => [
    `Mae’r arolygiaeth wedi rhoi’r heddlu hwn mewn monitro uwch (${stage})`,
    since && ' ers ',
    since,
  ],
  stages: { engage: 'Ymgysylltu', ppog: 'Grŵp Goruchwylio Perfformiad yr Heddlu' },
  lastUpdated: 'Diweddarwyd ddiwethaf',
  questions: 'Graddau’r cwestiynau',
  viewQuestions: (title) => `Gweld y cwestiynau ar gyfer ${title}`,
  keyFacts: 'Ffeithiau allweddol',
  nationalLevel: 'Lefel genedlaethol',
  trend: (direction, percent, years) =>
    `${direction === 'same' ? 'dim newid' : `${direction === 'up' ? 'i fyny' : 'i lawr'} ${percent}`}${years ? ` dros ${years} ${blynedd(years)}` : ''}`,
  national: 'cenedlaethol',
  units: {
    people: '# o bobl',
    'square-miles': '# milltir sgwâr',
    'square-km': '# cilometr sgwâr',
    'per-1000-people': '# i bob 1,000 o bobl',
    'per-person': '# i bob person',
  },
  interval: 'Cyfwng hyder',
  factSource: 'Ffynhonnell',
  pence: 'c',
  fullReport: 'Darllen yr adroddiad PEEL llawn',
  observations: 'Sylwadau’r arolygydd',
  context: 'Pwyntiau cyd-destun a ddarparwyd gan yr heddlu',
  priorities: 'Blaenoriaethau’r cynllun heddlu a throseddu',
};

const compare: CompareText = {
  titles: TITLES_CY,
  titles2023: TITLES_2023_CY,
  regions: [
    'Gogledd-ddwyrain Lloegr',
    'Gogledd-orllewin Lloegr',
    'Swydd Efrog a’r Humber',
    'Dwyrain Canolbarth Lloegr',
    'Gorllewin Canolbarth Lloegr',
    'Dwyrain Lloegr',
    'Llundain',
    'De-ddwyrain Lloegr',
    'De-orllewin Lloegr',
    'Cymru',
  ],
  other: 'Heddluoedd eraill',
  force: 'Heddlu',
  title: (period) => `Graddau PEEL ${period ? `${period} ` : ''}fesul heddlu`,
  orders: ['A i Z', 'Z i A', 'y gorau yn gyntaf', 'y gwaethaf yn gyntaf'],
  sorted: (how) => `wedi’u trefnu yn ôl ${how}`,
  sortBy: 'Trefnu yn ôl',
  // A colon and "allan o" keep the numbers clear of the nouns: no mutation to make.
  coverage: (n, of, full) =>
    `Heddluoedd â graddau: ${n} allan o ${of}${full === undefined ? '' : `; â phob maes a raddiodd eu hadroddiad: ${full}`}`,
  countsTitle: 'Sawl heddlu a gafodd bob gradd',
  // "Rhagorol: 3" rather than "3 rhagorol": a label after a number would need the noun's own grammar.
  count: (n, label) => `${label}: ${n}`,
  counts: (title, counts) => `${title} – ${counts.join('; ')}`,
  missing: 'Dim gradd yn y data',
  missingCount: 'Dim gradd yn y data',
  yourForce: 'eich heddlu',
  groupBy: 'Grwpio fesul rhanbarth',
  area: 'Maes',
  without: (area, names) => `Dim gradd yn y data${area ? ` ar gyfer ${area}` : ''}: ${names}.`,
  region: 'Rhanbarth',
  allRegions: 'Pob rhanbarth',
  notComparable: 'Mae graddau cynharach ar y raddfa arall yn cael eu henwi, nid eu cymharu.',
  source: 'Ffynhonnell',
  csv: 'Lawrlwytho’r data (CSV)',
};

/** The Welsh forces' own Welsh names, by id (the data gives the English ones). */
const WELSH_FORCES: Record<string, string> = {
  'dyfed-powys': 'Heddlu Dyfed-Powys',
  gwent: 'Heddlu Gwent',
  'north-wales': 'Heddlu Gogledd Cymru',
  'south-wales': 'Heddlu De Cymru',
};

/** A force's name in Welsh: a Welsh force's own Welsh name, else the name the data gives. */
export const forceNameCy = ({ id = '', name }: Force): string =>
  (Object.hasOwn(WELSH_FORCES, id) && WELSH_FORCES[id]) || name;

// "pedair gradd", "pum gradd": "gradd" is feminine, and neither numeral mutates it; "neu faes": "neu" softens.
const history: HistoryText = {
  titles: TITLES_CY,
  titles2023: TITLES_2023_CY,
  title: (force, from, to) => `${forceNameCy(force)}: graddau PEEL, ${from}${to === from ? '' : ` i ${to}`}`,
  area: 'Piler neu faes',
  report: 'adroddiad',
  missing: 'Dim gradd yn y data',
  scale: (from, to, five, after) =>
    `${after ? `O ${from}` : `${from}${to === from ? '' : ` i ${to}`}`}: ${five ? 'meysydd, pum gradd' : 'pileri, pedair gradd'}`,
  change: (from, five) =>
    `O ${from}: ${five ? 'meysydd newydd a graddfa pum gradd' : 'graddfa pedair gradd'}; dim modd cymharu’r graddau cynharach yn uniongyrchol.`,
  picture: 'Pob gradd ar ei graddfa ei hun, y gorau ar y brig',
  sources: ['Ffynhonnell', 'Ffynonellau'],
};

const joined = new WeakMap<Strings, Welsh>();

/** The Welsh strings of an element (cy.ts's) with the cards' and the table's: the whole Welsh pack. */
export function withCards(cy: Strings): Welsh {
  let pack = joined.get(cy);
  if (!pack) joined.set(cy, (pack = { ...cy, ...cards, compare, history }));
  return pack;
}
