// Where the code's script, stylesheet, iframe page and data live: the published copy on the CDN (this
// version, pinned), or the editor's own copy in a folder they name. And what to upload for their own copy,
// and the addresses only this computer or its network can reach, which readers never will.
import pkg from '../package.json' with { type: 'json' };

export type Assets = 'cdn' | 'own';

/** The version the code pins, from package.json at build time. */
export const VERSION: string = pkg.version;

/** The package's folder on jsDelivr, this version: `dist/…`, `data/…` below it. */
export const CDN = `https://cdn.jsdelivr.net/npm/peel-widgets@${VERSION}/`;

/** The CDN bundle and the stylesheet beside it, in a folder of the package's `dist/` or a copy of it. */
export const BUNDLE = 'peel-widgets.min.js';
export const FALLBACK_CSS = 'peel-widgets-fallback.css';
/** The iframe's page and its script. */
export const EMBED = ['embed.html', 'embed.js'];

/** A folder's address as the code uses it: ending in a slash, so that files resolve inside it. */
export const asFolder = (url: string) => (url.endsWith('/') ? url : `${url}/`);

const octets = (host: string) => {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  return m ? m.slice(1).map(Number) : undefined;
};

/**
 * Why readers could not reach a host, or undefined for a public one: loopback (127.0.0.0/8, ::1, localhost)
 * is this computer; private ranges (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16,
 * fe80::/10) and `.local` names are a local network. The host as the URL parser gives it (IPv4 in dotted
 * decimal, IPv6 in brackets), so `0x7f.1` is 127.0.0.1 already.
 */
export function privateHost(url: string): 'this computer' | 'a local network' | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  const v6 = /^\[(.*)\]$/.exec(host)?.[1];
  // An IPv4 address inside IPv6 (::ffff:127.0.0.1, which the parser writes as ::ffff:7f00:1).
  const mapped = v6 && /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  const ip = mapped
    ? [mapped[1], mapped[2]].flatMap((h) => [parseInt(h, 16) >> 8, parseInt(h, 16) & 255])
    : octets(host);
  if (host === 'localhost' || host.endsWith('.localhost') || v6 === '::1' || v6 === '::' || ip?.[0] === 127)
    return 'this computer';
  if (ip && ip[0] === 0) return 'this computer';
  if (
    host.endsWith('.local') ||
    (ip &&
      (ip[0] === 10 ||
        (ip[0] === 172 && ip[1] >= 16 && ip[1] <= 31) ||
        (ip[0] === 192 && ip[1] === 168) ||
        (ip[0] === 169 && ip[1] === 254))) ||
    (v6 && /^f[cd][0-9a-f]{0,2}:|^fe[89ab][0-9a-f]?:/.test(v6))
  )
    return 'a local network';
  return undefined;
}

/** Chunk files a script names (`./peel-widgets-data-1a2b.min.js`), as the bundle imports them. */
const CHUNK = /peel-widgets-[\w-]+\.min\.js/g;

const found = new Map<string, Promise<string[] | undefined>>();

/**
 * Every file the bundle in `folder` loads on demand (its chunks, and theirs), read from the scripts
 * themselves, so that the list is the one the build made; the bundle and the hydration script aside.
 * Undefined when a script cannot be read.
 */
export function chunksOf(folder: string): Promise<string[] | undefined> {
  const known = found.get(folder);
  if (known) return known;
  const list = (async () => {
    const seen = new Set<string>();
    const queue = [BUNDLE];
    while (queue.length) {
      const answer = await fetch(new URL(queue.shift()!, folder));
      if (!answer.ok) throw new Error(`${answer.status}`);
      for (const [name] of (await answer.text()).matchAll(CHUNK))
        if (!seen.has(name) && !/^peel-widgets-hydrate/.test(name)) {
          seen.add(name);
          queue.push(name);
        }
    }
    return [...seen].sort();
  })().catch(() => {
    // Not kept: the next look tries again.
    found.delete(folder);
    return undefined;
  });
  found.set(folder, list);
  return list;
}
