// The builder page's own styles, adopted by the document (no <style> or style="" in the markup).
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  body:has(> main > peel-embed-builder) { margin: 0; }
  peel-embed-builder { display: block; box-sizing: border-box; max-width: 100rem; margin: 0 auto; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; color: #0b0c0c; }
  peel-embed-builder .layout { display: grid; gap: 1.5rem; }
  peel-embed-builder h1 { margin: 0 0 0.25em; font-size: 2rem; }
  peel-embed-builder h2 { margin: 0; font-size: 1.3rem; }
  peel-embed-builder h3 { margin: 1rem 0 0.5rem; font-size: 1.05rem; }
  peel-embed-builder .controls { display: grid; gap: 1rem; align-items: start; }
  peel-embed-builder .jump { display: flex; gap: 1.5rem; margin: 1rem 0; }
  peel-embed-builder a { color: #1d70b8; }
  peel-embed-builder .group { margin: 0; padding: 0.75rem 1rem 1rem; border: 1px solid #b1b4b6; border-radius: 4px; }
  peel-embed-builder .choices { margin: 0.5rem 0; padding: 0; border: 0; }
  peel-embed-builder .choices legend { font-weight: 600; }
  peel-embed-builder .choice, peel-embed-builder .check { display: flex; gap: 0.5rem; align-items: center; margin: 0.25rem 0; }
  /* GOV.UK's size: a 40 px target, the box or circle drawn by the browser inside it. */
  peel-embed-builder .choice input, peel-embed-builder .check input { flex: none; inline-size: 40px; block-size: 40px; margin: 0; accent-color: #0b0c0c; }
  peel-embed-builder .choice label, peel-embed-builder .check label { padding-block: 0.4rem; }
  peel-embed-builder .field { margin: 0.75rem 0; }
  peel-embed-builder .field > label { display: block; font-weight: 600; }
  peel-embed-builder .check > label, peel-embed-builder .choice > label { font-weight: 400; }
  peel-embed-builder select, peel-embed-builder input[type='url'], peel-embed-builder textarea {
    box-sizing: border-box; width: 100%; font: inherit; padding: 0.35rem; border: 2px solid #0b0c0c; border-radius: 0; background: #fff; color: #0b0c0c;
  }
  peel-embed-builder textarea { font-family: ui-monospace, monospace; font-size: 0.85rem; }
  peel-embed-builder :focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
  peel-embed-builder .colours { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0 1rem; }
  peel-embed-builder .colour { display: grid; grid-template-columns: 3rem 1fr; gap: 0 0.5rem; align-items: center; margin: 0.4rem 0; }
  peel-embed-builder .colour input { inline-size: 3rem; block-size: 2rem; }
  peel-embed-builder .colour .value { grid-column: 2; font-size: 0.875rem; color: #484949; }
  peel-embed-builder button { font: inherit; padding: 0.4rem 0.9rem; border: 2px solid #0b0c0c; border-radius: 4px; background: #f3f2f1; color: #0b0c0c; cursor: pointer; }
  peel-embed-builder button.copy { background: #00703c; border-color: #002d18; color: #fff; font-weight: 600; }
  peel-embed-builder button:disabled { color: #505a5f; background: #fff; border-color: #b1b4b6; border-style: dashed; cursor: not-allowed; }
  peel-embed-builder .contrast { border-collapse: collapse; margin: 1rem 0 0; font-size: 0.875rem; }
  peel-embed-builder .contrast caption { text-align: start; font-weight: 600; }
  peel-embed-builder .contrast th, peel-embed-builder .contrast td { padding: 0.2rem 0.5rem; border-bottom: 1px solid #b1b4b6; text-align: start; vertical-align: top; }
  peel-embed-builder .contrast tbody th { font-weight: 400; }
  peel-embed-builder .warnings:not(:empty) { margin-top: 0.75rem; }
  peel-embed-builder .problems p, peel-embed-builder p.problems { margin: 0.5rem 0; padding: 0.5rem 0.75rem; border-inline-start: 5px solid #a8002b; background: #fbe9ec; }
  peel-embed-builder .problems ul { margin: 0.25rem 0; }
  peel-embed-builder .hint { color: #484949; font-size: 0.9rem; }
  peel-embed-builder .switches { display: flex; flex-wrap: wrap; gap: 0 2rem; }
  peel-embed-builder .switches .choices { display: flex; flex-wrap: wrap; gap: 0 1.25rem; align-items: center; }
  peel-embed-builder .switches .choices legend { inline-size: 100%; }
  peel-embed-builder .frame { margin: 0.5rem 0 0; }
  peel-embed-builder .frame iframe { display: block; box-sizing: content-box; block-size: 8rem; border: 0; outline: 1px dashed #6f777b; outline-offset: 0; }
  peel-embed-builder .frame.narrow iframe { inline-size: 375px; max-inline-size: 100%; }
  peel-embed-builder .frame.wide iframe { inline-size: 100%; }
  peel-embed-builder .frame.dark iframe { background: #0b0c0c; }
  peel-embed-builder .frame.light iframe { background: #fff; }
  peel-embed-builder .frame-label { margin: 0.25rem 0 0; font-size: 0.875rem; color: #484949; }
  peel-embed-builder .badge-sample img { max-inline-size: 100%; }
  peel-embed-builder .copied:empty { display: none; }
  peel-embed-builder .copied { font-weight: 600; color: #00703c; }
  peel-embed-builder details.addresses { margin: 0.75rem 0; }
  peel-embed-builder summary { cursor: pointer; color: #1d70b8; text-decoration: underline; }
  @media (min-width: 1024px) {
    peel-embed-builder .layout { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); grid-template-areas: 'controls preview' 'code preview'; align-items: start; gap: 1.5rem 2rem; }
    peel-embed-builder .controls { grid-area: controls; }
    peel-embed-builder .code { grid-area: code; }
    /* The preview stays in view beside the form: as tall as the screen at most, scrolling inside when longer. */
    peel-embed-builder .preview { grid-area: preview; position: sticky; top: 0; max-block-size: 100vh; overflow: auto; box-sizing: border-box; padding-block-end: 1rem; }
    peel-embed-builder .jump { display: none; }
  }
  /* Where the browser lets a select be styled, its chosen text wraps rather than being cut off. */
  @supports (appearance: base-select) {
    peel-embed-builder select, peel-embed-builder select::picker(select) { appearance: base-select; }
    peel-embed-builder select { white-space: normal; text-align: start; }
    peel-embed-builder select::picker-icon { align-self: center; }
    peel-embed-builder select::picker(select) { border: 2px solid #0b0c0c; max-inline-size: calc(100vw - 1rem); }
    peel-embed-builder select option { white-space: normal; padding: 0.35rem 0.5rem; }
    peel-embed-builder select option:checked { font-weight: 600; }
  }
`);
export const builderStyles = sheet;
