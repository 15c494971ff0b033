// The /embed page's one script, inlined by the build (virtual:height-script): its height to the page around it,
// by the iframe page's own rule (src/embed/height.ts), to the origin `origin=` names or else the referrer's.
// Where neither is known it tells no one: never '*'.
import { parentOrigin, reportHeight } from '../embed/height.js';

const query = new URLSearchParams(location.search);
const target = parentOrigin(query.get('origin'), document.referrer);
const pym = query.get('childId');
if (target !== '*') reportHeight(document.documentElement, target, pym && /^[\w-]{1,64}$/.test(pym) ? pym : undefined);
