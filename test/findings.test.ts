// The reports forces publish now (issue 9): findings, grades at a glance, grade status, changes
// across scales, monitoring, the source line and the new key fact fields, rendered in a real
// browser. Every expected string is written out here, never read from src/i18n, so that a changed
// or broken string fails a test.
import type { TemplateResult } from 'lit';
import fictional2023 from '../src/data/examples/fictional-2023-25.json' with { type: 'json' };
import wiltshire from '../data/2021-22/wiltshire-2021-22.json' with { type: 'json' };
import dyfedPowys from '../data/2023-25/dyfed-powys-2023-25.json' with { type: 'json' };
import type { Assessment } from '../src/data/types.js';
import {
  ERROR,
  NORTHAMPTONSHIRE,
  copy,
  deepQueryAll,
  deepText,
  expect,
  expectAccessibleInWrapper,
  expectReported,
  html,
  observe,
  render,
  renderInside,
  settle,
  text,
} from './helpers.js';

const CURRENT = fictional2023 as unknown as Assessment;
const WILTSHIRE = wiltshire as unknown as Assessment;
const DYFED_POWYS = dyfedPowys as unknown as Assessment;

/** A document as it was before its grades named their pages (version 1 documents without sources look like this). */
const withoutSources = (doc: Assessment): Assessment => {
  const out = copy(doc);
  delete out.sources;
  for (const p of out.pillars ?? []) {
    delete p.source;
    for (const q of p.questions ?? []) delete q.source;
  }
  return out;
};

/** Every finding of the fictional 2023–25 document, as it is written in the data. */
const CAUSE =
  'The fictional force does not answer emergency calls quickly enough, so invented callers in danger wait too long.';
const RECOMMENDATIONS = [
  'Within three months, the fictional force should make sure that it answers emergency calls within ten seconds.',
  'Within six months, it should review how many call handlers it needs at its busiest times.',
];
const IMPROVEMENTS = [
  'The fictional force should make sure that supervisors record their reviews of investigations.',
  'It should give its invented workforce the time and training to look after their wellbeing.',
];
const PRACTICE = [
  'A made-up youth panel',
  'Young people in Exampleshire, all of them invented, advise the fictional force on how it uses stop and search.',
  'An imaginary problem-solving hub',
  'The fictional force shares data with invented partners to stop anti-social behaviour before it starts.',
];
const QUESTION_SUMMARY = 'Only half of the invented emergency calls were answered within ten seconds.';
const QUESTION_IMPROVEMENT = 'The fictional force should publish how quickly it answers non-emergency calls.';

/** The element's own words for the findings, in each language. */
const WORDS = {
  en: {
    causes: 'Causes of concern',
    recommendations: 'Recommendations',
    due: 'Due by 30 September 2025',
    improvements: 'Areas for improvement',
    practice: 'Promising and innovative practice',
    innovative: 'Innovative practice',
    promising: 'Promising practice',
    glance: 'Grades at a glance',
  },
  cy: {
    causes: 'Achosion pryder',
    recommendations: 'Argymhellion',
    due: 'Erbyn 30 Medi 2025',
    improvements: 'Meysydd i’w gwella',
    practice: 'Arferion addawol ac arloesol',
    innovative: 'Arfer arloesol',
    promising: 'Arfer addawol',
    glance: 'Cipolwg ar y graddau',
  },
} as const;

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The host of a node's shadow root, or its parent: a step up across shadow boundaries. */
const up = (node: Node): Node | null => node.parentNode ?? ((node as ShadowRoot).host || null);

/** Whether a node sits inside a closed <details> (not its <summary>), across shadow boundaries. */
function inClosedDetails(node: Node): boolean {
  let child: Node = node;
  for (let at = up(node); at; child = at, at = up(at)) {
    if (
      at instanceof HTMLDetailsElement &&
      !at.open &&
      !(child instanceof HTMLElement && child.localName === 'summary')
    )
      return true;
  }
  return false;
}

/** Every element of the shadow trees whose own text (not a child's) holds `wanted`. */
function holders(root: Element, wanted: string): HTMLElement[] {
  return deepQueryAll(root, '*').filter(
    (el): el is HTMLElement =>
      el instanceof HTMLElement &&
      fold(el.textContent ?? '').includes(wanted) &&
      ![...el.children].some((c) => fold(c.textContent ?? '').includes(wanted)),
  );
}

/**
 * Whether `wanted` is visible text: some element that holds it shows it in its innerText (which
 * leaves out what is not rendered), is rendered (checkVisibility), and is not in a closed <details>.
 */
function visible(root: Element, wanted: string): boolean {
  return holders(root, wanted).some(
    (el) => fold(el.innerText).includes(wanted) && el.checkVisibility() && !inClosedDetails(el),
  );
}

/** Every headings of the element's shadow trees, in reading order, as levels. */
const headingLevels = (el: Element) => deepQueryAll(el, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.localName[1]));

/** The parts of the direct children of the assessment's <article>, in order. */
const sections = (el: Element) =>
  [...el.shadowRoot!.querySelector('article')!.children].map((c) => c.getAttribute('part'));

/** Renders and checks that nothing was warned or reported while it did. */
async function renderQuietly<T extends Element>(template: TemplateResult): Promise<T> {
  let el!: T;
  const seen = await observe(async () => {
    el = await render<T>(template);
  });
  expect(seen.warnings, 'console.warn calls').to.deep.equal([]);
  expect(seen.events.length, 'peel-error events').to.equal(0);
  return el;
}

/** An object of the data, open to any field: to write a bad value a type would forbid. */
const loose = (o: object) => o as Record<string, unknown>;

const shadowText = (el: Element, selector: string) => deepQueryAll(el, selector).map((n) => text(n));

describe('peel-assessment: the findings of a PEEL 2023–25 report', () => {
  for (const lang of ['en', 'cy'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`shows every cause of concern, recommendation, due date, area for improvement and practice item as visible text (${lang}, ${scheme})`, async () => {
        const el = await renderInside<HTMLElement>(
          html`<peel-assessment lang=${lang} .assessment=${CURRENT}></peel-assessment>`,
          scheme === 'dark' ? { class: 'dark-scheme' } : {},
        );
        const w = WORDS[lang];
        for (const wanted of [
          CAUSE,
          ...RECOMMENDATIONS,
          ...IMPROVEMENTS,
          ...PRACTICE,
          w.causes,
          w.recommendations,
          w.due,
          w.improvements,
          w.practice,
          w.innovative,
          w.promising,
          w.glance,
        ])
          expect(visible(el, wanted), `visible: ${wanted}`).to.equal(true);
        // The other language's words are nowhere.
        const other = WORDS[lang === 'en' ? 'cy' : 'en'];
        const all = deepText(el);
        for (const word of [other.causes, other.due, other.improvements, other.glance])
          expect(all, `no ${word}`).not.to.include(word);
      });
    }

    it(`passes axe, light and dark (${lang})`, async () => {
      await expectAccessibleInWrapper(html`<peel-assessment lang=${lang} .assessment=${CURRENT}></peel-assessment>`);
    });
  }

  it('lists each cause with its recommendations in order and its due date, at the assessment and on its area', async () => {
    const el = await render<HTMLElement>(html`<peel-assessment .assessment=${CURRENT}></peel-assessment>`);
    const causes = deepQueryAll(el, '[part~="cause"]');
    // One on the assessment, one on "Responding to the public".
    expect(causes.length).to.equal(2);
    const [whole, area] = causes;
    expect(text(whole!.querySelector('p'))).to.equal(CAUSE);
    expect([...whole!.querySelectorAll('[part~="recommendations"] li')].map(text)).to.deep.equal(RECOMMENDATIONS);
    expect(text(whole!.querySelector('[part~="due"]'))).to.equal('Due by 30 September 2025');
    expect([...area!.querySelectorAll('[part~="recommendations"] li')].map(text)).to.deep.equal([RECOMMENDATIONS[0]]);
    expect(shadowText(el, '[part~="improvements-list"] li').slice(0, 2)).to.deep.equal(IMPROVEMENTS);
    expect(shadowText(el, '[part~="practice-list"] > li').slice(0, 2)).to.deep.equal([
      `Innovative practice: ${PRACTICE[0]} ${PRACTICE[1]}`,
      `Promising practice: ${PRACTICE[2]} ${PRACTICE[3]}`,
    ]);
  });

  for (const level of [1, 2, 3, 4, 5]) {
    it(`has headings in order under heading-level ${level}, across nested shadow roots`, async () => {
      const el = await render<HTMLElement>(
        html`<peel-assessment heading-level=${level} .assessment=${CURRENT}></peel-assessment>`,
      );
      const levels = headingLevels(el);
      expect(levels.length, 'headings').to.be.at.least(10);
      expect(levels[0], 'the first heading').to.equal(level);
      for (let i = 1; i < levels.length; i++)
        expect(levels[i]! - levels[i - 1]!, `heading ${i} (h${levels[i]} after h${levels[i - 1]})`).to.be.at.most(1);
      expect(Math.min(...levels), 'nothing above the host’s level').to.equal(level);
    });
  }

  it('has its headings in order under a page heading in axe’s eyes (heading-level 3 after an h2)', async () => {
    await expectAccessibleInWrapper(
      html`<peel-assessment heading-level="3" .assessment=${CURRENT}></peel-assessment>`,
      () => Object.assign(document.createElement('h2'), { textContent: 'Our inspection' }),
    );
  });
});

describe('peel-assessment: the order of the report', () => {
  it('opens a 2023–25 report with the header, the glance and the findings, before the areas', async () => {
    const el = await render<HTMLElement>(html`<peel-assessment .assessment=${CURRENT}></peel-assessment>`);
    expect(sections(el)).to.deep.equal([
      'header',
      'glance',
      'causes',
      'improvements',
      'practice',
      'observations',
      'pillars',
      'key-facts',
      'source',
    ]);
    const header = el.shadowRoot!.querySelector('[part="header"]')!;
    expect([...header.children].map((c) => c.getAttribute('part'))).to.deep.equal([
      'title',
      'intro',
      'monitoring',
      'report-link',
    ]);
    expect(text(header.querySelector('[part="title"]'))).to.equal('Exampleshire Constabulary (fictional) PEEL 2023–25');
    // The headings as a reader meets them, nested cards included.
    const titles = deepQueryAll(el, 'h1, h2, h3, h4, h5, h6').map(text);
    expect(titles.slice(0, 6)).to.deep.equal([
      'Exampleshire Constabulary (fictional) PEEL 2023–25',
      'Grades at a glance',
      'Causes of concern',
      'Areas for improvement',
      'Promising and innovative practice',
      'Inspector’s observations',
    ]);
    expect(titles[6]).to.equal('Providing a service to victims of crime');
    expect(titles.at(-1)).to.equal('Key facts – 2023/24');
  });

  it('keeps the 2017 order: the pillars first, then any findings, the observations, key facts, context and priorities', async () => {
    const doc = copy(NORTHAMPTONSHIRE);
    doc.areasForImprovement = ['An invented area for improvement, to show where findings go in a 2017 report.'];
    doc.causesOfConcern = [{ text: 'An invented cause of concern.', due: '2018-09-30' }];
    const el = await render<HTMLElement>(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    expect(sections(el)).to.deep.equal([
      'header',
      'glance',
      'pillars',
      'causes',
      'improvements',
      'observations',
      'key-facts',
      'context',
      'priorities',
      'source',
    ]);
    expect(text(el.shadowRoot!.querySelector('[part="due"]'))).to.equal('Due by 30 September 2018');
  });

  it('the 2017 document as published has no findings sections, and its grades at a glance first', async () => {
    const el = await render<HTMLElement>(html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`);
    expect(sections(el)).to.deep.equal([
      'header',
      'glance',
      'pillars',
      'observations',
      'key-facts',
      'context',
      'priorities',
      'source',
    ]);
  });
});

describe('peel-assessment: grades at a glance', () => {
  /** Each group of the glance: its grade or status in words, then the areas in it. */
  const glance = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('[part="glance"] dl > div')].map((group) => [
      deepText(group.querySelector('dt')!),
      ...[...group.querySelectorAll('dd')].map(text),
    ]);

  it('groups the areas by grade, best to worst, then by status, with the 2023–25 titles', async () => {
    const el = await render<HTMLElement>(html`<peel-assessment .assessment=${CURRENT}></peel-assessment>`);
    expect(glance(el)).to.deep.equal([
      ['Outstanding', 'Preventing and deterring crime and anti-social behaviour, and reducing vulnerability'],
      [
        'Good',
        'Police powers and public treatment',
        'Disrupting serious organised crime',
        'Recording data about crime',
      ],
      ['Adequate', 'Protecting vulnerable people', 'Leadership and force management'],
      ['Requires improvement', 'Investigating crime'],
      ['Inadequate', 'Responding to the public'],
      ['Not inspected in this cycle', 'Providing a service to victims of crime'],
      ['To be graded', 'Managing offenders and suspects'],
      ['Not graded', 'Building, supporting and protecting the workforce'],
    ]);
    // Each grade is a small badge, its name as text (never colour alone).
    const ratings = deepQueryAll(el, '[part="glance"] peel-rating');
    expect(ratings.length).to.equal(8);
    for (const r of ratings) expect(r.getAttribute('size')).to.equal('small');
  });

  it('in Welsh', async () => {
    const el = await render<HTMLElement>(html`<peel-assessment lang="cy" .assessment=${CURRENT}></peel-assessment>`);
    const groups = glance(el);
    expect(groups.map((g) => g[0])).to.deep.equal([
      'Rhagorol',
      'Da',
      'Digonol',
      'Angen gwella',
      'Annigonol',
      'Heb ei arolygu yn y cylch hwn',
      'I’w raddio',
      'Heb ei raddio',
    ]);
    expect(groups[0]![1]).to.equal('Atal troseddu ac ymddygiad gwrthgymdeithasol, a lleihau bod yn agored i niwed');
    expect(groups[1]![1]).to.equal('Pwerau’r heddlu a’r ffordd y mae’n trin y cyhoedd');
  });

  // Issue 17: a 2017 report's grades were only in its prose; the glance now opens every cycle.
  it('groups a 2017 report on its own four-grade scale', async () => {
    const el = await render<HTMLElement>(html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`);
    expect(glance(el)).to.deep.equal([
      ['Good', 'Efficiency'],
      ['Requires improvement', 'Effectiveness', 'Legitimacy'],
    ]);
    for (const r of deepQueryAll(el, '[part="glance"] peel-rating'))
      expect(r.getAttribute('scale')).to.equal('peel-2014');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('uses the 2021/22 titles for a 2021/22 report (Wiltshire)', async () => {
    const el = await renderQuietly<HTMLElement>(html`<peel-assessment .assessment=${WILTSHIRE}></peel-assessment>`);
    expect(glance(el)).to.deep.equal([
      [
        'Requires improvement',
        'Engaging with and treating the public with fairness and respect',
        'Preventing crime and anti-social behaviour',
        'Investigating crime',
        'Managing offenders and suspects',
        'Building, supporting and protecting the workforce',
      ],
      [
        'Inadequate',
        'Responding to the public',
        'Protecting vulnerable people',
        'Strategic planning, organisational management and value for money',
      ],
      ['Not graded', 'Providing a service to victims of crime'],
    ]);
  });

  // Withheld, carried over without a grade, and graded without a grade all read "Not graded": one group.
  it('one "Not graded" group for every area that reads "Not graded"', async () => {
    const doc: Assessment = {
      force: { name: 'Sampleton Constabulary' },
      cycle: 'peel-2023-25',
      pillars: [
        { id: 'victim-service', grade: 'not-graded' },
        { id: 'workforce', status: 'withheld' },
      ],
    };
    const el = await renderQuietly<HTMLElement>(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    expect(glance(el)).to.deep.equal([
      ['Not graded', 'Providing a service to victims of crime', 'Building, supporting and protecting the workforce'],
    ]);
  });

  it('has no glance when no area has a grade or a status', async () => {
    const doc: Assessment = {
      force: { name: 'Sampleton Constabulary' },
      cycle: 'peel-2023-25',
      pillars: [{ id: 'workforce' }],
    };
    const el = await renderQuietly<HTMLElement>(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    expect(el.shadowRoot!.querySelector('[part="glance"]')).to.equal(null);
  });
});

describe('peel-rating: status and period', () => {
  const badge = async (template: TemplateResult) => {
    const el = await renderQuietly<HTMLElement>(template);
    return {
      label: text(el.shadowRoot!.querySelector('[part~="label"]')),
      status: text(el.shadowRoot!.querySelector('[part~="status"]')),
      change: text(el.shadowRoot!.querySelector('[part~="change"]')),
      arrow: text(el.shadowRoot!.querySelector('[part~="change"] .arrow')),
      all: deepText(el),
    };
  };

  const STATUSES = [
    ['pending', 'To be graded', 'I’w raddio'],
    ['not-inspected', 'Not inspected in this cycle', 'Heb ei arolygu yn y cylch hwn'],
    ['withheld', 'Not graded', 'Heb ei raddio'],
  ] as const;

  for (const [status, en, cy] of STATUSES) {
    it(`status="${status}" reads "${en}" and, in Welsh, "${cy}"`, async () => {
      expect((await badge(html`<peel-rating status=${status}></peel-rating>`)).all).to.equal(en);
      expect((await badge(html`<peel-rating lang="cy" status=${status}></peel-rating>`)).all).to.equal(cy);
    });
  }

  it('a carried-over grade names its period', async () => {
    const en = await badge(html`<peel-rating grade="good" status="carried-over" graded-in="2016"></peel-rating>`);
    expect(en.label).to.equal('Good');
    expect(en.status).to.equal('Grade carried over from 2016');
    const cy = await badge(
      html`<peel-rating lang="cy" grade="good" status="carried-over" graded-in="2016"></peel-rating>`,
    );
    expect(cy.label).to.equal('Da');
    expect(cy.status).to.equal('Gradd wedi’i chario drosodd o 2016');
  });

  it('a graded status with a grade shows the grade alone', async () => {
    const b = await badge(html`<peel-rating grade="adequate" status="graded"></peel-rating>`);
    expect(b.all).to.equal('Adequate');
  });

  it('compares grades of comparable periods, with an arrow', async () => {
    const up = await badge(
      html`<peel-rating grade="good" previous-grade="adequate" previous-period="2021/22"></peel-rating>`,
    );
    expect(up.change).to.equal('↑up from Adequate in 2021/22');
    expect(up.arrow).to.equal('↑');
    const same = await badge(
      html`<peel-rating grade="good" previous-grade="good" previous-period="2021/22" scale="peel-2021"></peel-rating>`,
    );
    expect(same.change).to.equal('→same as 2021/22');
    const cyUp = await badge(
      html`<peel-rating lang="cy" grade="good" previous-grade="adequate" previous-period="2021/22"></peel-rating>`,
    );
    expect(cyUp.change).to.equal('↑i fyny o’r radd yn 2021/22 (Digonol)');
    const cySame = await badge(
      html`<peel-rating
        lang="cy"
        grade="good"
        previous-grade="good"
        previous-period="2021/22"
        scale="peel-2021"
      ></peel-rating>`,
    );
    expect(cySame.change).to.equal('→yr un fath â 2021/22');
  });

  it('never compares across scales: it names the earlier grade and its period, with no arrow', async () => {
    const en = await badge(
      html`<peel-rating
        grade="outstanding"
        previous-grade="good"
        previous-period="2018/19"
        scale="peel-2021"
      ></peel-rating>`,
    );
    expect(en.change).to.equal('Good in 2018/19; not directly comparable');
    expect(en.all).not.to.match(/[↑↓→]|\bup\b|\bdown\b/);
    const cy = await badge(
      html`<peel-rating
        lang="cy"
        grade="outstanding"
        previous-grade="good"
        previous-period="2018/19"
        scale="peel-2021"
      ></peel-rating>`,
    );
    expect(cy.change).to.equal('Da yn 2018/19; dim modd cymharu’n uniongyrchol');
    expect(cy.all).not.to.match(/[↑↓→]/);
    // The other way round: a four-grade document, a five-grade earlier grade.
    const back = await badge(
      html`<peel-rating
        grade="good"
        previous-grade="inadequate"
        previous-period="2023–25"
        scale="peel-2014"
      ></peel-rating>`,
    );
    expect(back.change).to.equal('Inadequate in 2023–25; not directly comparable');
  });

  // No four-grade cycle follows a five-grade one: a previous period from 2021/22 on implies peel-2021.
  it('a previous period on the five-grade scale implies it when no scale is given', async () => {
    const same = await badge(
      html`<peel-rating grade="good" previous-grade="good" previous-period="2021/22"></peel-rating>`,
    );
    expect(same.change).to.equal('→same as 2021/22');
  });

  it('a previous period that names no year compares as before', async () => {
    const b = await badge(
      html`<peel-rating grade="good" previous-grade="requires-improvement" previous-period="last time"></peel-rating>`,
    );
    expect(b.change).to.equal('↑up from Requires improvement in last time');
  });

  it('reads status, carried-over period and changes from the data', async () => {
    const of = async (pillar: string, lang = 'en') =>
      badge(html`<peel-rating lang=${lang} pillar=${pillar} .assessment=${CURRENT}></peel-rating>`);
    expect((await of('managing-offenders')).all).to.equal('To be graded');
    expect((await of('victim-service')).all).to.equal('Not inspected in this cycle');
    expect((await of('workforce')).all).to.equal('Not graded');
    const carried = await of('serious-organised-crime');
    expect(carried.label).to.equal('Good');
    expect(carried.status).to.equal('Grade carried over from 2021/22');
    expect((await of('preventing-crime')).change).to.equal('Good in 2018/19; not directly comparable');
    expect((await of('public-treatment')).change).to.equal('→same as 2021/22');
    expect((await of('responding-to-public')).change).to.equal('↓down from Adequate in 2021/22');
    expect((await of('managing-offenders', 'cy')).all).to.equal('I’w raddio');
    expect((await of('serious-organised-crime', 'cy')).status).to.equal('Gradd wedi’i chario drosodd o 2021/22');
    expect((await of('preventing-crime', 'cy')).change).to.equal('Da yn 2018/19; dim modd cymharu’n uniongyrchol');
  });

  it('every status passes axe, light and dark', async () => {
    for (const status of ['pending', 'not-inspected', 'withheld'])
      await expectAccessibleInWrapper(html`<peel-rating status=${status}></peel-rating>`);
    await expectAccessibleInWrapper(
      html`<peel-rating grade="good" status="carried-over" graded-in="2016"></peel-rating>`,
    );
  });
});

describe('monitoring, the source line and hide-source', () => {
  it('says in words that the force is in enhanced monitoring, and since when', async () => {
    const el = await render<HTMLElement>(html`<peel-assessment .assessment=${CURRENT}></peel-assessment>`);
    expect(text(el.shadowRoot!.querySelector('[part="monitoring"]'))).to.equal(
      'The inspectorate has placed this force in enhanced monitoring (Engage) since March 2024',
    );
    const cy = await render<HTMLElement>(html`<peel-assessment lang="cy" .assessment=${CURRENT}></peel-assessment>`);
    expect(text(cy.shadowRoot!.querySelector('[part="monitoring"]'))).to.equal(
      'Mae’r arolygiaeth wedi rhoi’r heddlu hwn mewn monitro uwch (Ymgysylltu) ers Mawrth 2024',
    );
  });

  it('the other stage, and no date', async () => {
    const doc = { ...copy(CURRENT), monitoring: { stage: 'ppog' as const } };
    const el = await render<HTMLElement>(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    expect(text(el.shadowRoot!.querySelector('[part="monitoring"]'))).to.equal(
      'The inspectorate has placed this force in enhanced monitoring (Police Performance Oversight Group)',
    );
  });

  it('names the source under peel-assessment, once, with a link to the report', async () => {
    const el = await render<HTMLElement>(html`<peel-assessment .assessment=${CURRENT}></peel-assessment>`);
    const lines = deepQueryAll(el, '[part="source"]');
    expect(lines.length, 'source lines (the cards inside hide their own)').to.equal(1);
    expect(text(lines[0])).to.equal('Source: HMICFRS PEEL 2023–25, published 12 March 2025 · Read the full report');
    const a = lines[0]!.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://example.org/peel/exampleshire-2023-25');
    expect(text(a)).to.equal('Read the full report');
    const cy = await render<HTMLElement>(html`<peel-assessment lang="cy" .assessment=${CURRENT}></peel-assessment>`);
    expect(text(cy.shadowRoot!.querySelector('[part="source"]'))).to.equal(
      'Ffynhonnell: AHGTAEF, PEEL 2023–25, cyhoeddwyd 12 Mawrth 2025 · Darllen yr adroddiad llawn',
    );
  });

  it('names the source under pillar-summary', async () => {
    const el = await render<HTMLElement>(
      html`<pillar-summary pillar="investigating-crime" .assessment=${CURRENT}></pillar-summary>`,
    );
    expect(text(el.shadowRoot!.querySelector('[part="source"]'))).to.equal(
      'Source: HMICFRS PEEL 2023–25, published 12 March 2025 · Read the full report',
    );
  });

  it('a 2021/22 report without a publication date, and a 2017 report without a cycle', async () => {
    const w = await renderQuietly<HTMLElement>(
      html`<peel-assessment .assessment=${withoutSources(WILTSHIRE)}></peel-assessment>`,
    );
    expect(text(w.shadowRoot!.querySelector('[part="source"]'))).to.equal(
      'Source: HMICFRS PEEL 2021/22 · Read the full report',
    );
    const n = await render<HTMLElement>(
      html`<peel-assessment .assessment=${withoutSources(NORTHAMPTONSHIRE)}></peel-assessment>`,
    );
    expect(text(n.shadowRoot!.querySelector('[part="source"]'))).to.equal(
      'Source: HMICFRS PEEL 2017 · Read the full report',
    );
    // With the pages its grades were read on (the real data names them): those pages, the report among them.
    const named = await renderQuietly<HTMLElement>(html`<peel-assessment .assessment=${WILTSHIRE}></peel-assessment>`);
    expect(text(named.shadowRoot!.querySelector('[part="source"]'))).to.equal(
      'Sources: PEEL 2021/22 – An inspection of Wiltshire Police (HMICFRS); Hellorayo; WiredGov',
    );
  });

  it('has no source line when the data names no cycle, period, date or report', async () => {
    const el = await render<HTMLElement>(
      html`<pillar-summary
        .assessment=${{ force: { name: 'Sampleton' }, pillars: [{ id: 'efficiency', grade: 'good' }] }}
      ></pillar-summary>`,
    );
    expect(el.shadowRoot!.querySelector('[part="source"]')).to.equal(null);
  });

  it('hide-source hides it on peel-assessment and pillar-summary, and removing it brings it back', async () => {
    const a = await render<HTMLElement>(html`<peel-assessment hide-source .assessment=${CURRENT}></peel-assessment>`);
    expect(deepQueryAll(a, '[part="source"]').length).to.equal(0);
    expect(deepText(a)).not.to.include('Source: HMICFRS');
    const p = await render<HTMLElement>(
      html`<pillar-summary hide-source pillar="investigating-crime" .assessment=${CURRENT}></pillar-summary>`,
    );
    expect(p.shadowRoot!.querySelector('[part="source"]')).to.equal(null);
    p.removeAttribute('hide-source');
    await settle(p);
    expect(text(p.shadowRoot!.querySelector('[part="source"]'))).to.include('Source: HMICFRS PEEL 2023–25');
  });
});

describe('pillar-summary: an area’s findings and its questions’ details', () => {
  it('shows the area’s own cause of concern, recommendation and due date', async () => {
    const el = await render<HTMLElement>(
      html`<pillar-summary pillar="responding-to-public" .assessment=${CURRENT}></pillar-summary>`,
    );
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Responding to the public');
    for (const wanted of [
      CAUSE,
      RECOMMENDATIONS[0]!,
      'Due by 30 September 2025',
      'Causes of concern',
      'Recommendations',
    ])
      expect(visible(el, wanted), `visible: ${wanted}`).to.equal(true);
    // The assessment's other findings are not this area's.
    expect(deepText(el)).not.to.include(RECOMMENDATIONS[1]!);
    expect(deepText(el)).not.to.include(IMPROVEMENTS[1]!);
  });

  it('shows areas for improvement and practice on the areas that have them', async () => {
    const inv = await render<HTMLElement>(
      html`<pillar-summary pillar="investigating-crime" .assessment=${CURRENT}></pillar-summary>`,
    );
    expect(visible(inv, 'Areas for improvement')).to.equal(true);
    expect(visible(inv, IMPROVEMENTS[0]!)).to.equal(true);
    const prev = await render<HTMLElement>(
      html`<pillar-summary lang="cy" pillar="preventing-crime" .assessment=${CURRENT}></pillar-summary>`,
    );
    expect(text(prev.shadowRoot!.querySelector('[part="title"]'))).to.equal(
      'Atal troseddu ac ymddygiad gwrthgymdeithasol, a lleihau bod yn agored i niwed',
    );
    expect(visible(prev, 'Arferion addawol ac arloesol')).to.equal(true);
    expect(visible(prev, 'Arfer addawol')).to.equal(true);
    expect(visible(prev, PRACTICE[3]!)).to.equal(true);
  });

  it('puts a question’s findings in a closed <details> whose summary is "Findings"', async () => {
    const el = await render<HTMLElement>(
      html`<pillar-summary pillar="responding-to-public" .assessment=${CURRENT}></pillar-summary>`,
    );
    const details = el.shadowRoot!.querySelectorAll('details');
    expect(details.length).to.equal(1);
    const d = details[0]!;
    expect(d.open).to.equal(false);
    expect(d.getAttribute('part')).to.equal('question-details');
    expect(text(d.querySelector('summary'))).to.equal('Findings');
    expect(visible(el, 'Findings')).to.equal(true);
    // Inside, until the reader opens it.
    expect(text(d)).to.include(QUESTION_SUMMARY);
    expect(text(d)).to.include(QUESTION_IMPROVEMENT);
    expect(text(d)).to.include('Areas for improvement');
    expect(visible(el, QUESTION_SUMMARY), 'hidden while closed').to.equal(false);
    d.querySelector('summary')!.click();
    expect(d.open).to.equal(true);
    expect(visible(el, QUESTION_SUMMARY), 'shown when open').to.equal(true);
    expect(visible(el, QUESTION_IMPROVEMENT)).to.equal(true);
  });

  it('"Canfyddiadau" in Welsh', async () => {
    const el = await render<HTMLElement>(
      html`<pillar-summary lang="cy" pillar="responding-to-public" .assessment=${CURRENT}></pillar-summary>`,
    );
    expect(text(el.shadowRoot!.querySelector('details summary'))).to.equal('Canfyddiadau');
    expect(text(el.shadowRoot!.querySelector('details'))).to.include('Meysydd i’w gwella');
  });

  it('a question without findings has no <details>', async () => {
    const el = await render<HTMLElement>(
      html`<pillar-summary pillar="effectiveness" .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`,
    );
    expect(el.shadowRoot!.querySelectorAll('details').length).to.equal(0);
  });

  for (const level of [1, 3, 5]) {
    it(`has headings in order under heading-level ${level}`, async () => {
      const el = await render<HTMLElement>(
        html`<pillar-summary
          heading-level=${level}
          pillar="responding-to-public"
          .assessment=${CURRENT}
        ></pillar-summary>`,
      );
      const levels = headingLevels(el);
      expect(levels[0]).to.equal(level);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).to.be.at.most(1);
    });
  }

  it('passes axe with findings and details, light and dark, en and cy', async () => {
    for (const lang of ['en', 'cy'])
      await expectAccessibleInWrapper(
        html`<pillar-summary lang=${lang} pillar="responding-to-public" .assessment=${CURRENT}></pillar-summary>`,
      );
  });
});

describe('key-facts-panel: interval, source, period and square-km', () => {
  const facts = async (lang: string) => {
    const el = await render<HTMLElement>(html`<key-facts-panel lang=${lang} .assessment=${CURRENT}></key-facts-panel>`);
    return [...el.shadowRoot!.querySelectorAll('[part="fact"]')].map((f) =>
      [...f.children].map((c) => `${c.getAttribute('part')}: ${text(c)}`),
    );
  };

  it('in English', async () => {
    expect(await facts('en')).to.deep.equal([
      [
        'fact-label: Area',
        'fact-value: 2,367 square kilometres',
        'fact-source: Source: Fictional Office for Examples, 2023',
      ],
      [
        'fact-label: Crimes recorded correctly',
        'fact-value: 92.4%',
        'fact-interval: Confidence interval ±2.7%',
        'fact-source: Source: Fictional crime data audit, 2023/24',
      ],
    ]);
  });

  it('in Welsh', async () => {
    expect(await facts('cy')).to.deep.equal([
      [
        'fact-label: Area',
        'fact-value: 2,367 cilometr sgwâr',
        'fact-source: Ffynhonnell: Fictional Office for Examples, 2023',
      ],
      [
        'fact-label: Crimes recorded correctly',
        'fact-value: 92.4%',
        'fact-interval: Cyfwng hyder ±2.7%',
        'fact-source: Ffynhonnell: Fictional crime data audit, 2023/24',
      ],
    ]);
  });

  it('a period alone, without a source', async () => {
    const doc: Assessment = {
      force: { name: 'Sampleton' },
      keyFacts: { facts: [{ id: 'population', label: 'Population', value: 1000, unit: 'people', period: '2021' }] },
    };
    const el = await render<HTMLElement>(html`<key-facts-panel .assessment=${doc}></key-facts-panel>`);
    expect(text(el.shadowRoot!.querySelector('[part="fact-source"]'))).to.equal('2021');
  });

  it('passes axe, light and dark', async () => {
    await expectAccessibleInWrapper(html`<key-facts-panel .assessment=${CURRENT}></key-facts-panel>`);
  });
});

describe('the real current-format documents', () => {
  for (const [name, doc] of [
    ['Wiltshire 2021/22', WILTSHIRE],
    ['Dyfed-Powys 2023–25', DYFED_POWYS],
  ] as const) {
    for (const lang of ['en', 'cy'] as const) {
      it(`${name} renders in every element without an error or a warning (${lang})`, async () => {
        const a = await renderQuietly<HTMLElement>(
          html`<peel-assessment lang=${lang} .assessment=${doc}></peel-assessment>`,
        );
        expect(a.shadowRoot!.querySelector('[part="message"]'), 'no note').to.equal(null);
        expect(deepText(a)).to.include(doc.force.name);
        for (const p of doc.pillars!) {
          const card = await renderQuietly<HTMLElement>(
            html`<pillar-summary lang=${lang} pillar=${p.id!} .assessment=${doc}></pillar-summary>`,
          );
          expect(card.shadowRoot!.querySelector('[part="message"]'), `no note on ${p.id}`).to.equal(null);
          const rating = await renderQuietly<HTMLElement>(
            html`<peel-rating lang=${lang} pillar=${p.id!} .assessment=${doc}></peel-rating>`,
          );
          expect(rating.shadowRoot!.querySelector('[part="message"]'), `no note on ${p.id}'s badge`).to.equal(null);
        }
      });
    }
    it(`${name} passes axe, light and dark`, async () => {
      await expectAccessibleInWrapper(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    });
  }

  it('Wiltshire: monitoring since June 2022 and the victim-service area not graded', async () => {
    const el = await renderQuietly<HTMLElement>(html`<peel-assessment .assessment=${WILTSHIRE}></peel-assessment>`);
    expect(text(el.shadowRoot!.querySelector('[part="monitoring"]'))).to.equal(
      'The inspectorate has placed this force in enhanced monitoring (Engage) since June 2022',
    );
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Wiltshire Police 2021/22');
  });

  it('Dyfed-Powys: its heading, the glance and the source line', async () => {
    const el = await renderQuietly<HTMLElement>(html`<peel-assessment .assessment=${DYFED_POWYS}></peel-assessment>`);
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Dyfed-Powys Police 2023–25');
    expect(deepText(el.shadowRoot!.querySelector('[part="glance"]')!)).to.equal(
      'Grades at a glance Not graded Providing a service to victims of crime',
    );
    // Its one graded value, the victim service's "not graded", was read on the report page itself.
    expect(text(el.shadowRoot!.querySelector('[part="source"]'))).to.equal('Source: HMICFRS');
    expect(el.shadowRoot!.querySelector('[part="source"] a')!.getAttribute('href')).to.equal(DYFED_POWYS.url);
  });
});

describe('bad values never throw', () => {
  it('status="nonsense" on peel-rating: the note, one warning, one peel-error', async () => {
    let el!: HTMLElement;
    const seen = await observe(async () => {
      el = await render<HTMLElement>(html`<peel-rating status="nonsense"></peel-rating>`);
    });
    expectReported(el, seen, ['status'], 'attribute', { absent: '[part~="label"]' });
    expect(seen.warnings[0]).to.include('nonsense');
  });

  it('status="pending" with a grade: the note, one warning, one peel-error', async () => {
    let el!: HTMLElement;
    const seen = await observe(async () => {
      el = await render<HTMLElement>(html`<peel-rating status="pending" grade="good"></peel-rating>`);
    });
    expectReported(el, seen, ['grade'], 'attribute', { absent: '[part~="label"]' });
  });

  it('an unknown status, a due that is not a date and an unknown practice kind in the data', async () => {
    const doc = copy(CURRENT);
    loose(doc.pillars![0]!).status = 'ungraded';
    loose(doc.causesOfConcern![0]!).due = '30/09/2025';
    loose(doc.practice![0]!).kind = 'clever';
    let el!: HTMLElement;
    const seen = await observe(async () => {
      el = await render<HTMLElement>(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    });
    expectReported(el, seen, ['causesOfConcern[0].due', 'practice[0].kind', 'pillars[0].status'], 'assessment', {
      absent: '[part="base"]',
    });
    expect(deepText(el)).to.equal(ERROR(el));
  });

  it('a key fact interval that is not a number', async () => {
    const doc = copy(CURRENT);
    loose(doc.keyFacts!.facts![1]!).interval = '2.7';
    let el!: HTMLElement;
    const seen = await observe(async () => {
      el = await render<HTMLElement>(html`<key-facts-panel .assessment=${doc}></key-facts-panel>`);
    });
    expectReported(el, seen, ['keyFacts.facts[1].interval'], 'assessment', { absent: '[part="base"]' });
  });

  it('odd but valid attributes render without a report: graded-in without carried-over, an empty previous-period', async () => {
    const el = await renderQuietly<HTMLElement>(
      html`<peel-rating grade="good" graded-in="2016" previous-grade="good" previous-period=""></peel-rating>`,
    );
    expect(deepText(el)).to.equal('Good → same as before (Good)');
    const carried = await renderQuietly<HTMLElement>(
      html`<peel-rating status="carried-over" graded-in="2016"></peel-rating>`,
    );
    // Carried over with no grade is valid data: the badge says where the (absent) grade comes from.
    expect(deepText(carried)).to.equal('Grade carried over from 2016');
  });
});
