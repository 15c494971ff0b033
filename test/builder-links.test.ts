// Issue 16: what a shared link to the embed builder can and cannot do. A link sets options and data,
// never the address of code that runs; data from an address says where it comes from; odd input gives
// code or a plain message, never an exception; the address stays short enough for any server.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { PeelEmbedBuilder } from '../builder/peel-embed-builder.js';
import { ORIGINAL_URL, code, control, mount, previewText, previewsReady, set } from './builder-helpers.js';
import { packText } from '../builder/link.js';
import { reading } from '../builder/data.js';
import { VERSION, privateHost } from '../builder/assets.js';
import { parseDocument } from '../src/data/parse.js';
import { releaseHolds } from './helpers.js';
import northamptonshire from '../data/2017/northamptonshire-2017.json' with { type: 'json' };
import dyfedPowys from '../data/2023-25/dyfed-powys-2023-25.json' with { type: 'json' };

afterEach(() => history.replaceState(null, '', ORIGINAL_URL));

const DEFAULT_FOLDER = new URL('/dist/', location.href).href;
const DEFAULT_SCRIPT = new URL('/dist/peel-widgets.min.js', location.href).href;
const DEFAULT_CSS = new URL('/dist/peel-widgets-fallback.css', location.href).href;

/** A builder opened from exactly this address (not cleaned up first, as a shared link would arrive). */
async function open(query: string): Promise<PeelEmbedBuilder> {
  history.replaceState(null, '', `${location.pathname}${query}`);
  const builder = await fixture<PeelEmbedBuilder>(html`<peel-embed-builder asset-base="/dist/"></peel-embed-builder>`);
  await previewsReady(builder);
  return builder;
}

/** The builder's paste option, with `text` pasted. */
async function paste(builder: PeelEmbedBuilder, text: string) {
  builder.querySelector<HTMLInputElement>('#data-mode-paste')!.click();
  await builder.updateComplete;
  await set(builder, 'JSON document', text);
}

const problemsOf = (builder: PeelEmbedBuilder, label: string) =>
  document.getElementById(control(builder, label).getAttribute('aria-describedby')!.split(' ')[0])!.textContent!;

// The builder's time-out case holds its answer for good; let go once the file ends.
after(() => releaseHolds('builder-timeout'));

describe('embed builder links (issue 16)', () => {
  describe('a shared link never chooses the script or stylesheet', () => {
    it('ignores script= and css= in the address: the code loads the builder’s own copies', async () => {
      const builder = await open(
        '?script=data:text/javascript,alert(document.domain)&css=https://evil.example/x.css&element=pillar-summary',
      );
      // Gone from the address bar at once, before any change.
      expect(location.search).not.to.match(/script=|css=/);
      expect(location.search).to.contain('element=pillar-summary');
      const markup = code(builder);
      expect(markup).to.contain('<pillar-summary');
      expect(markup).not.to.contain('data:text/javascript');
      expect(markup).not.to.contain('evil.example');
      expect(markup).to.contain(`<script type="module" src="${DEFAULT_SCRIPT}"></script>`);
      expect(markup).to.contain(`<link rel="stylesheet" href="${DEFAULT_CSS}" />`);
      expect(control(builder, 'Address of the folder').value).to.equal(DEFAULT_FOLDER);
      // The next change writes the address without them.
      await set(builder, 'Language', 'cy');
      expect(location.search).not.to.match(/script=|css=/);
      expect(location.search).to.contain('element=pillar-summary');
    });

    it('a typed http(s) folder goes into the code, with the host named next to it, and never into the link', async () => {
      const builder = await mount();
      await set(builder, 'Address of the folder', 'https://cdn.example.org/lib');
      const markup = code(builder);
      expect(markup).to.contain('<script type="module" src="https://cdn.example.org/lib/peel-widgets.min.js">');
      expect(markup).to.contain(
        '<link rel="stylesheet" href="https://cdn.example.org/lib/peel-widgets-fallback.css" />',
      );
      const note = builder.querySelector('.code .hosts')!;
      expect(note.textContent!.replace(/\s+/g, ' ')).to.contain(
        'This code loads its files from cdn.example.org, the folder you typed',
      );
      // Next to the code: the copy field names the note among its descriptions.
      const field = control<HTMLTextAreaElement>(builder, 'Code to copy');
      expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(note.id);
      expect(location.search).not.to.match(/script=|css=|example/);
      await expect(builder).to.be.accessible();
    });

    it('a typed address that is not http(s) is refused in words, and the code keeps the builder’s copy', async () => {
      const builder = await mount();
      for (const typed of ['data:text/javascript,alert(1)', 'javascript:alert(1)', '//evil.example/x.js', 'x.js']) {
        await set(builder, 'Address of the folder', typed);
        const field = control(builder, 'Address of the folder');
        expect(field.getAttribute('aria-invalid'), typed).to.equal('true');
        expect(document.getElementById('folder-problems')!.textContent, typed).to.contain('starting with https://');
        expect(code(builder), typed).to.contain(`<script type="module" src="${DEFAULT_SCRIPT}"></script>`);
        expect(code(builder), typed).not.to.contain('alert');
        expect(builder.querySelector('.code .hosts'), typed).to.equal(null);
      }
      await expect(builder).to.be.accessible();
    });
  });

  describe('data from an address', () => {
    it('the preview and the code name the data’s host', async () => {
      const builder = await open('?data=url&url=/__peel/ok/wiltshire-2021-22');
      await waitUntil(() => code(builder).includes('__peel/ok/wiltshire'), 'the fetched data');
      await previewsReady(builder);
      const host = location.host;
      const note = builder.querySelector('.preview .data-host')!;
      expect(note.textContent!.replace(/\s+/g, ' ')).to.contain(`Data from ${host}`);
      expect(code(builder)).to.contain(`<!-- Data from ${host}`);
      builder.querySelector<HTMLInputElement>('#code-kind-iframe')!.click();
      await builder.updateComplete;
      expect(code(builder)).to.contain(`<!-- Data from ${host}`);
      await expect(builder).to.be.accessible();
    });

    it('the shipped data says nothing of the kind', async () => {
      const builder = await mount();
      expect(builder.querySelector('.preview .data-host')).to.equal(null);
      expect(code(builder)).not.to.contain('Data from');
    });
  });

  describe('odd input gives code or a plain message, never an exception', () => {
    it('a lone surrogate in a text (pasted as is, or as a JSON escape): named by its path', async () => {
      const builder = await mount();
      // Written out: JSON.stringify would escape the surrogate.
      const doc = (title: string) =>
        `{"force":{"name":"Exampleshire"},"pillars":[{"id":"effectiveness","title":"${title}","grade":"good"}]}`;
      for (const text of [doc('Effective\ud800ness'), doc('Effective\\ud800ness')]) {
        await paste(builder, text);
        expect(problemsOf(builder, 'JSON document')).to.contain('pillars[0].title');
        expect(problemsOf(builder, 'JSON document')).to.contain('unpaired surrogate');
        expect(code(builder)).to.contain('<peel-rating');
        builder.querySelector<HTMLInputElement>('#code-kind-svg')!.click();
        await builder.updateComplete;
        expect(code(builder)).to.contain('<svg');
        builder.querySelector<HTMLInputElement>('#code-kind-element')!.click();
        await builder.updateComplete;
      }
      // Fixed, it is read.
      await set(builder, 'JSON document', doc('Effectiveness'));
      expect(code(builder)).to.contain('Effectiveness');
      expect(previewText(builder)).to.equal('Good');
    });

    it('a document nested 20,000 deep: a plain message, and the code of the last data that worked', async () => {
      const builder = await mount();
      await set(builder, 'Element', 'peel-assessment');
      const deep = `{"force":{"name":"Deep","more":${'['.repeat(20000)}${']'.repeat(20000)}},"pillars":[]}`;
      await paste(builder, deep);
      expect(problemsOf(builder, 'JSON document')).to.contain('nested more than');
      expect(code(builder)).to.contain('Northamptonshire');
      expect(builder.querySelector('.code p.problems')!.textContent).to.contain('last data that worked');
      await expect(builder).to.be.accessible();
    });
  });

  describe('the address stays short', () => {
    it('a pasted document goes into the address compressed, and the link reopens it', async () => {
      const builder = await mount();
      const text = JSON.stringify(dyfedPowys, null, 2);
      await paste(builder, text);
      await waitUntil(() => location.search.includes('doc='), 'the document in the address');
      expect(location.search.length).to.be.at.most(2000);
      expect(location.search).not.to.contain('json=');
      const before = code(builder);
      expect(before).to.contain('Dyfed-Powys');
      builder.remove();
      const reopened = await fixture<PeelEmbedBuilder>(
        html`<peel-embed-builder asset-base="/dist/"></peel-embed-builder>`,
      );
      await waitUntil(() => code(reopened).includes('Dyfed-Powys'), 'the document from the link');
      await previewsReady(reopened);
      // The same code, said to come from the link (issue 22).
      const link =
        "<!-- Data from the link you opened, not from peel-widgets: check that it is the inspectorate's before you publish it. -->\n";
      expect(code(reopened)).to.equal(link + before);
      expect(control<HTMLTextAreaElement>(reopened, 'JSON document').value).to.equal(text);
    });

    it('a document too big for a link stays in the page, and the builder says so', async () => {
      const builder = await mount();
      await paste(builder, JSON.stringify(northamptonshire, null, 2));
      const note = () => builder.querySelector('.link-note')?.textContent?.replace(/\s+/g, ' ') ?? '';
      await waitUntil(() => note().includes('too big for a link'), 'the note');
      expect(location.search.length).to.be.at.most(2000);
      expect(location.search).not.to.match(/doc=|json=/);
      expect(location.search).to.contain('data=paste');
      expect(code(builder)).to.contain('Northamptonshire');
      await expect(builder).to.be.accessible();
    });

    it('a link whose document does not unpack says so plainly', async () => {
      const builder = await open('?data=paste&doc=not-deflate-at-all');
      await waitUntil(() => problemsOf(builder, 'JSON document').includes('could not be read'), 'the message');
      expect(code(builder)).to.contain('<peel-rating');
    });
  });

  describe('nothing someone else sends can mislead or stall it (issue 22)', () => {
    /** This test server under another name: another origin. */
    const other = `http://127.0.0.1:${location.port}`;
    const noteOf = (builder: PeelEmbedBuilder) =>
      builder.querySelector('.preview .data-host')?.textContent?.replace(/\s+/g, ' ') ?? '';
    const kind = async (builder: PeelEmbedBuilder, which: 'element' | 'iframe' | 'svg') => {
      builder.querySelector<HTMLInputElement>(`#code-kind-${which}`)!.click();
      await builder.updateComplete;
      return code(builder);
    };

    it('a gzip bomb at a data address is given up past 5,000,000 bytes; the last good data stays', async () => {
      const builder = await open('?data=url&url=/__peel/gzip-bomb');
      await waitUntil(() => !builder.loading, 'the read settles');
      expect(problemsOf(builder, 'Data URL')).to.contain('The answer is over 5000000 bytes');
      expect(code(builder)).to.match(/northamptonshire/i);
      expect(code(builder)).not.to.contain('Bomb');
    });

    it('a server that does not answer: the builder gives up at its time limit, not “Loading…” forever', async () => {
      const limit = reading.timeout;
      reading.timeout = 300;
      try {
        const builder = await open('?data=url&url=/__peel/ok/wiltshire-2021-22?hold=builder-timeout');
        await waitUntil(() => problemsOf(builder, 'Data URL').includes('No answer within 0.3 seconds'), 'gave up');
        expect(builder.querySelector('.controls')!.textContent).not.to.contain('Loading…');
      } finally {
        reading.timeout = limit;
      }
    });

    it('a link whose document has 490,000 problems lists the first 20 and how many more, and loads', async () => {
      const doc = { force: { name: 'Exampleshire' }, pillars: Array(490_000).fill(1) };
      const parsed = parseDocument(doc);
      const total = parsed.ok ? 0 : parsed.errors.length;
      const packed = await packText(JSON.stringify(doc));
      expect(packed.length).to.be.below(2000);
      const builder = await open(`?data=paste&doc=${packed}`);
      await waitUntil(() => problemsOf(builder, 'JSON document').includes('more'), 'the problems listed');
      const list = document.getElementById('json-problems')!;
      expect(list.querySelectorAll('li')).to.have.length(21);
      expect(list.querySelector('li:last-child')!.textContent).to.equal(
        `… and ${(total - 20).toLocaleString('en')} more`,
      );
      expect(list.textContent).to.contain(`The data has ${total.toLocaleString('en')} problems`);
      expect(code(builder)).to.contain('Northamptonshire');
      await expect(builder).to.be.accessible();
    });

    it('"Data from" names the host of the final answer after a redirect, in the preview and every kind of code', async () => {
      const to = `${other}/__peel/ok/wiltshire-2021-22`;
      const builder = await open(
        `?data=url&url=${encodeURIComponent(`/__peel/redirect?to=${encodeURIComponent(to)}`)}`,
      );
      await waitUntil(() => noteOf(builder).includes('Data from'), 'the fetched data');
      await previewsReady(builder);
      expect(previewText(builder)).to.equal('Requires improvement');
      const host = `127.0.0.1:${location.port}`;
      expect(noteOf(builder)).to.contain(`Data from ${host}, not from peel-widgets`);
      expect(await kind(builder, 'element')).to.contain(`<!-- Data from ${host}, not from peel-widgets`);
      expect(await kind(builder, 'iframe')).to.contain(`<!-- Data from ${host}, not from peel-widgets`);
      const svg = await kind(builder, 'svg');
      expect(svg).to.contain(`<!-- Data from ${host}, not from peel-widgets`);
      expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).to.equal(null);
      expect(code(builder)).not.to.contain(location.host);
    });

    it('a document the link carries is labelled as the link’s, in the preview and the code, until it is changed', async () => {
      const doc = JSON.stringify(dyfedPowys);
      for (const query of [`?data=paste&doc=${await packText(doc)}`, `?data=paste&json=${encodeURIComponent(doc)}`]) {
        const builder = await open(query);
        await waitUntil(() => code(builder).includes('Dyfed-Powys'), 'the document from the link');
        await previewsReady(builder);
        expect(noteOf(builder), query.slice(0, 20)).to.contain('Data from the link you opened, not from peel-widgets');
        expect(code(builder)).to.contain('<!-- Data from the link you opened, not from peel-widgets');
        expect(await kind(builder, 'svg')).to.contain('<!-- Data from the link you opened');
        await kind(builder, 'element');
        // Changed here, it is the person's own.
        await set(builder, 'JSON document', doc.replace('Dyfed-Powys Police', 'Heddlu Dyfed-Powys'));
        expect(noteOf(builder)).to.equal('');
        expect(code(builder)).not.to.contain('Data from');
        builder.remove();
      }
    });

    it('an old link’s written-out document (json=) is capped as a packed one is: 1 MB', async () => {
      const big = JSON.stringify({ ...dyfedPowys, pad: 'x'.repeat(1_000_001) });
      const builder = await open(`?data=paste&json=${encodeURIComponent(big)}`);
      await waitUntil(() => problemsOf(builder, 'JSON document').includes('could not be read'), 'the message');
      expect(problemsOf(builder, 'JSON document')).to.contain('more than 1 MB');
      expect(code(builder)).to.contain('Northamptonshire');
    });

    it('a typed folder is read as it will be used: https:host (no slashes) is refused; the code has it resolved', async () => {
      const builder = await mount();
      await set(builder, 'Address of the folder', 'https:evil.example/js/');
      expect(control(builder, 'Address of the folder').getAttribute('aria-invalid')).to.equal('true');
      expect(code(builder)).to.contain(`<script type="module" src="${DEFAULT_SCRIPT}"></script>`);
      expect(code(builder)).not.to.contain('evil.example');
      await set(builder, 'Address of the folder', ' HTTPS://CDN.Example.org/lib/../js ');
      expect(code(builder)).to.contain('<script type="module" src="https://cdn.example.org/js/peel-widgets.min.js">');
      expect(builder.querySelector('.code .hosts')!.textContent).to.contain('its files from cdn.example.org');
    });
  });

  it('a link naming an area its data lacks shows the data’s first graded area, in the menu, preview and code', async () => {
    // PEEL 2017's pillars; the force's newest cycle (2023–25) has areas instead.
    const builder = await open('?pillar=legitimacy&variant=scale');
    expect(control(builder, 'Inspection cycle').value).to.equal('peel-2023-25');
    const area = control(builder, 'Area').value;
    expect(area).not.to.equal('legitimacy');
    expect(code(builder)).to.contain(`pillar="${area}"`);
    expect(previewText(builder)).not.to.contain('No such pillar');
    await set(builder, 'Inspection cycle', 'peel-2017');
    expect(control(builder, 'Area').value, 'the link’s area, where the data has it').to.equal('legitimacy');
  });

  describe('where the code’s files live (issue 24)', () => {
    const CDN = `https://cdn.jsdelivr.net/npm/peel-widgets@${VERSION}/`;
    const choose = async (builder: PeelEmbedBuilder, id: string) => {
      builder.querySelector<HTMLInputElement>(`#${id}`)!.click();
      await previewsReady(builder);
    };
    const listed = (builder: PeelEmbedBuilder) =>
      [...builder.querySelectorAll('.uploads li code')].map((c) => c.textContent!);
    const headers = (builder: PeelEmbedBuilder) => builder.querySelector('.headers')!.textContent!.replace(/\s+/g, ' ');

    it('the CDN: this version, pinned, for the script, the stylesheet and the data; nothing to upload', async () => {
      const builder = await mount();
      await choose(builder, 'assets-cdn');
      await choose(builder, 'delivery-src');
      const markup = code(builder);
      expect(markup).to.contain(`<script type="module" src="${CDN}dist/peel-widgets.min.js"></script>`);
      expect(markup).to.contain(`<link rel="stylesheet" href="${CDN}dist/peel-widgets-fallback.css" />`);
      // The data at its path in the package, which the CDN serves.
      expect(markup).to.contain(`src="${CDN}data/2017/northamptonshire-2017.json"`);
      expect(builder.querySelector('.uploads')).to.equal(null);
      expect(builder.querySelector('#code-unreachable'), 'nothing on this computer').to.equal(null);
      expect(location.search).to.contain('assets=cdn');
      await expect(builder).to.be.accessible();
    });

    it('peel-history: the force’s history file (every cycle), on the CDN and in one’s own copy', async () => {
      const builder = await mount();
      await set(builder, 'Element', 'peel-history');
      await set(builder, 'Force', 'wiltshire');
      await choose(builder, 'assets-cdn');
      await choose(builder, 'delivery-src');
      expect(code(builder)).to.contain(`src="${CDN}data/history/wiltshire.json"`);
      await choose(builder, 'assets-own');
      await waitUntil(() => listed(builder).some((f) => /^peel-widgets-history-/.test(f)), 'its chunk is listed');
      expect(listed(builder)).to.include('data/history/wiltshire.json');
    });

    it('my own copy: the files to upload (the bundle, every chunk, the stylesheet, the data) and the headers', async () => {
      const builder = await mount();
      await set(builder, 'Address of the folder', 'https://www.example.org/peel/');
      await choose(builder, 'delivery-src');
      await waitUntil(() => listed(builder).some((f) => /^peel-widgets-data-/.test(f)), 'the chunks are listed');
      const files = listed(builder);
      expect(files[0]).to.equal('peel-widgets.min.js');
      expect(files).to.include.members(['peel-widgets-fallback.css', 'data/northamptonshire-2017.json']);
      // Every chunk the bundle can load, as the build named them: each one is there to download.
      const chunks = files.filter((f) => /^peel-widgets-.+\.min\.js$/.test(f));
      for (const kind of ['data', 'report', 'compare', 'scale', 'cy'])
        expect(
          chunks.some((f) => f.startsWith(`peel-widgets-${kind}-`)),
          kind,
        ).to.equal(true);
      for (const f of chunks) expect((await fetch(`/dist/${f}`)).status, f).to.equal(200);
      expect(headers(builder)).to.contain('Access-Control-Allow-Origin: *');
      expect(headers(builder)).to.contain('application/json for the data');
      expect(code(builder)).to.contain('src="https://www.example.org/peel/data/northamptonshire-2017.json"');
      expect(builder.querySelector('#code-unreachable')).to.equal(null);

      await choose(builder, 'code-kind-iframe');
      expect(listed(builder)).to.include.members(['embed.html', 'embed.js']);
      expect(listed(builder)).not.to.include('peel-widgets-fallback.css');
      expect(headers(builder)).to.contain('frame-ancestors');
      expect(code(builder)).to.contain('src="https://www.example.org/peel/embed.html?');
      await expect(builder).to.be.accessible();
    });

    it('warns when the code points at this computer or a local network', async () => {
      for (const [url, where] of [
        ['http://127.0.0.1:8000/dist/', 'this computer'],
        ['http://127.200.3.4/', 'this computer'],
        ['http://0x7f.1/', 'this computer'],
        ['http://localhost:8000/', 'this computer'],
        ['http://app.localhost/', 'this computer'],
        ['http://[::1]:8000/', 'this computer'],
        ['http://[::ffff:127.0.0.1]/', 'this computer'],
        ['http://10.0.0.8/', 'a local network'],
        ['http://172.16.0.1/', 'a local network'],
        ['http://172.31.255.254/', 'a local network'],
        ['http://192.168.1.20/', 'a local network'],
        ['http://169.254.10.1/', 'a local network'],
        ['http://[fd12:3456::1]/', 'a local network'],
        ['http://[fe80::1]/', 'a local network'],
        ['http://nas.local/', 'a local network'],
        ['http://172.32.0.1/', undefined],
        ['http://11.0.0.1/', undefined],
        ['https://cdn.jsdelivr.net/', undefined],
        ['https://local.example.org/', undefined],
        ['not a url', undefined],
      ] as const)
        expect(privateHost(url), url).to.equal(where);

      const builder = await mount();
      await set(builder, 'Address of the folder', 'http://192.168.1.20/peel/');
      const warning = builder.querySelector('#code-unreachable')!.textContent!.replace(/\s+/g, ' ');
      expect(warning).to.contain('192.168.1.20 (a local network), which readers’ browsers cannot reach');
      expect(control(builder, 'Code to copy').getAttribute('aria-describedby')).to.contain('code-unreachable');
      await set(builder, 'Address of the folder', 'https://www.example.org/peel/');
      expect(builder.querySelector('#code-unreachable')).to.equal(null);
    });
  });
});
