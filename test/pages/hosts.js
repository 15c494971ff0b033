// Every host page: `?theme=dark` makes it a dark site (class on <html>, no color-scheme), set before the bundle runs.
const query = new URLSearchParams(location.search);
if (query.get('theme') === 'dark') document.documentElement.classList.add('dark');
