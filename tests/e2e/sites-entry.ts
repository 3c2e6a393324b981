/** What the site-adapter tests inject into fixture pages (bundled as an IIFE, global PitchlintSites). */
export { gmail } from '../../src/sites/gmail';
export { linkedin } from '../../src/sites/linkedin';
export { rangeFor, readRichText } from '../../src/sites/dom-text';
export { outlook } from '../../src/sites/outlook';
export { usableByUser } from '../../src/sites/visibility';
