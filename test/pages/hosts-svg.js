// The static SVG badge as the builder and the CLI write it (src/cli/badge.ts), inline and as an <img>.
import { badgeSvg } from '/src/cli/badge.ts';

const svg = badgeSvg({
  grade: 'requires-improvement',
  previousGrade: 'good',
  label: 'Preventing crime',
  id: 'sidebar',
});
document.getElementById('svg-inline').innerHTML = svg;
const img = document.createElement('img');
img.alt = 'Preventing crime: Requires improvement, down from Good';
// As docs/no-script.md writes it: an image of its own size at most, smaller in a narrower column.
img.style.cssText = 'max-width: 100%; height: auto';
img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
document.getElementById('svg-img').append(img);
