// Vue's browser build (with its template compiler) has the same API as the package's main entry.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
