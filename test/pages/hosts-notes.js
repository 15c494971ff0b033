// Host pages: `?hold=<key>` gives the elements marked data-hold a `src` the test server holds until the test
// releases the key (test/server-plugin.mjs), so that they show their loading state as long as a test needs.
const hold = new URLSearchParams(location.search).get('hold');
for (const el of document.querySelectorAll('[data-hold]'))
  el.setAttribute('src', `/__peel/ok/northamptonshire-2017?hold=${encodeURIComponent(hold ?? 'never')}`);
