/**
 * The URL policy: only http(s) and relative URLs may become links. The platform's own parser
 * decides, resolving against the document as the link itself will, so that whatever it strips or
 * keeps (control characters, tabs, Unicode spaces) this check sees exactly what the browser sees.
 * Returns the value unchanged when it is safe, so the rendered `href` is the value that was checked.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // A server has no document (nor a base in a shim of one): any http base keeps relative URLs
    // relative, and allowed, as a page would. (Not Lit's isServer: the chunks importing this would share a third.)
    return /^https?:$/.test(new URL(url, globalThis.document?.baseURI || 'http://localhost/').protocol)
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}
