// The builder page's own styles, adopted by the document (no <style> or style="" in the markup).
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  peel-embed-builder { display: block; max-width: 100rem; margin: 0 auto; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; color: #0b0c0c; }
  peel-embed-builder h1 { margin: 0 0 0.25em; font-size: 2rem; }
  peel-embed-builder h2 { margin: 0; font-size: 1.3rem; }
  peel-embed-builder h3 { margin: 1rem 0 0.5rem; font-size: 1.05rem; }
  peel-embed-builder .controls { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start; }
  peel-embed-builder .jump { display: flex; gap: 1.5rem; margin: 1rem 0; }
  peel-embed-builder a { color: #1d70b8; }
  peel-embed-builder .preview { margin-top: 1rem; }
  peel-embed-builder .group { margin: 0; padding: 0.75rem 1rem 1rem; border: 1px solid #b1b4b6; border-radius: 4px; }
  peel-embed-builder .choices { margin: 0.5rem 0; padding: 0; border: 0; }
  peel-embed-builder .choices legend { font-weight: 600; }
  peel-embed-builder .choice, peel-embed-builder .check { display: flex; gap: 0.5rem; align-items: baseline; margin: 0.25rem 0; }
  peel-embed-builder .field { margin: 0.75rem 0; }
  peel-embed-builder .field > label { display: block; font-weight: 600; }
  peel-embed-builder .check > label, peel-embed-builder .choice > label { font-weight: 400; }
  peel-embed-builder select, peel-embed-builder input[type='url'], peel-embed-builder textarea {
    box-sizing: border-box; width: 100%; font: inherit; padding: 0.35rem; border: 2px solid #0b0c0c; border-radius: 0; background: #fff; color: #0b0c0c;
  }
  peel-embed-builder textarea { font-family: ui-monospace, monospace; font-size: 0.85rem; }
  peel-embed-builder :focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
  peel-embed-builder .brand { grid-column: 1 / -1; }
  peel-embed-builder .colours { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0 1rem; }
  peel-embed-builder .colour { display: grid; grid-template-columns: 3rem 1fr; gap: 0 0.5rem; align-items: center; margin: 0.4rem 0; }
  peel-embed-builder .colour input { inline-size: 3rem; block-size: 2rem; }
  peel-embed-builder .colour .value { grid-column: 2; font-size: 0.875rem; color: #484949; }
  peel-embed-builder button { font: inherit; padding: 0.4rem 0.9rem; border: 2px solid #0b0c0c; border-radius: 4px; background: #f3f2f1; color: #0b0c0c; cursor: pointer; }
  peel-embed-builder button.copy { background: #00703c; border-color: #002d18; color: #fff; font-weight: 600; }
  peel-embed-builder button:disabled { color: #505a5f; cursor: default; }
  peel-embed-builder .contrast { border-collapse: collapse; margin: 1rem 0 0; font-size: 0.875rem; }
  peel-embed-builder .contrast caption { text-align: start; font-weight: 600; }
  peel-embed-builder .contrast th, peel-embed-builder .contrast td { padding: 0.2rem 0.5rem; border-bottom: 1px solid #b1b4b6; text-align: start; vertical-align: top; }
  peel-embed-builder .contrast tbody th { font-weight: 400; }
  peel-embed-builder .warnings:not(:empty) { margin-top: 0.75rem; }
  peel-embed-builder .problems p, peel-embed-builder p.problems { margin: 0.5rem 0; padding: 0.5rem 0.75rem; border-inline-start: 5px solid #a8002b; background: #fbe9ec; }
  peel-embed-builder .problems ul { margin: 0.25rem 0; }
  peel-embed-builder .hint { color: #484949; font-size: 0.9rem; }
  peel-embed-builder .frames { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
  peel-embed-builder .frame { box-sizing: border-box; padding: 0.75rem; border: 1px dashed #6f777b; }
  peel-embed-builder .frame.narrow { inline-size: 375px; max-inline-size: 100%; }
  peel-embed-builder .frame.wide { flex: 1 1 30rem; min-inline-size: 0; }
  peel-embed-builder .frames.dark .frame { color-scheme: dark; background: #0b0c0c; color: #f3f2f1; }
  peel-embed-builder .frames.light .frame { color-scheme: light; background: #fff; }
  peel-embed-builder .code { margin-top: 1.5rem; }
  peel-embed-builder .frame-label { margin: 0 0 0.5rem; font-size: 0.8rem; }
  peel-embed-builder .badge-sample img { max-inline-size: 100%; }
  peel-embed-builder .copied:empty { display: none; }
  peel-embed-builder .copied { font-weight: 600; color: #00703c; }
  peel-embed-builder details.addresses { margin: 0.75rem 0; }
  peel-embed-builder summary { cursor: pointer; color: #1d70b8; text-decoration: underline; }
`);
export const builderStyles = sheet;
