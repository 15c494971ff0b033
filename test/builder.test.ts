// The embed builder (issue 12), in a real browser: it passes axe and works by keyboard; for each element,
// the code it hands over, pasted into a blank page with only the bundle, renders the text of the preview;
// the code's fallback is what a reader without JavaScript gets; bad data is reported with its paths;
// colours are checked for contrast; the state round-trips through the address.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../builder/peel-embed-builder.js';
import type { PeelEmbedBuilder } from '../builder/peel-embed-builder.js';
import { contrast, formatRatio, parseHex } from '../builder/contrast.js';
import { checkBrand } from '../builder/tokens.js';
import { readState } from '../builder/state.js';
import {
  ORIGINAL_URL,
  REPORT,
  code,
  control,
  mount,
  noScriptView,
  previewNote,
  previews,
  previewText,
  previewsReady,
  renderedText,
  set,
} from './builder-helpers.js';
import { escapeHtml, scriptJson } from '../builder/snippet.js';

afterEach(() => history.replaceState(null, '', ORIGINAL_URL));

const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

describe('embed builder', () => {
  describe('the page', () => {
    it('renders with every named control, the preview region and the code', async () => {
      const builder = await mount();
      for (const label of [
        'Element',
        'Force',
        'Inspection cycle',
        'Language',
        'Colour scheme',
        'Area',
        'Variant',
        'Size',
        'Code to copy',
      ])
        expect(control(builder, label), label).to.exist;
      const region = builder.querySelector('section.preview')!;
      expect(document.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal('Preview');
      expect(control<HTMLTextAreaElement>(builder, 'Code to copy').readOnly).to.equal(true);
      const copy = [...builder.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy code');
      expect(copy).to.exist;
      // One preview, a page of its own 375 px wide.
      expect(builder.querySelectorAll('.preview iframe')).to.have.length(1);
      expect(previews(builder)[0].ownerDocument.documentElement.clientWidth).to.equal(375);
      expect(previewText(builder)).to.contain('Requires improvement');
    });

    it('has no axe violation, for a badge and for the whole assessment with a colour warning', async () => {
      const builder = await mount();
      await expect(builder).to.be.accessible();
      await set(builder, 'Element', 'peel-assessment');
      // A non-text colour below 3:1 (axe judges text only, and the preview shows what was chosen).
      await set(builder, 'Accent colour', '#dddddd');
      expect(builder.querySelector('.warnings')!.textContent).to.contain('Warning');
      await expect(builder).to.be.accessible();
    });

    it('works by keyboard alone: tab to a control, change it, tab to Copy code and press it', async () => {
      const builder = await mount();
      const element = control<HTMLSelectElement>(builder, 'Element');
      (document.activeElement as HTMLElement | null)?.blur();
      let presses = 0;
      while (document.activeElement !== element && presses++ < 40) await sendKeys({ press: 'Tab' });
      expect(document.activeElement, 'Tab reaches Element').to.equal(element);
      await sendKeys({ press: 'ArrowDown' });
      // A select drawn by the page (appearance: base-select) opens its list on ArrowDown; a native one may
      // change at once.
      if (element.value !== 'pillar-summary') {
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Enter' });
      }
      await previewsReady(builder);
      expect(element.value).to.equal('pillar-summary');
      expect(previews(builder)[0].localName).to.equal('pillar-summary');
      expect(code(builder)).to.contain('<pillar-summary');

      const copy = [...builder.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy code')!;
      presses = 0;
      while (document.activeElement !== copy && presses++ < 80) await sendKeys({ press: 'Tab' });
      expect(document.activeElement, 'Tab reaches Copy code').to.equal(copy);
      await sendKeys({ press: 'Enter' });
      const status = builder.querySelector('.copied')!;
      expect(status.getAttribute('role')).to.equal('status');
      await waitUntil(() => status.textContent!.trim(), 'a confirmation');
      expect(status.textContent).to.match(/Code copied|Could not copy/);
      expect(status.getBoundingClientRect().height, 'the confirmation is visible').to.be.greaterThan(0);
    });
  });

  describe('the code renders what the preview shows', () => {
    const cases: [string, [string, string | boolean][], RegExp][] = [
      [
        'peel-rating',
        [
          ['Area', 'legitimacy'],
          ['Variant', 'scale'],
          ['Size', 'large'],
          ['Language', 'cy'],
          ['Colour scheme', 'dark'],
        ],
        /Angen gwella/,
      ],
      [
        'pillar-summary',
        [
          ['Area', 'efficiency'],
          ['Heading level', '3'],
          ['Language', 'cy'],
          ['Show the source line (the inspectorate, cycle and date)', false],
        ],
        /Effeithlonrwydd/,
      ],
      [
        'key-facts-panel',
        [
          ['Heading level', '4'],
          ['Colour scheme', 'light'],
        ],
        /Key facts/,
      ],
      [
        'peel-assessment',
        [
          ['Heading level', '3'],
          ['Show the source line (the inspectorate, cycle and date)', false],
          ['Accent colour', '#12213a'],
        ],
        /Legitimacy/,
      ],
      [
        'peel-compare',
        [
          ['Force', 'gwent'],
          ['Inspection cycle', 'peel-2017'],
          ['Inspection cycle', 'peel-2017'],
          ['Group the forces by region', true],
          ['Region', 'Wales'],
          ['Sort by', '-effectiveness'],
          ['Language', 'cy'],
        ],
        /Gwent/,
      ],
      ['peel-history', [['Force', 'wiltshire']], /Wiltshire Police: PEEL grades, 2015 to 2023–25/],
    ];
    for (const [tag, settings, expected] of cases)
      it(`${tag}: the same text from the code in a blank page with only the bundle`, async () => {
        const builder = await mount();
        await set(builder, 'Element', tag);
        for (const [label, value] of settings) await set(builder, label, value);
        expect(previews(builder)[0].localName).to.equal(tag);
        const want = previewText(builder);
        expect(want).to.match(expected);
        const markup = code(builder);
        expect(markup).to.contain(
          `<script type="module" src="${new URL('/dist/peel-widgets.min.js', location.href)}"></script>`,
        );
        // At the preview's width (the page's body has 8 px margins): compare's layout follows its own width.
        const width = Math.round(previews(builder)[0].getBoundingClientRect().width) + 16;
        expect(await renderedText(markup, want, width)).to.equal(want);
      });
  });

  describe('the fallback in the code is what a reader without JavaScript sees', () => {
    it('peel-rating: the grade as text, linked to the report, and the licence of the data', async () => {
      const builder = await mount();
      const view = await noScriptView(code(builder));
      expect(view.text).to.equal(
        'Requires improvement Contains public sector information licensed under the Open Government Licence v3.0.',
      );
      expect(view.links).to.deep.equal([`${REPORT}effectiveness/`, OGL]);
    });

    it('pillar-summary, in Welsh: the area, its grade and the report link', async () => {
      const builder = await mount();
      await set(builder, 'Element', 'pillar-summary');
      await set(builder, 'Area', 'efficiency');
      await set(builder, 'Language', 'cy');
      const view = await noScriptView(code(builder));
      expect(view.text).to.equal(
        'Northamptonshire Police, PEEL 2017. Effeithlonrwydd: Da. Darllen yr adroddiad llawn Yn cynnwys gwybodaeth y sector cyhoeddus a drwyddedwyd dan Drwydded Llywodraeth Agored v3.0.',
      );
      expect(view.links).to.have.length(2);
      expect(view.links[1]).to.equal(
        'https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/',
      );
    });

    it('key-facts-panel and peel-assessment: the force, every grade and the report link, no JSON', async () => {
      const builder = await mount();
      await set(builder, 'Element', 'key-facts-panel');
      let view = await noScriptView(code(builder));
      expect(view.text).to.equal(
        'Key facts: Northamptonshire Police, PEEL 2017. Read the full report Contains public sector information licensed under the Open Government Licence v3.0.',
      );
      await set(builder, 'Element', 'peel-assessment');
      view = await noScriptView(code(builder));
      expect(view.text).to.contain('Effectiveness: Requires improvement');
      expect(view.text).to.contain('Efficiency: Good');
      expect(view.text).to.contain('Legitimacy: Requires improvement');
      expect(view.text).to.contain('Read the full PEEL report');
      expect(view.text).not.to.contain('schemaVersion');
      expect(view.links).to.deep.equal([REPORT, OGL]);
    });

    it('peel-compare: the chosen force and its grades', async () => {
      const builder = await mount();
      await set(builder, 'Element', 'peel-compare');
      await set(builder, 'Force', 'wiltshire');
      await set(builder, 'Inspection cycle', 'peel-2017');
      const view = await noScriptView(code(builder));
      expect(view.text).to.match(/^Wiltshire Police, PEEL 2017 Effectiveness: \w/);
    });
  });

  describe('data', () => {
    it('lists the 43 forces of the register and the fictional example, and the cycles each has', async () => {
      const builder = await mount();
      const forces = control<HTMLSelectElement>(builder, 'Force');
      expect(forces.options).to.have.length(44);
      await set(builder, 'Force', 'wiltshire');
      const cycles = [...control<HTMLSelectElement>(builder, 'Inspection cycle').options].map((o) => o.textContent);
      // Full or partial against the count of areas the report graded (areasGraded); without it, the count of grades.
      expect(cycles).to.deep.equal([
        'PEEL 2015: full (3 of 3 pillars)',
        'PEEL 2016: full (3 of 3 pillars)',
        'PEEL 2017: 3 pillars',
        'PEEL 2018/19: full (3 of 3 pillars)',
        'PEEL 2021/22: full (8 of 8 areas)',
        'PEEL 2023–25: full (9 of 9 areas)',
      ]);
      const labels = async (force: string) => {
        await set(builder, 'Force', force);
        return [...control<HTMLSelectElement>(builder, 'Inspection cycle').options].map((o) => o.textContent);
      };
      expect(await labels('lincolnshire')).to.include('PEEL 2021/22: partial (9 of 10 areas)');
      expect(await labels('metropolitan')).to.include.members([
        'PEEL 2021/22: partial (9 of 10 areas)',
        'PEEL 2023–25: full (8 of 8 areas)',
      ]);
      expect(await labels('warwickshire')).to.include('PEEL 2023–25: partial (5 of 9 areas)');
      expect(await labels('derbyshire')).to.include('PEEL 2023–25: full (8 of 8 areas)');
      expect(await labels('derbyshire'), 'no report page states its count').to.include('PEEL 2021/22: 5 areas');
    });

    it('bad JSON: the parser’s message with its path beside the field; the preview says so, the code keeps the last good data', async () => {
      const builder = await mount();
      builder.querySelector<HTMLInputElement>('#data-mode-paste')!.click();
      await previewsReady(builder);
      await set(builder, 'JSON document', '{"force": ');
      const field = control<HTMLTextAreaElement>(builder, 'JSON document');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const problems = document.getElementById(field.getAttribute('aria-describedby')!)!;
      expect(problems.textContent).to.contain('(root): This is not valid JSON');
      // Not another force's grades: the preview says the data has a problem.
      expect(previews(builder)[0].localName).to.equal('p');
      expect(previewNote(builder)).to.contain('The data has a problem');
      await expect(builder).to.be.accessible();

      await set(
        builder,
        'JSON document',
        '{"force":{"name":"Exampleshire"},"pillars":[{"id":"legitimacy","grade":"godo"}]}',
      );
      expect(problems.textContent).to.match(/pillars\[0\]\.grade: .*godo/);
      expect(code(builder)).to.contain('Requires improvement');

      await set(
        builder,
        'JSON document',
        '{"force":{"name":"Exampleshire"},"pillars":[{"id":"legitimacy","grade":"good"}]}',
      );
      expect(problems.textContent!.trim()).to.equal('');
      expect(field.getAttribute('aria-invalid')).to.equal('false');
      expect(previewNote(builder)).to.equal('');
      expect(previewText(builder)).to.contain('Good');
    });

    it('from a URL: the preview shows the fetched data and the code points src at it; a failed request is said plainly', async () => {
      const builder = await mount();
      builder.querySelector<HTMLInputElement>('#data-mode-url')!.click();
      await builder.updateComplete;
      await set(builder, 'Data URL', '/__peel/ok/wiltshire-2021-22');
      await waitUntil(
        () => code(builder).includes('Wiltshire') || code(builder).includes('wiltshire'),
        'the fetched data',
      );
      await previewsReady(builder);
      expect(code(builder)).to.contain('src="/__peel/ok/wiltshire-2021-22"');
      expect(code(builder)).not.to.contain('application/json');
      // The first graded area.
      expect(previewText(builder)).to.equal('Requires improvement');

      await set(builder, 'Data URL', '/__peel/status/404');
      const problems = document.getElementById(control(builder, 'Data URL').getAttribute('aria-describedby')!)!;
      await waitUntil(() => problems.textContent!.includes('404'), 'the failure in words');
      expect(problems.textContent).to.contain('(root): The server answered 404');
      expect(code(builder), 'the code keeps the last good data').to.contain('__peel/ok/wiltshire');
      await previewsReady(builder);
      expect(previewNote(builder), 'the preview says so').to.contain('The data has a problem');

      await set(builder, 'Data URL', '/__peel/invalid');
      await waitUntil(() => problems.textContent!.includes('pillars[0].grade'), 'the parser’s messages');

      await set(builder, 'Data URL', 'javascript:alert(1)');
      expect(problems.textContent).to.contain('starting with https://');
    });

    it('escapes data: markup is text, a script end cannot close the JSON, only http(s) links', async () => {
      const builder = await mount();
      builder.querySelector<HTMLInputElement>('#data-mode-paste')!.click();
      await previewsReady(builder);
      const hostile = {
        force: { name: '<img src=x onerror=alert(1)></script>' },
        url: 'javascript:alert(1)',
        pillars: [{ id: 'legitimacy', grade: 'good', url: 'javascript:alert(2)' }],
      };
      await set(builder, 'JSON document', JSON.stringify(hostile));
      await set(builder, 'Element', 'pillar-summary');
      const markup = code(builder);
      // Data stays data: the URL is in the JSON as text, and never becomes a link.
      expect(markup).not.to.match(/href="javascript/);
      expect(markup).not.to.contain('<img');
      expect(markup.match(/<\/script>/g)).to.have.length(2); // the bundle's and the JSON's own
      const view = await noScriptView(markup);
      expect(view.links).to.deep.equal([]);
      expect(view.text).to.contain('<img src=x onerror=alert(1)></script>. Legitimacy: Good. Read the full report');
      expect(await renderedText(markup, previewText(builder))).to.equal(previewText(builder));
    });
  });

  describe('brand colours', () => {
    it('computes WCAG contrast', () => {
      expect(contrast(parseHex('#000')!, parseHex('#fff')!)).to.equal(21);
      expect(formatRatio(contrast(parseHex('#777777')!, parseHex('#ffffff')!))).to.equal('4.47:1');
      expect(formatRatio(contrast(parseHex('#767676')!, parseHex('#ffffff')!))).to.equal('4.54:1');
    });

    it('the built-in palette passes every pair it checks, in both schemes', () => {
      const surface = { surface: '#ffffff' };
      expect(checkBrand(surface, ['light']).filter((c) => c.ratio < c.needed)).to.deep.equal([]);
    });

    it('warns in plain words, live, when a choice falls below AA; the style block carries the tokens', async () => {
      const builder = await mount();
      await set(builder, 'Link colour', '#8ec5ff');
      const warnings = builder.querySelector('.warnings')!;
      expect(warnings.getAttribute('role')).to.equal('status');
      expect(warnings.textContent!.replace(/\s+/g, ' ')).to.contain('Link colour on the surface, light scheme');
      expect(warnings.textContent).to.contain('needs at least 4.5:1');
      expect(code(builder)).to.contain('--peel-color-link: #8ec5ff;');
      // Link colour on a dark surface passes; the non-text accent needs 3:1 only.
      await set(builder, 'Colour scheme', 'dark');
      expect(warnings.textContent!.trim()).to.equal('');
      expect(code(builder)).to.contain('color-scheme: dark;');
      await set(builder, 'Surface colour', '#ffffff');
      expect(warnings.textContent).to.contain('Secondary text');
      const preview = previews(builder)[0];
      expect(
        preview.ownerDocument.defaultView!.getComputedStyle(preview).getPropertyValue('--peel-color-link').trim(),
      ).to.equal('#8ec5ff');
    });
  });

  describe('alternatives and sharing', () => {
    it('the iframe snippet and the SVG badge', async () => {
      const builder = await mount();
      builder.querySelector<HTMLInputElement>('#code-kind-iframe')!.click();
      await builder.updateComplete;
      const iframe = new DOMParser().parseFromString(code(builder), 'text/html').querySelector('iframe')!;
      const url = new URL(iframe.getAttribute('src')!);
      expect(url.pathname).to.equal('/dist/embed.html');
      expect(url.searchParams.get('element')).to.equal('peel-rating');
      expect(url.searchParams.get('pillar')).to.equal('effectiveness');
      expect(url.searchParams.get('src')).to.match(/\/dist\/data\/northamptonshire-2017\.json$/);
      expect(iframe.title).to.equal('Northamptonshire Police: PEEL inspection ratings');
      // No border, the column's width, lazy, and the lines that apply the heights its page reports (issue 24).
      expect([iframe.style.border, iframe.style.width, iframe.getAttribute('loading')]).to.deep.equal([
        '0px',
        '100%',
        'lazy',
      ]);
      expect(code(builder)).to.contain(`e.origin !== ${JSON.stringify(url.origin)}`);
      expect(code(builder)).to.contain("frame.style.height = e.data.height + 'px'");

      builder.querySelector<HTMLInputElement>('#code-kind-svg')!.click();
      await builder.updateComplete;
      const svg = new DOMParser().parseFromString(code(builder), 'image/svg+xml').documentElement;
      expect(svg.localName).to.equal('svg');
      expect(svg.querySelector('title')!.textContent).to.equal('Effectiveness: Requires improvement');
      const download = [...builder.querySelectorAll('a')].find((a) => a.textContent === 'Download the SVG badge')!;
      // Named by force, cycle and area.
      expect(download.getAttribute('download')).to.equal('northamptonshire-2017-effectiveness.svg');
      await expect(builder).to.be.accessible();
    });

    it('keeps its state in the address, and reopens from it', async () => {
      const builder = await mount();
      await set(builder, 'Element', 'pillar-summary');
      await set(builder, 'Force', 'wiltshire');
      await set(builder, 'Inspection cycle', 'peel-2021-22');
      await set(builder, 'Language', 'cy');
      await set(builder, 'Good grade colour', '#0a5c36');
      const params = new URLSearchParams(location.search);
      expect(params.get('element')).to.equal('pillar-summary');
      expect(params.get('force')).to.equal('wiltshire');
      expect(params.get('c-good')).to.equal('0a5c36');
      const before = code(builder);
      builder.remove();
      const reopened = await fixture<PeelEmbedBuilder>(
        html`<peel-embed-builder asset-base="/dist/"></peel-embed-builder>`,
      );
      await previewsReady(reopened);
      expect(code(reopened)).to.equal(before);
      expect(control<HTMLSelectElement>(reopened, 'Language').value).to.equal('cy');
    });

    it('an address edited by hand falls back to defaults, never to a broken page', () => {
      const state = readState('?element=marquee&heading-level=9&c-text=red&scheme=neon');
      expect([state.element, state.headingLevel, state.brand, state.scheme]).to.deep.equal([
        'peel-rating',
        2,
        {},
        'page',
      ]);
    });

    it('escapes for HTML and for a JSON script', () => {
      expect(escapeHtml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
      expect(JSON.parse(scriptJson({ a: '</script><!--' }))).to.deep.equal({ a: '</script><!--' });
      expect(scriptJson({ a: '</script>' })).not.to.contain('<');
    });
  });
});
