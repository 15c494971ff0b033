// Every string of each language, the cards' too, for tests (the elements load the cards' with them).
export { CARD_STRINGS as STRINGS } from '../src/i18n/card-strings.js';
