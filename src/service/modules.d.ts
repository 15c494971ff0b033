// Modules the service's build makes (scripts/service-build.mjs) or the platform provides.

/** The card's font files and, per weight, each character's advance (em) and the file that has it. */
declare module 'virtual:card-fonts' {
  export const FAMILY: string;
  export const WIDTHS: Record<400 | 700, Record<string, [width: number, file: number] | undefined>>;
  export function fontFiles(): Uint8Array[];
}

/** resvg's WebAssembly beside dist/worker.js, which Workers hand over compiled. */
declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}

/** The /embed page's inline script (src/service/height-entry.ts, bundled): the iframe page's height message. */
declare module 'virtual:height-script' {
  const script: string;
  export default script;
}
