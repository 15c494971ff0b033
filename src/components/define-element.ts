/** Registers a tag unless it is taken, so a second copy of the bundle on the page is harmless. */
export function define(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
