import { html, isServer, nothing } from 'lit';
import { CYCLES, comparable, cycleOf, scaleOf } from '../../data/cycles.js';
import { REGIONS } from '../../data/regions.js';
import type { Region } from '../../data/regions.js';
import { GRADES } from '../../data/grades.js';
import type { Grade } from '../../data/grades.js';
import type { Assessment, AssessmentCollection, Pillar } from '../../data/types.js';
import { ARROWS } from '../../i18n/en.js';
import type { Direction, Strings } from '../../i18n/strings.js';
import { TITLES, TITLES_2023, pillarTitle } from '../../i18n/titles.js';
import type { CompareText, Welsh } from '../../i18n/types.js';
import { PATHS } from '../peel-rating/icons.js';
import { change as direction } from '../peel-rating/peel-rating.js';
import { ratingStyles } from '../peel-rating/peel-rating.styles.js';
import { heading, sourceName } from '../render.js';
import { compareStyles } from './peel-compare.styles.js';
import { WELSH, regionOf } from './register.js';
import type { PeelCompare } from './peel-compare.js';

// The compare chunk: everything <peel-compare> shows, loaded beside the bundle only by a page that uses it.

const EN: CompareText = {
  titles: TITLES,
  titles2023: TITLES_2023,
  regions: REGIONS,
  other: 'Other forces',
  force: 'Force',
  title: (period) => `PEEL ${period ? `${period} ` : ''}grades by force`,
  orders: ['A to Z', 'Z to A', 'best first', 'worst first'],
  sorted: (how) => `sorted by ${how}`,
  sortBy: 'Sort by',
  coverage: (n, of, full) =>
    `Forces with grades: ${n} of ${of}${full === undefined ? '' : `; with every area their report graded: ${full}`}`,
  countsTitle: 'How many forces got each grade',
  count: (n, label) => `${n} ${label.toLowerCase()}`,
  counts: (title, counts) => `${title}: ${counts.join(', ')}`,
  missing: 'No grade in the data',
  missingCount: 'with no grade in the data',
  yourForce: 'your force',
  groupBy: 'Group by region',
  area: 'Area',
  without: (area, names) => `No grade in the data${area ? ` for ${area}` : ''}: ${names}.`,
  region: 'Region',
  allRegions: 'All regions',
  notComparable: 'Earlier grades on the other scale are named, not compared.',
  source: 'Source',
  csv: 'Get the data (CSV)',
};

/** What a cell holds, best first: the grades, then the statuses without a grade (withheld reads as not graded). */
const KEYS = [...GRADES, 'pending', 'not-inspected'] as const;
type Key = (typeof KEYS)[number];
const MISSING = 99;

const keyOf = (p: Pillar): Key =>
  p.grade ?? (p.status === 'pending' || p.status === 'not-inspected' ? p.status : 'not-graded');
/** An area the report graded: a grade, and not "not graded". */
const gradedArea = (p: Pillar) => !!p.grade && p.grade !== 'not-graded';
const rank = (p: Pillar | undefined) => (p ? KEYS.indexOf(keyOf(p)) : MISSING);
/** The badge colour of a cell's key: a status without a grade looks like not graded. */
const look = (k: string) => (k === 'pending' || k === 'not-inspected' ? 'not-graded' : k);

/** A badge's class, icon path, words, and its status and change (see `grade` in renderCompare). */
type Badge = [cls: string, path: string, text: string, after: unknown[]];

interface Row {
  a: Assessment;
  name: string;
  region?: Region;
  cells: Map<string, Pillar>;
}

interface Column {
  key: string;
  title: string;
}

/** A pillar's column: its id, else its title, else its place; never '', the force column's own key. */
const columnKey = (p: Pillar, i: number) => p.id || p.title || String(i);

/** Download links whose address is the CSV file just made: their next click is the download. */
const made = new WeakSet<HTMLAnchorElement>();

/**
 * What each element last warned about (force ids the register does not know): the same ids are warned about
 * once, however often the element draws them again (a change of width, of sort) or reads the same data again.
 */
const warned = new WeakMap<object, string>();

function warnUnknown(host: PeelCompare, c: AssessmentCollection) {
  const unknown = c.assessments
    .flatMap(({ force: { id } }, i) =>
      id && !regionOf(id) ? [`  assessments[${i}].force.id: "${id}" is not in the register`] : [],
    )
    .join('\n');
  if (!unknown || warned.get(host) === unknown) return;
  warned.set(host, unknown);
  console.warn(`<peel-compare> (shown under other forces):\n${unknown}`);
}

/** A labelled list of `[value, text]` options; `change` gets the chosen value. */
const choice = (text: string, options: string[][], value: string, change: (value: string) => void) =>
  html`<label
    >${text}
    <select @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
      ${options.map(([v, o]) => html`<option value=${v!} ?selected=${v === value}>${o}</option>`)}
    </select></label
  >`;

let sheets: CSSStyleSheet[] | undefined;

/** The badge's and the table's styles join the shadow root's own when the chunk first renders there. */
function adopt(root: ShadowRoot | null) {
  sheets ??= [ratingStyles, compareStyles].map((c) => c.styleSheet!).filter(Boolean);
  // The badge's :host rules (inline) go before the element's own, which win.
  if (root && sheets[1] && !root.adoptedStyleSheets.includes(sheets[1]))
    root.adoptedStyleSheets = [sheets[0]!, ...root.adoptedStyleSheets, sheets[1]];
}

/** Narrower than this (CSS pixels), the element shows one area at a time: the table with every area would not be read. */
const NARROW = 480;
/** Each element's width, as last measured; the area its narrow layout shows, as chosen. */
const widths = new WeakMap<PeelCompare, number>();
const areas = new WeakMap<PeelCompare, string>();
let observer: ResizeObserver | undefined;

/** The scroller is a tab stop only while it scrolls (a keyboard reader then needs it to scroll). */
function scrollable(host: PeelCompare) {
  const scroller = host.shadowRoot?.querySelector<HTMLElement>('.scroller');
  if (!scroller) return;
  if (scroller.scrollWidth > scroller.clientWidth) scroller.tabIndex = 0;
  else scroller.removeAttribute('tabindex');
}

/**
 * Whether the element is narrow: by its own width, measured at its first render and watched from then on (a
 * change of layout renders it again). The server, which sees no width, draws the table, and an element
 * hydrating that HTML draws it too at first.
 */
function narrowAt(host: PeelCompare): boolean {
  if (isServer) return false;
  if (!widths.has(host)) {
    widths.set(
      host,
      !host.hasUpdated && host.shadowRoot!.hasChildNodes() ? NARROW : host.getBoundingClientRect().width,
    );
    (observer ??= new ResizeObserver((entries) => {
      for (const { target, contentRect } of entries) {
        const el = target as PeelCompare;
        const was = widths.get(el)!;
        widths.set(el, contentRect.width);
        if (was < NARROW !== contentRect.width < NARROW) el.requestUpdate();
        else scrollable(el);
      }
    })).observe(host);
  }
  // Once the table is drawn, whether it scrolls.
  queueMicrotask(() => scrollable(host));
  return widths.get(host)! < NARROW;
}

/** The change from the previous grade in words, and its direction; across scales the earlier grade is only named. */
function changeOf(
  s: Strings,
  p: Pillar,
  a: Assessment,
): [text: string, direction?: Direction, named?: true] | undefined {
  const { grade, previousGrade: previous, previousPeriod: period } = p;
  if (!grade || !previous) return undefined;
  const scale = scaleOf(a);
  const label = s.grades[previous];
  if (period && !comparable(scale, period)) return [s.notComparable(label, period), undefined, true];
  const moved = direction(grade, previous, scale);
  return [s.gradeChange(moved, label, period), moved];
}

/** Everything `<peel-compare>` shows of a collection. */
export function renderCompare(host: PeelCompare, s: Strings, c: AssessmentCollection, level: number) {
  adopt(host.shadowRoot);
  warnUnknown(host, c);
  // The Welsh pack is whole: the table's words come with it.
  const t = s.lang === 'cy' ? (s as Welsh).compare : EN;
  if (!c.assessments.length) return html`<p part="message">${s.empty}</p>`;

  // A region that is not one of the ten has no forces: the empty note says so.
  const region = host.region || undefined;
  const highlight = host.highlight || undefined;

  // The columns, in the order the data first names them, titled from the first assessment that has each.
  const columns = new Map<string, Column>();
  const rows: Row[] = c.assessments.map((a) => {
    const { id } = a.force;
    const cells = new Map<string, Pillar>();
    a.pillars?.forEach((p, i) => {
      const key = columnKey(p, i);
      if (!columns.has(key)) columns.set(key, { key, title: pillarTitle(t, p, a.force.name, cycleOf(a))[0] });
      if (!cells.has(key)) cells.set(key, p);
    });
    // On a Welsh page, the Welsh forces take their own Welsh names.
    const name = (s.lang === 'cy' && id && Object.hasOwn(WELSH, id) && WELSH[id]) || a.force.name;
    return { a, name, region: regionOf(id), cells };
  });
  const cols = [...columns.values()];

  // Sorting: by an area's grade (best first), else by name (A to Z); "-" reverses. Missing grades always go
  // last. The force column's key is '', which no area has: an area with the id `name` is an area like any other.
  let sort = host.sort || '';
  const reverse = sort[0] == '-';
  if (reverse) sort = sort.slice(1);
  const byArea = columns.has(sort);
  const sortedBy = byArea ? sort : '';

  // Narrow, one area at a time: the one sorted by, else the one chosen, else the first. Only the layout in use
  // is drawn.
  const narrow = narrowAt(host);
  const chosen = areas.get(host);
  const area = narrow ? (byArea ? sort : chosen && columns.has(chosen) ? chosen : cols[0]?.key) : undefined;
  const shownCols = area === undefined ? cols : [columns.get(area)!];

  const byName = (x: Row, y: Row) => x.name.localeCompare(y.name, s.locale);
  rows.sort(
    byArea
      ? (x, y) => {
          const [rx, ry] = [rank(x.cells.get(sort)), rank(y.cells.get(sort))];
          return (rx === MISSING || ry === MISSING ? rx - ry : reverse ? ry - rx : rx - ry) || byName(x, y);
        }
      : (x, y) => (reverse ? byName(y, x) : byName(x, y)),
  );
  const sortBy = (key: string) => () => {
    host.sort = key === sortedBy && !reverse ? `-${key}` : key;
  };

  // Partial collections (issue 19): a force has grades when any area has one; the register's 43 count
  // as the whole when the data names register forces, so a force left out of the data counts as without.
  const graded = rows.filter((row) => [...row.cells.values()].some((p) => p.grade));
  // Forces whose data holds every area their report graded, when the data says how many that was.
  const counted = rows.filter((row) => row.a.areasGraded !== undefined);
  const full = counted.length
    ? counted.filter((row) => [...row.cells.values()].filter(gradedArea).length >= row.a.areasGraded!).length
    : undefined;
  const known = rows.some((r) => r.region);
  const of = (known ? 43 : 0) + rows.filter((r) => !r.region).length;

  const inRegion = region ? rows.filter((r) => r.region === region) : rows;
  // The forces with no grade in the data (narrow: for the area shown) are named in one line, not a row each.
  const has = (row: Row) => (area === undefined ? row.cells.size > 0 : row.cells.has(area));
  const shown = inRegion.filter(has);
  const without = inRegion.filter((row) => !has(row));
  const present = REGIONS.filter((r) => rows.some((row) => row.region === r));
  const regionName = (r: string) => t.regions[REGIONS.indexOf(r as Region)] ?? r;
  const grouped = host.groupBy === 'region';
  const groups: [label: string | undefined, rows: Row[]][] = grouped
    ? [
        ...present.map((r) => [regionName(r), shown.filter((row) => row.region === r)] as [string, Row[]]),
        [t.other, shown.filter((row) => !row.region)] as [string, Row[]],
      ].filter(([, g]) => g.length)
    : [[undefined, shown]];

  const periods = [...new Set(c.assessments.map((a) => (a.cycle ? CYCLES[a.cycle] : a.period)).filter(Boolean))];
  const title = t.title(periods.join(', '));
  /** "Effectiveness, best first": a column and an order (`r`, 1 for the reverse). */
  const how = (key: string, r: number) => `${key ? columns.get(key)!.title : t.force}, ${t.orders[(key ? 2 : 0) + r]}`;
  const caption = `${title}, ${t.sorted(how(sortedBy, +reverse))}`;
  let named = false;

  /**
   * A cell's badge, its class, icon, words, status and change (undefined for a missing grade). The cell writes it
   * out in its own template: one template instance per cell, not one for the cell and one for the badge, keeps
   * the first render within the benchmark's budget.
   */
  const grade = (row: Row, key: string): Badge | undefined => {
    const p = row.cells.get(key);
    if (!p) return undefined;
    const k = look(keyOf(p));
    const moved = changeOf(s, p, row.a);
    if (moved?.[2]) named = true;
    const words = label(keyOf(p));
    // The icon and the first word keep together: the icon never stands alone on a line.
    const space = words.indexOf(' ');
    return [
      `badge ${k}`,
      PATHS[k as Grade],
      space < 0 ? words : words.slice(0, space),
      [
        space < 0 ? nothing : words.slice(space),
        p.status === 'carried-over' && p.gradedIn
          ? html`<span part="status">${s.carriedOver(p.gradedIn)}</span>`
          : nothing,
        moved
          ? html`<span part="change"
              ><span class="arrow" aria-hidden="true">${moved[1] ? ARROWS[moved[1]] : nothing}</span>${moved[0]}</span
            >`
          : nothing,
        // The page the grade was read on, for a screen reader; the CSV download names it for everyone.
        p.source ? html`<span class="vh">${t.source}: ${sourceName(p.source)}</span>` : nothing,
      ],
    ];
  };
  const label = (k: Key | 'missing') =>
    k === 'missing' ? t.missingCount : ((s.grades as Record<string, string>)[k] ?? s.status[k as 'pending']);

  const header = (key: string, text: string) => {
    const on = key === sortedBy;
    // Best first reads as descending: from the top grade down.
    const state = on ? (!key === reverse ? 'descending' : 'ascending') : undefined;
    // A no-break space before the icon: a line never breaks between the last word and it.
    return html`<th scope="col" aria-sort=${state ?? nothing}>
      <button part="sort" @click=${sortBy(key)}>
        ${text}&nbsp;<span aria-hidden="true">${on ? (state === 'ascending' ? '▲' : '▼') : '◇'}</span>
      </button>
    </th>`;
  };

  const mine = (row: Row) => highlight !== undefined && row.a.force.id === highlight;
  const yours = (row: Row) =>
    mine(row) ? html`${' '}<strong part="your-force" class="yours">${t.yourForce}</strong>` : nothing;

  const body = (narrow ? [] : groups).map(
    ([name, list]) =>
      html`<tbody>
        ${
          name
            ? html`<tr>
                <th scope="rowgroup" colspan=${cols.length + 1} part="region">${name}</th>
              </tr>`
            : nothing
        }
        ${list.map(
          (row) =>
            html`<tr part=${mine(row) ? 'row highlight' : 'row'}>
              <th scope="row" part="force">${row.name}${yours(row)}</th>
              ${cols.map((col) => {
                const b = grade(row, col.key);
                return b
                  ? html`<td part="cell">
                      <span class=${b[0]}
                        ><strong part="label"
                          ><span class="nw"
                            ><svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true">
                              <path d=${b[1]}></path></svg
                            >${b[2]}</span
                          >${b[3][0]}</strong
                        >${b[3].slice(1)}</span
                      >
                    </td>`
                  : html`<td part="cell"><span part="missing">${t.missing}</span></td>`;
              })}
            </tr>`,
        )}
      </tbody>`,
  );

  /** Narrow: each force's grade for the area shown, a name and its value, under the regions' headings when grouped. */
  const list = (narrow ? groups : []).map(
    ([name, rows]) =>
      html`${name ? heading(level + 1, name, 'region') : nothing}
        <dl part="list" aria-labelledby="caption">
          ${rows.map((row) => {
            const b = grade(row, area!)!;
            return html`<div part=${mine(row) ? 'row highlight' : 'row'}>
              <dt part="force">${row.name}${yours(row)}</dt>
              <dd part="cell">
                <span class=${b[0]}
                  ><strong part="label"
                    ><span class="nw"
                      ><svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true">
                        <path d=${b[1]}></path></svg
                      >${b[2]}</span
                    >${b[3][0]}</strong
                  >${b[3].slice(1)}</span
                >
              </dd>
            </div>`;
          })}
        </dl>`,
  );

  const counts = shownCols.map((col) => {
    const n = new Map<Key | 'missing', number>();
    for (const row of inRegion) {
      const p = row.cells.get(col.key);
      const k = p ? keyOf(p) : 'missing';
      n.set(k, (n.get(k) ?? 0) + 1);
    }
    const tally = [...KEYS, 'missing' as const].filter((k) => n.has(k)).map((k) => [k, n.get(k)!] as const);
    return html`<li>
      <span part="count"
        >${t.counts(
          col.title,
          tally.map(([k, count]) => t.count(count, label(k))),
        )}</span
      >
      <span part="bar" class="bar" aria-hidden="true"
        >${tally.map(([k, count]) => html`<span class=${look(k)} .style=${`flex-grow:${count}`}></span>`)}</span
      >
    </li>`;
  });

  const sortOptions = ['', ...(area === undefined ? columns.keys() : [area])].flatMap((key) =>
    [0, 1].map((r): [string, string] => [`${r ? '-' : ''}${key}`, how(key, r)]),
  );

  /**
   * The rows shown, in the order shown, as a CSV file: the first click makes it (the export module loads then)
   * and clicks the link again, whose address is now the file, so that the browser downloads it.
   */
  const csv = (e: Event) => {
    const a = e.currentTarget as HTMLAnchorElement;
    if (made.delete(a)) return;
    e.preventDefault();
    import('../../data/export.js').then(
      ({ download }) => {
        made.add(a);
        download(a, { assessments: groups.flatMap(([, list]) => list.map((row) => row.a)) }, s.lang);
      },
      // The table stays as it is; the next click asks for the module again.
      (error: unknown) => console.warn(`<peel-compare>: the CSV file could not be made (${error})`),
    );
  };

  return html`<section part="base" class=${narrow ? 'narrow' : 'wide'}>
    ${heading(level, title, 'title')}
    <p part="coverage">${t.coverage(graded.length, of, full)}</p>
    <div part="controls">
      ${
        area === undefined
          ? nothing
          : choice(
              t.area,
              cols.map((col) => [col.key, col.title]),
              area,
              (value) => {
                areas.set(host, value);
                // Sorted by an area, the rows follow the area chosen, in the same order.
                if (byArea) host.sort = `${reverse ? '-' : ''}${value}`;
                else host.requestUpdate();
              },
            )
      }
      ${
        present.length
          ? html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${grouped || nothing}
                  @change=${(e: Event) => {
                    host.groupBy = (e.target as HTMLInputElement).checked ? 'region' : undefined;
                  }}
                />
                ${t.groupBy}</label
              >
              ${choice(
                t.region,
                [['', t.allRegions], ...present.map((r) => [r, regionName(r)])],
                region ?? '',
                (value) => (host.region = value || undefined),
              )}`
          : nothing
      }
      ${choice(t.sortBy, sortOptions, `${reverse ? '-' : ''}${sortedBy}`, (value) => (host.sort = value))}
    </div>
    ${
      inRegion.length
        ? html`${named ? html`<p part="note">${t.notComparable}</p>` : nothing}
            <p part="caption" id="caption" aria-hidden=${narrow ? nothing : 'true'}>
              ${narrow ? `${columns.get(area!)!.title}, ${t.sorted(how(sortedBy, +reverse))}` : caption}
            </p>
            ${
              !shown.length
                ? nothing
                : narrow
                  ? list
                  : html`<div
                      part="scroller"
                      class="scroller"
                      role="region"
                      aria-label=${title}
                      @focusin=${(e: FocusEvent) =>
                        // The force column stays in view as the table scrolls: a focused control is centred in
                        // the scroller, so it never lands under that column (nor shows only a sliver at an edge).
                        (e.target as Element).scrollIntoView({ block: 'nearest', inline: 'center' })}
                    >
                      <table part="table">
                        <caption>
                          ${caption}
                        </caption>
                        <thead>
                          <tr>
                            ${header('', t.force)}${cols.map((col) => header(col.key, col.title))}
                          </tr>
                        </thead>
                        ${body}
                      </table>
                    </div>`
            }
            ${
              without.length
                ? html`<p part="without">
                    ${t.without(
                      area === undefined ? undefined : columns.get(area)!.title,
                      without.map((row) => (mine(row) ? `${row.name} (${t.yourForce})` : row.name)).join(', '),
                    )}
                  </p>`
                : nothing
            }
            ${heading(level + 1, t.countsTitle, 'summary-title')}
            <ul part="summary">
              ${counts}
            </ul>
            <p>
              <a part="download" href="#" download=${`${cycleOf(c.assessments[0]!) ?? 'peel'}.csv`} @click=${csv}
                >${t.csv}</a
              >
            </p>`
        : html`<p part="message">${s.empty}</p>`
    }
  </section>`;
}
