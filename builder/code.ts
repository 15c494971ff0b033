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
import { radios } from './fields.js';
import type { Builder } from './state.js';

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
    return svg.replace(/^(<\?xml[^>]*>\n?)?/, (declaration) => declaration + hostComment(b));
  } catch {
    return '';
  }
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
  if (state.code === 'iframe') {
    // One force's own file when there is one, else the collection and the force to pick from it.
    const { collectionSrc, assessment } = b.loaded;
    const src = b.dataSrc ?? collectionSrc;
    if (!src) return '<!-- The iframe needs the data at an address: choose the shipped data or give a URL. -->\n';
    const force = b.dataSrc ? undefined : assessment?.force.id;
    return (
      hostComment(b) +
      iframeCode({
        options,
        src,
        force,
        embedUrl: b.base('embed.html'),
        title: frameTitle(b),
        height: b.previewHeight || undefined,
      })
    );
  }
  const { collectionSrc, assessment } = b.loaded;
  // The cycle's collection and the force to pick from it: chosen for shipped data, and the only
  // address there is for one force of a collection at an address.
  const fromCollection =
    state.element !== 'peel-compare' &&
    // <peel-history>'s shipped data is the force's history file (every cycle), not one cycle's collection.
    !(state.element === 'peel-history' && state.mode === 'shipped') &&
    collectionSrc &&
    assessment?.force.id &&
    ((state.mode === 'shipped' && state.delivery === 'collection') || (state.mode === 'url' && !b.dataSrc))
      ? { src: collectionSrc, force: assessment.force.id }
      : undefined;
  const useSrc = state.mode === 'url' || (state.mode === 'shipped' && state.delivery !== 'inline');
  return (
    hostComment(b) +
    embedCode({
      options,
      assessment,
      data: fromCollection ?? (useSrc && b.dataSrc ? { src: b.dataSrc } : { inline: b.elementData }),
      scriptUrl: b.scriptUrl,
      cssUrl: b.cssUrl,
    })
  );
}

/** An address field for the code's script or stylesheet, with its problem when it is not http(s). */
function addressField(id: string, label: string, typed: string, fallback: string, onChange: (v: string) => void) {
  const { problem } = checkCodeAddress(typed);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="url"
      spellcheck="false"
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${`${id}-problems`}
      .value=${typed || fallback}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).value)}
    />
    <div id=${`${id}-problems`} class="problems">${problem ? html`<p>${problem}</p>` : nothing}</div>
  </div>`;
}

/** The hosts, other than this builder's, that the code loads code from; in words, or ''. */
function foreignHosts(b: Builder): string {
  const { scriptUrl, cssUrl } = b.state;
  const script = checkCodeAddress(scriptUrl).url;
  const css = b.state.includeCss ? checkCodeAddress(cssUrl).url : undefined;
  const parts = [script && `the script from ${hostOf(script)}`, css && `the stylesheet from ${hostOf(css)}`].filter(
    Boolean,
  );
  return parts.length
    ? `This code loads ${parts.join(' and ')}, the address${parts.length > 1 ? 'es' : ''} you typed, not this builder's copy. Whatever that host serves runs in your page: use it only if you trust it.`
    : '';
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
  const hosts = s.code === 'element' ? foreignHosts(b) : '';
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
    ${
      s.code === 'element'
        ? html`<details class="addresses" ?open=${!!(s.scriptUrl || s.cssUrl)}>
            <summary>Addresses of the script and stylesheet</summary>
            <p class="hint">
              To load them from your own site, type their whole addresses (https://…). A link to this builder never sets
              them.
            </p>
            ${addressField('script-url', 'Script address', s.scriptUrl, b.base('peel-widgets.min.js'), (scriptUrl) =>
              b.set({ scriptUrl }),
            )}
            <div class="field check">
              <input
                id="include-css"
                type="checkbox"
                .checked=${s.includeCss}
                @change=${(e: Event) => b.set({ includeCss: (e.target as HTMLInputElement).checked })}
              />
              <label for="include-css"
                >Include the fallback stylesheet (keeps the page still while the script loads)</label
              >
            </div>
            ${
              s.includeCss
                ? addressField(
                    'css-url',
                    'Fallback stylesheet address',
                    s.cssUrl,
                    b.base('peel-widgets-fallback.css'),
                    (cssUrl) => b.set({ cssUrl }),
                  )
                : nothing
            }
          </details>`
        : nothing
    }
    ${
      s.code === 'svg'
        ? b.svg && svgHref
          ? html`<p class="badge-sample"><img alt=${`The badge: ${badgeTitle(b.svg)}`} src=${svgHref} /></p>
              <p>
                <a href=${svgHref} download=${`peel-${b.options.pillar ?? 'grade'}.svg`}>Download the SVG badge</a>
                (an image with the grade in words and its shape, for places that take no script: e-mail, slides, print).
                It uses the built-in colours of the ${s.scheme === 'dark' ? 'dark' : 'light'} scheme and the chosen
                area, language and size; your brand colours apply to the element only.
              </p>`
          : html`<p class="problems">This area has no grade, so there is no badge to draw: choose another area.</p>`
        : nothing
    }
    ${
      s.code === 'iframe'
        ? html`<p class="hint">
            The iframe loads <code>embed.html</code> from beside this builder; upload it with the script and the data to
            your site.
          </p>`
        : nothing
    }
    ${b.problems.length ? html`<p class="problems">The data has problems (see Data): this code uses the last data that worked.</p>` : nothing}
    ${b.dataSource ? html`<p class="data-host-code" id="code-data-host">The code shows data from <strong>${b.dataSource}</strong>.</p>` : nothing}
    ${hosts ? html`<p class="hosts" id="code-hosts"><strong>Note:</strong> ${hosts}</p>` : nothing}
    <div class="field">
      <label for="code">Code to copy</label>
      <textarea
        id="code"
        readonly
        rows="14"
        spellcheck="false"
        aria-describedby=${[b.dataSource && 'code-data-host', hosts && 'code-hosts'].filter(Boolean).join(' ') || nothing}
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
