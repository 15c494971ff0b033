// The builder page's own styles, adopted by the document (no <style> or style="" in the markup). GOV.UK's
// finish: 19 px body text from 641 px up (16 px below), fieldsets without boxes, 40 px checkboxes, radios,
// selects, fields and buttons, and its yellow focus; a dark theme that follows the reader's setting.
//
// The focus indicator is two rings, 3 px each, around the control: the inner one against the control's edge,
// the outer one against the page (light: yellow then black; dark: black then yellow), so each meets its
// neighbour at 3:1 or more. Forced colours: one ring in the system's highlight colour, 3 px clear of the
// control. It reaches 6 px beyond a control, and no text sits that close to one.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  html:has(peel-embed-builder) {
    color-scheme: light dark;
    --b-text: #0b0c0c; --b-bg: #ffffff; --b-secondary: #484949; --b-border: #0b0c0c; --b-rule: #b1b4b6;
    --b-link: #1d70b8; --b-visited: #4c2c92; --b-input: #ffffff;
    --b-button: #00703c; --b-button-text: #ffffff; --b-button-edge: #002d18;
    --b-quiet: #f3f2f1; --b-quiet-edge: #0b0c0c;
    --b-error: #a8002b; --b-error-bg: #fbe9ec; --b-warn: #a8002b; --b-ok: #00703c;
    --b-ring-inner: #ffdd00; --b-ring-outer: #0b0c0c; --b-focus: #ffdd00; --b-focus-text: #0b0c0c;
    --b-frame-edge: #6f777b;
  }
  @media (prefers-color-scheme: dark) {
    html:has(peel-embed-builder) {
      --b-text: #f3f2f1; --b-bg: #121212; --b-secondary: #c4c4c4; --b-border: #b1b4b6; --b-rule: #6f777b;
      --b-link: #8ec5ff; --b-visited: #cdb4ff; --b-input: #1d1d1d;
      --b-button: #00703c; --b-button-text: #ffffff; --b-button-edge: #b1b4b6;
      --b-quiet: #2b2b2b; --b-quiet-edge: #b1b4b6;
      --b-error: #ff8fa3; --b-error-bg: #33111a; --b-warn: #ffa861; --b-ok: #7ddc9f;
      --b-ring-inner: #0b0c0c; --b-ring-outer: #ffdd00;
      --b-frame-edge: #b1b4b6;
    }
  }
  body:has(> main > peel-embed-builder) { margin: 0; background: var(--b-bg); color: var(--b-text); }
  peel-embed-builder {
    display: block; box-sizing: border-box; max-width: 100rem; margin: 0 auto; padding: 1rem;
    font-family: system-ui, sans-serif; font-size: 1rem; line-height: 1.5; color: var(--b-text);
  }
  @media (min-width: 40.0625em) { peel-embed-builder { font-size: 1.1875rem; padding: 1.25rem 1.875rem; } }
  peel-embed-builder .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; }
  peel-embed-builder h1 { margin: 0 0 0.5rem; font-size: 2rem; line-height: 1.1; }
  peel-embed-builder h2 { margin: 0; font-size: 1.125rem; line-height: 1.25; }
  peel-embed-builder h3 { margin: 1.25rem 0 0.5rem; font-size: 1em; line-height: 1.3; }
  @media (min-width: 40.0625em) {
    peel-embed-builder h1 { font-size: 3rem; }
    peel-embed-builder h2 { font-size: 1.5rem; }
  }
  peel-embed-builder section > h2 { margin-block-end: 1rem; }
  peel-embed-builder p { margin: 0 0 1rem; }
  peel-embed-builder .intro p { max-inline-size: 40em; }
  peel-embed-builder .controls { display: grid; gap: 2rem; align-items: start; }
  peel-embed-builder .jump { display: flex; gap: 1.5rem; margin: 1rem 0; }
  peel-embed-builder a { color: var(--b-link); text-underline-offset: 0.15em; }
  peel-embed-builder a:visited { color: var(--b-visited); }
  peel-embed-builder a:hover { text-decoration-thickness: 0.15em; }
  peel-embed-builder code { font-family: ui-monospace, monospace; font-size: 0.9em; overflow-wrap: anywhere; }

  /* Fieldsets without boxes: the legend is the group's heading. */
  peel-embed-builder fieldset { margin: 0; padding: 0; border: 0; min-inline-size: 0; }
  peel-embed-builder .group > legend { padding: 0; margin-block-end: 1rem; }
  peel-embed-builder legend { padding: 0; }
  peel-embed-builder .choices { margin: 0 0 1.25rem; }
  peel-embed-builder .choices > legend { font-weight: 700; margin-block-end: 0.5rem; }
  peel-embed-builder .field { margin: 0 0 1.25rem; }
  @media (min-width: 40.0625em) {
    peel-embed-builder .field, peel-embed-builder .choices { margin-block-end: 1.5rem; }
  }
  peel-embed-builder .field > label { display: block; font-weight: 700; margin-block-end: 0.5rem; }
  peel-embed-builder .choice, peel-embed-builder .check { display: flex; gap: 0.5rem; align-items: center; margin: 0 0 0.5rem; }
  peel-embed-builder .check { margin-block-end: 1rem; }
  /* GOV.UK's size: a 40 px target, the box or circle drawn by the browser inside it. */
  peel-embed-builder .choice input, peel-embed-builder .check input {
    flex: none; inline-size: 40px; block-size: 40px; margin: 0; accent-color: var(--b-text);
  }
  peel-embed-builder .choice label, peel-embed-builder .check label { padding-block: 0.3rem; font-weight: 400; }
  peel-embed-builder select,
  peel-embed-builder textarea,
  peel-embed-builder input:not([type='radio'], [type='checkbox'], [type='color']) {
    box-sizing: border-box; inline-size: 100%; min-block-size: 40px; margin: 0; padding: 0.3rem;
    font: inherit; border: 2px solid var(--b-border); border-radius: 0; background: var(--b-input); color: var(--b-text);
  }
  peel-embed-builder .code-field { font-family: ui-monospace, monospace; font-size: 0.875rem; line-height: 1.4; }
  peel-embed-builder textarea.prose { font-family: inherit; }
  peel-embed-builder .hint { color: var(--b-secondary); margin: 0 0 0.5rem; }
  peel-embed-builder .field > .hint + select, peel-embed-builder .field > .hint + input { margin-block-start: 0.25rem; }

  /* Focus: two rings (see the head of this file); links and summaries turn yellow, as GOV.UK's do. */
  peel-embed-builder :focus-visible {
    outline: 3px solid var(--b-ring-inner); outline-offset: 0; box-shadow: 0 0 0 6px var(--b-ring-outer);
  }
  peel-embed-builder a:focus-visible, peel-embed-builder summary:focus-visible {
    outline: 3px solid transparent; outline-offset: 0; background: var(--b-focus); color: var(--b-focus-text);
    box-shadow: 0 -2px var(--b-focus), 0 3px var(--b-ring-outer); text-decoration: none;
  }
  peel-embed-builder a:focus-visible code { color: inherit; }
  @media (forced-colors: active) {
    peel-embed-builder :focus-visible,
    peel-embed-builder a:focus-visible,
    peel-embed-builder summary:focus-visible { outline: 3px solid Highlight; outline-offset: 3px; box-shadow: none; }
  }

  /* Colour controls in aligned rows: the swatch, its name, its value. */
  peel-embed-builder .colours {
    display: grid; grid-template-columns: 40px fit-content(20em) minmax(max-content, 1fr); gap: 0.5rem 1rem; align-items: center;
    margin: 0 0 1.25rem; padding: 0; list-style: none;
  }
  peel-embed-builder .colour { display: contents; }
  peel-embed-builder .colour input {
    box-sizing: border-box; inline-size: 40px; block-size: 40px; margin: 0; padding: 2px;
    border: 2px solid var(--b-border); border-radius: 0; background: var(--b-input);
  }
  peel-embed-builder .colour label { font-weight: 400; }
  peel-embed-builder .colour .value { color: var(--b-secondary); font-variant-numeric: tabular-nums; }

  peel-embed-builder button {
    min-block-size: 40px; margin: 0 0 1rem; padding: 0.4rem 0.75rem; font: inherit; line-height: 1.2;
    border: 2px solid var(--b-quiet-edge); border-radius: 0; background: var(--b-quiet); color: var(--b-text); cursor: pointer;
  }
  peel-embed-builder button.copy {
    background: var(--b-button); border-color: var(--b-button-edge); color: var(--b-button-text); font-weight: 700;
  }
  peel-embed-builder button:disabled {
    color: var(--b-secondary); background: var(--b-bg); border-color: var(--b-rule); border-style: dashed; cursor: not-allowed;
  }
  peel-embed-builder .contrast { border-collapse: collapse; margin: 1rem 0 0; font-size: 1rem; }
  peel-embed-builder .contrast caption { text-align: start; font-weight: 700; }
  peel-embed-builder .contrast th, peel-embed-builder .contrast td {
    padding: 0.3rem 0.75rem 0.3rem 0; border-bottom: 1px solid var(--b-rule); text-align: start; vertical-align: top;
  }
  peel-embed-builder .contrast tbody th { font-weight: 400; }
  peel-embed-builder .warnings:not(:empty) { margin-top: 1rem; }
  peel-embed-builder .problems p, peel-embed-builder p.problems, peel-embed-builder .unreachable, peel-embed-builder .hosts {
    margin: 0.5rem 0 1rem; padding: 0.5rem 0.75rem; border-inline-start: 5px solid var(--b-error); background: var(--b-error-bg);
  }
  peel-embed-builder .unreachable { border-color: var(--b-warn); }
  peel-embed-builder .problems ul { margin: 0.25rem 0 1rem; }
  peel-embed-builder .uploads, peel-embed-builder .headers { margin: 0 0 1rem; padding-inline-start: 1.25rem; }
  peel-embed-builder .uploads li, peel-embed-builder .headers li { margin-block-end: 0.35rem; }
  peel-embed-builder .switches { display: flex; flex-wrap: wrap; gap: 0 2rem; }
  peel-embed-builder .switches .choices { display: flex; flex-wrap: wrap; gap: 0 1.25rem; align-items: center; }
  peel-embed-builder .switches .choices legend { inline-size: 100%; }
  peel-embed-builder .frame { margin: 0.5rem 0 0; }
  /* The frame's page, its edge dashed; a wide page drawn smaller keeps its scaled size here. */
  peel-embed-builder .frame .scaler { overflow: hidden; outline: 1px dashed var(--b-frame-edge); }
  peel-embed-builder .frame iframe {
    display: block; box-sizing: border-box; block-size: 8rem; border: 0; transform-origin: 0 0;
  }
  /*
   * Below the form on a narrow screen, a long preview (43 forces' cards) would push the code 30,000 px down:
   * it scrolls inside at most most of a screen, as the preview column does beside the form.
   */
  @media (max-width: 1023.98px) {
    peel-embed-builder .frame .scaler { max-block-size: 80vh; overflow: hidden auto; }
  }
  peel-embed-builder .frame.narrow .scaler { inline-size: fit-content; max-inline-size: 100%; }
  peel-embed-builder .frame.narrow iframe { inline-size: 375px; max-inline-size: 100%; }
  peel-embed-builder .frame.wide iframe { inline-size: 100%; }
  peel-embed-builder .frame.dark iframe { background: #0b0c0c; }
  peel-embed-builder .frame.light iframe { background: #fff; }
  peel-embed-builder .frame-label { margin: 0.35rem 0 0; color: var(--b-secondary); }
  peel-embed-builder .badge-sample img { max-inline-size: 100%; }
  peel-embed-builder .copied:empty { display: none; }
  peel-embed-builder .copied { font-weight: 700; color: var(--b-ok); }
  peel-embed-builder details { margin: 0 0 1.25rem; }
  peel-embed-builder summary { cursor: pointer; color: var(--b-link); text-decoration: underline; min-block-size: 24px; margin-block-end: 1rem; }
  @media (min-width: 1024px) {
    peel-embed-builder .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); grid-template-areas: 'controls preview' 'code preview';
      align-items: start; gap: 2rem 2.5rem;
    }
    peel-embed-builder .controls { grid-area: controls; }
    peel-embed-builder .code { grid-area: code; }
    /* The preview stays in view beside the form: as tall as the screen at most, scrolling inside when longer. */
    peel-embed-builder .preview {
      grid-area: preview; position: sticky; top: 0; max-block-size: 100vh; overflow: auto; box-sizing: border-box;
      padding: 0.5rem 0.5rem 1rem; margin-inline: -0.5rem;
    }
    peel-embed-builder .jump { display: none; }
  }
  /* Where the browser lets a select be styled, its chosen text wraps rather than being cut off. */
  @supports (appearance: base-select) {
    peel-embed-builder select, peel-embed-builder select::picker(select) { appearance: base-select; }
    peel-embed-builder select { white-space: normal; text-align: start; }
    peel-embed-builder select::picker-icon { align-self: center; }
    peel-embed-builder select::picker(select) {
      border: 2px solid var(--b-border); background: var(--b-input); color: var(--b-text); max-inline-size: calc(100vw - 1rem);
    }
    peel-embed-builder select option { white-space: normal; padding: 0.35rem 0.5rem; }
    peel-embed-builder select option:checked { font-weight: 700; }
  }
`);
export const builderStyles = sheet;
