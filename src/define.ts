// Registers every element. Each tag is defined only if it is free, so loading this twice is harmless.
import './components/peel-rating/define.js';
import './components/pillar-summary/define.js';
import './components/key-facts-panel/define.js';
import './components/peel-assessment/define.js';
import './components/peel-compare/define.js';
import './components/peel-history/define.js';
