// The code to copy: the element and its script, the iframe alternative or the static badge, built
// from the builder's options and data, and the section that shows it with its copy button.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { CARD_STRINGS } from '../src/i18n/card-strings.js';
import { pillarTitle } from '../src/i18n/titles.js';
import { badgeSvg } from '../src/cli/badge.js';
import { chosenPillar, embedCode, iframeCode } from './snippet.js';
import type { CodeKind } from './state.js';
import { checkCodeAddress, csvHref, hostOf } from './data.js';
import type { Loaded } from './data.js';
import { radios } from './fields.js';
import type { Builder } from './state.js';
import { BUNDLE, CDN, EMBED, FALLBACK_CSS, VERSION, privateHost } from './assets.js';
import type { Assets } from './assets.js';
import { FICTIONAL_ID, historyOf } from './sources.js';

/** The Open Government Licence's attribution line, which the inspectorate's words and grades come under. */
const OGL = {
  en: [
    'Contains public sector information licensed under the',
    'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    'Open Government Licence v3.0',
  ],
  cy: [
    'Yn cynnwys gwybodaeth y sector cyhoeddus a drwyddedwyd dan',
    'https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/',
    'Drwydded Llywodraeth Agored v3.0',
  ],
};

/** Whether the code shows the package's real data (not the fictional example, nor anyone else's). */
const shippedReal = (b: Builder) => b.state.mode === 'shipped' && b.state.force !== FICTIONAL_ID;

/** The attribution line under the code for the package's real data, in the code's language: '' for other data. */
function attribution(b: Builder, comment = false): string {
  if (!shippedReal(b)) return '';
  const [text, href, name] = OGL[b.state.lang];
  return comment
    ? `<!-- ${text} ${name}: ${href} -->\n`
    : `<p><small>${text} <a href="${href}">${name}</a>.</small></p>\n`;
}

type File = NonNullable<Loaded['files']>;

/**
 * Where the code finds a shipped file: on the CDN, where the package has it (undefined where it has not), or
 * in the editor's folder; for the iframe, beside its page (this builder's for the CDN).
 */
function fileUrl(b: Builder, file: Omit<File, 'collection'> | undefined, iframe = false): string | undefined {
  if (!file) return undefined;
  if (b.state.assets === 'cdn') return iframe ? b.base(file.path) : file.pkg && `${CDN}${file.pkg}`;
  return new URL(file.path, b.folder).href;
}

/**
 * The address (and the force to pick from it) the element code names for the shipped data, by the chosen
 * delivery; undefined to carry the data inside the tag. The CDN has each cycle's collection, and a force's
 * own file only where the package has one: else the collection and the force.
 */
/** The shipped files behind the code's `src`: for <peel-history>, the force's history file (every cycle) alone. */
function shippedFiles(b: Builder): File | undefined {
  const { files } = b.loaded;
  if (!files || b.state.element !== 'peel-history') return files;
  const { path, pkg } = historyOf(b.state.force);
  return { path, pkg };
}

function shippedSrc(b: Builder): { src: string; force?: string } | undefined {
  const { delivery, element } = b.state;
  const { assessment } = b.loaded;
  const files = shippedFiles(b);
  const force = assessment?.force.id;
  if (delivery === 'inline' || !files) return undefined;
  const collection = fileUrl(b, files.collection);
  if (element === 'peel-compare') return collection ? { src: collection } : undefined;
  if (delivery === 'collection' && collection && force) return { src: collection, force };
  const own = fileUrl(b, files);
  if (own) return { src: own };
  return collection && force ? { src: collection, force } : undefined;
}

/**
 * The static badge (issue 11's generator, the element's own palette), or '' when the area has no grade. Data
 * from elsewhere says so in a comment, as every kind of code does.
 */
export function svgCode(b: Builder): string {
  const a = b.loaded.assessment;
  const pillar = a && chosenPillar(a, b.options.pillar);
  if (!a || !pillar?.grade) return '';
  const { lang, scheme, size } = b.state;
  const [label] = pillarTitle(CARD_STRINGS[lang], pillar, a.force.name, a.cycle);
  try {
    const svg = badgeSvg({
      grade: pillar.grade,
      previousGrade: pillar.previousGrade,
      label,
      lang,
      scheme: scheme === 'dark' ? 'dark' : 'light',
      size,
    });
    // After the XML declaration, if any: nothing may come before it.
    return svg.replace(/^(<\?xml[^>]*>\n?)?/, (declaration) => declaration + hostComment(b) + attribution(b, true));
  } catch {
    return '';
  }
}

/**
 * The badge's file name: its force, cycle and area ("kent-peel-2021-22-preventing-crime.svg"), each as it is
 * named in the data, lower case, with nothing but letters, digits and hyphens.
 */
export function badgeFile(b: Builder): string {
  const a = b.loaded.assessment;
  const pillar = a && chosenPillar(a, b.options.pillar);
  const name = [a?.force.id ?? a?.force.name, a?.cycle ?? a?.period, pillar?.id ?? pillar?.title]
    .map((part) =>
      (part ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${name || 'peel-grade'}.svg`;
}

/** What the badge says: the area and its grade. */
function badgeTitle(svg: string): string {
  // Parsed, not matched, so that its escapes (&amp;) come back as the characters they stand for.
  return new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title')?.textContent ?? '';
}

/** The iframe's title: whose ratings it shows. */
function frameTitle(b: Builder): string {
  const a = b.loaded.assessment;
  return a ? `${a.force.name}: PEEL inspection ratings` : 'PEEL inspection ratings';
}

/** Said in the code itself when the data came from an address a person gave, or in the link that opened the builder. */
const hostComment = (b: Builder) =>
  b.dataSource
    ? `<!-- Data from ${b.dataSource.replace(/--/g, '- -')}, not from peel-widgets: check that it is the inspectorate's before you publish it. -->\n`
    : '';

/**
 * The code of the chosen kind, or a plain message in its place: no input may leave the code of an
 * earlier choice on screen because something threw.
 */
export function codeText(b: Builder): string {
  try {
    return codeOf(b);
  } catch (error) {
    return `<!-- The code could not be made from this data (${String((error as Error)?.message ?? error).replace(/-->/g, '')}). Check the data and try again. -->\n`;
  }
}

function codeOf(b: Builder): string {
  const { state } = b;
  const options = b.options;
  if (state.code === 'svg')
    return b.svg || '<!-- This area has no grade, so there is no badge to draw: choose another area. -->\n';
  const { collectionSrc, assessment } = b.loaded;
  const files = shippedFiles(b);
  if (state.code === 'iframe') {
    // One force's own file when there is one, else the collection and the force to pick from it. Shipped
    // data sits beside the iframe's page: the page reads data from its own origin only.
    const shipped = state.mode === 'shipped' && files;
    const own = shipped ? fileUrl(b, state.element === 'peel-compare' ? files.collection : files, true) : b.dataSrc;
    const src = own ?? (shipped ? fileUrl(b, files.collection, true) : collectionSrc);
    if (!src) return '<!-- The iframe needs the data at an address: choose the shipped data or give a URL. -->\n';
    const force = own ? undefined : assessment?.force.id;
    return (
      hostComment(b) +
      iframeCode({
        options,
        src,
        force,
        embedUrl: b.embedUrl,
        title: frameTitle(b),
        height: b.previewHeight || undefined,
      }) +
      attribution(b)
    );
  }
  // For data at an address: its own, or for one force of a collection, the collection and the force.
  const fromUrl =
    state.mode === 'url'
      ? b.dataSrc
        ? { src: b.dataSrc }
        : state.element !== 'peel-compare' && collectionSrc && assessment?.force.id
          ? { src: collectionSrc, force: assessment.force.id }
          : undefined
      : undefined;
  const fromShipped = state.mode === 'shipped' ? shippedSrc(b) : undefined;
  return (
    hostComment(b) +
    embedCode({
      options,
      assessment,
      data: fromUrl ?? fromShipped ?? { inline: b.elementData },
      scriptUrl: b.scriptUrl,
      cssUrl: b.cssUrl,
    }) +
    attribution(b)
  );
}

/**
 * The files the editor's own copy needs, by their paths in the folder: the bundle and every chunk it loads
 * (a list read from this builder's copy), the fallback stylesheet, the iframe's page, and the data files the
 * code names. For the CDN, nothing.
 */
export function uploads(b: Builder): { path: string; from: string }[] {
  const { state } = b;
  if (state.assets !== 'own' || state.code === 'svg') return [];
  const names = [BUNDLE, ...(b.chunks ?? [])];
  if (state.code === 'iframe') names.push(...EMBED);
  else if (state.includeCss) names.push(FALLBACK_CSS);
  const files = names.map((path) => ({ path, from: b.base(path) }));
  const shipped = state.mode === 'shipped' ? shippedFiles(b) : undefined;
  if (shipped) {
    const compare = state.element === 'peel-compare';
    const named =
      state.code === 'iframe'
        ? compare
          ? shipped.collection
          : shipped
        : state.delivery === 'inline'
          ? undefined
          : compare || state.delivery === 'collection'
            ? (shipped.collection ?? shipped)
            : shipped;
    if (named) files.push({ path: named.path, from: b.base(named.path) });
  }
  return files;
}

/** The hosts the code loads from that readers cannot reach (this computer, a local network), in words; or ''. */
export function unreachable(code: string): string {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  const urls = [...doc.querySelectorAll('[src], link[href]')].map(
    (el) => el.getAttribute('src') ?? el.getAttribute('href')!,
  );
  // The iframe's page reads its data from the address in its query.
  for (const frame of doc.querySelectorAll('iframe[src]'))
    try {
      const data = new URL(frame.getAttribute('src')!).searchParams.get('src');
      if (data) urls.push(new URL(data, frame.getAttribute('src')!).href);
    } catch {
      // Not an address: nothing is loaded from it.
    }
  const hosts = new Map<string, string>();
  for (const url of urls) {
    const where = privateHost(url);
    if (where) hosts.set(new URL(url).host, where);
  }
  return [...hosts].map(([host, where]) => `${host} (${where})`).join(' and ');
}

/** The host of a typed folder, other than this builder's, that the code loads code from, in words; or ''. */
function foreignHost(b: Builder): string {
  const typed = b.state.assets === 'own' && b.state.code !== 'svg' ? checkCodeAddress(b.state.folder).url : undefined;
  return typed
    ? `This code loads its files from ${hostOf(typed)}, the folder you typed, not this builder's copy. Whatever that host serves runs in your page: use it only if you trust it.`
    : '';
}

/**
 * Where the code's files live: the CDN (this version, pinned) or the editor's own copy, with the folder's
 * address, the files to upload and the headers its server must send.
 */
function assetsFields(b: Builder) {
  const s = b.state;
  const { problem } = checkCodeAddress(s.folder);
  const files = uploads(b);
  const data = files.some((f) => f.path.endsWith('.json'));
  return html`${radios<Assets>(
    'assets',
    'Where the code’s files will live',
    s.assets,
    [
      ['cdn', `The published copy on the jsDelivr CDN: peel-widgets ${VERSION}, pinned to this version`],
      ['own', 'My own copy, in a folder on my site'],
    ],
    (assets) => b.set({ assets }),
  )}
  ${
    s.assets === 'cdn'
      ? html`<p class="hint">
          The code loads <code>${`${CDN}dist/${BUNDLE}`}</code>. This version stays as it is: a new release changes
          nothing in your page until you copy new code. jsDelivr sends the headers that pages on any site need.
          ${
            s.code === 'iframe'
              ? html`It shows no page as a page, though: the iframe loads <code>embed.html</code> and the data from
                  beside this builder. To host them yourself, choose your own copy.`
              : nothing
          }
        </p>`
      : html`<div class="field">
            <label for="folder">Address of the folder</label>
            <p class="hint" id="folder-hint">
              The whole address (https://…) of the folder on your site that holds the files below. Until you type one,
              the code uses this builder’s folder. A link to this builder never sets it.
            </p>
            <input
              id="folder"
              type="url"
              spellcheck="false"
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby="folder-hint folder-problems"
              .value=${s.folder || b.folder}
              @change=${(e: Event) => b.set({ folder: (e.target as HTMLInputElement).value })}
            />
            <div id="folder-problems" class="problems">${problem ? html`<p>${problem}</p>` : nothing}</div>
          </div>
          ${
            files.length
              ? html`<h3 id="uploads-title">Files to upload to that folder</h3>
                  <ul class="uploads" aria-labelledby="uploads-title">
                    ${files.map(
                      (f) =>
                        html`<li>
                          <a href=${f.from} download=${f.path.split('/').pop()!}><code>${f.path}</code></a>
                        </li>`,
                    )}
                    ${b.chunks ? nothing : html`<li>and every <code>peel-widgets-*.min.js</code> file beside the bundle</li>`}
                  </ul>
                  <h3>Headers its server must send</h3>
                  <ul class="headers">
                    <li>
                      <code>Access-Control-Allow-Origin: *</code> (or your pages’ origin) on the <code>.js</code>
                      files, when your pages are on another host name or port than the folder: a browser runs a module
                      script from elsewhere only with it, and readers would see only the fallback.
                    </li>
                    <li>
                      <code>Content-Type: text/javascript</code> for <code>.js</code>, <code>text/css</code> for
                      <code>.css</code>${
                        data ? html`, <code>application/json</code> for the data (<code>.json</code>)` : nothing
                      }${s.code === 'iframe' ? html`, <code>text/html</code> for <code>embed.html</code>` : nothing}.
                    </li>
                    ${
                      s.code === 'iframe'
                        ? html`<li>
                            For <code>embed.html</code>, no <code>X-Frame-Options</code> and no
                            <code>frame-ancestors</code> that shuts out the pages that show it.
                          </li>`
                        : nothing
                    }
                  </ul>`
              : nothing
          }`
  }`;
}

export function codeSection(b: Builder): TemplateResult {
  const s = b.state;
  const code = b.code;
  let svgHref = '';
  try {
    svgHref = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(b.svg)}`;
  } catch {
    // A text no encoder can write: the badge is not offered (the data's problems say why).
  }
  const hosts = foreignHost(b);
  const away = s.code === 'svg' ? '' : unreachable(code);
  return html`<section class="code" aria-labelledby="code-title">
    <h2 id="code-title">Code</h2>
    ${radios<CodeKind>(
      'code-kind',
      'Kind of code',
      s.code,
      [
        ['element', 'The element and its script (recommended)'],
        ['iframe', 'An iframe, for sites that allow no scripts'],
        ['svg', 'A static SVG badge image'],
      ],
      (code) => b.set({ code }),
    )}
    ${s.code === 'svg' ? nothing : assetsFields(b)}
    ${
      s.code === 'element'
        ? html`<div class="field check">
            <input
              id="include-css"
              type="checkbox"
              .checked=${s.includeCss}
              @change=${(e: Event) => b.set({ includeCss: (e.target as HTMLInputElement).checked })}
            />
            <label for="include-css"
              >Include the fallback stylesheet (keeps the page still while the script loads)</label
            >
          </div>`
        : nothing
    }
    ${
      s.code === 'svg'
        ? b.svg && svgHref
          ? html`<p class="badge-sample"><img alt=${`The badge: ${badgeTitle(b.svg)}`} src=${svgHref} /></p>
              <p>
                <a href=${svgHref} download=${badgeFile(b)}>Download the SVG badge</a>
                (an image with the grade in words and its shape, for places that take no script: e-mail, slides, print).
                It uses the built-in colours of the ${s.scheme === 'dark' ? 'dark' : 'light'} scheme and the chosen
                area, language and size; your brand colours apply to the element only.
              </p>`
          : html`<p class="problems">This area has no grade, so there is no badge to draw: choose another area.</p>`
        : nothing
    }
    ${b.problems.length ? html`<p class="problems">The data has problems (see Data): this code uses the last data that worked.</p>` : nothing}
    ${b.dataSource ? html`<p class="data-host-code" id="code-data-host">The code shows data from <strong>${b.dataSource}</strong>.</p>` : nothing}
    ${hosts ? html`<p class="hosts" id="code-hosts"><strong>Note:</strong> ${hosts}</p>` : nothing}
    ${
      away
        ? html`<p class="unreachable" id="code-unreachable">
            <strong>Warning:</strong> this code loads files from ${away}, which readers’ browsers cannot reach: they
            would see only ${s.code === 'iframe' ? 'an empty frame' : 'the fallback'}. It works for a try on this
            computer, in a CMS preview for one; to publish, choose the CDN, or your own copy at a public address.
          </p>`
        : nothing
    }
    <div class="field">
      <label for="code">Code to copy</label>
      <textarea
        id="code"
        class="code-field"
        readonly
        rows="14"
        spellcheck="false"
        aria-describedby=${
          [b.dataSource && 'code-data-host', hosts && 'code-hosts', away && 'code-unreachable']
            .filter(Boolean)
            .join(' ') || nothing
        }
        .value=${code}
      ></textarea>
    </div>
    <button type="button" class="copy" @click=${() => copy(b)}>Copy code</button>
    <p role="status" class="copied">${b.copied}</p>
    ${csvDownload(b)}
    <p class="hint">
      This page's address keeps your choices: copy it from the address bar to share or reopen this configuration.
      ${b.linkTooLong ? 'The pasted document is too big for it, so the link opens the builder without it.' : ''}
    </p>
  </section>`;
}

/** The data's grades as a CSV file: the force's document, or for <peel-compare> the whole collection. */
function csvDownload(b: Builder) {
  const { raw, rawCollection } = b.loaded;
  const compare = b.state.element === 'peel-compare';
  const href = csvHref(compare ? (rawCollection ?? raw) : raw, b.state.lang);
  if (!href) return nothing;
  const force = compare && rawCollection ? undefined : (raw as { force?: { id?: string } } | undefined)?.force?.id;
  return html`<p>
    <a href=${href} download=${`${force ?? 'peel'}-grades.csv`}>Download the grades (CSV)</a>
    (a row per grade, with the page it was read on, for a spreadsheet).
  </p>`;
}

/** Copies the code, and says whether it could. */
async function copy(b: Builder) {
  const field = b.querySelector<HTMLTextAreaElement>('#code')!;
  let ok = false;
  try {
    await navigator.clipboard.writeText(field.value);
    ok = true;
  } catch {
    // Older browsers, or a page without the clipboard permission: the selection route.
    field.focus();
    field.select();
    ok = document.execCommand?.('copy') ?? false;
  }
  // Emptied first, so that copying twice is announced twice.
  b.copied = '';
  await b.updateComplete;
  b.copied = ok
    ? 'Code copied. Paste it into your page.'
    : 'Could not copy: the code is selected, press Ctrl+C (or ⌘C on a Mac) to copy it.';
}
