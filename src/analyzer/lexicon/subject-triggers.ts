/**
 * Word lists for the subject set (subject/shouting, subject/length).
 */

/**
 * Spam triggers in a subject line: the examples of rules.md, plus the subject phrases that
 * mail filters and deliverability checklists commonly flag ("risk-free", "click here",
 * "limited time"). Phrase sources for `phrasePattern`.
 */
export const SUBJECT_TRIGGERS: readonly string[] = [
  // rules.md, English.
  'free', 'urgent', 'act now', '100% guaranteed', '\\$\\$\\$',
  // Deliverability checklists, English.
  'risk[- ]free', 'click here', 'limited time( offer)?', 'buy now', 'order now', 'winner', 'cash bonus',
  // rules.md, Dutch.
  'gratis', 'dringend', 'nu in actie',
  // Deliverability checklists, Dutch.
  'klik hier', '100% gegarandeerd', 'spoed', 'winnaar', 'bestel nu', 'koop nu', 'tijdelijk aanbod',
];

/**
 * Words in capitals that are acronyms or names, not shouting: business and tech acronyms of
 * sales mail (rules.md names ROI, CEO, SaaS, KPI, B2B), common Dutch ones and a few codes.
 * A capitalised token with a digit (B2B, Q3, ISO27001) is always taken as an acronym.
 */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  // Roles and business.
  'CEO', 'CFO', 'CTO', 'COO', 'CMO', 'CIO', 'CRO', 'CISO', 'VP', 'HR', 'PR', 'IT', 'ICT', 'QA',
  'ROI', 'KPI', 'KPIS', 'OKR', 'OKRS', 'SLA', 'NDA', 'RFP', 'RFQ', 'POC', 'MVP', 'USP', 'ICP', 'ARR', 'MRR', 'CAC', 'LTV',
  'OEE', 'ERP', 'CRM', 'CMS', 'ATS', 'WMS', 'MES', 'SEO', 'SEA', 'PPC', 'CPC', 'CTR', 'SMB', 'SME', 'SAAS', 'AI', 'ML',
  'API', 'APIS', 'SDK', 'UX', 'UI', 'PDF', 'CSV', 'URL', 'FAQ', 'Q&A', 'AM', 'PM', 'ETA', 'EOD', 'ASAP', 'FYI',
  'GDPR', 'ISO', 'ESG', 'CSR', 'HVAC', 'EV', 'IOT', 'LLM', 'GPU', 'CPU', 'AWS', 'GCP', 'SAP', 'IBM', 'HP', 'BMW', 'KLM',
  'UK', 'US', 'USA', 'EU', 'NL', 'BE', 'DE', 'EMEA', 'APAC', 'NYC', 'LA', 'TV',
  // Dutch.
  'MKB', 'ZZP', 'ZZP\'ER', 'ZZP\'ERS', 'BV', 'NV', 'VOF', 'AVG', 'KVK', 'BTW', 'CAO', 'UWV', 'GGD', 'ECD', 'HBO', 'MBO', 'WO',
  'NS', 'ANWB', 'TNO', 'RIVM', 'VWS', 'OV', 'ICT\'ER', 'EPD', 'WMO', 'ZZP-ER',
]);

/**
 * Filler openings that make a subject long without saying anything; subject/length drops them
 * when it proposes a shorter subject. From common cold-email subject habits.
 */
export const SUBJECT_FILLERS: readonly string[] = [
  '(a )?quick question (about|on|regarding)', 'following up (on|about|regarding)', 'just checking in (on|about)',
  '(a )?(quick|short) note (about|on)', 'reaching out (about|regarding)', 'an idea (about|for)', 'thoughts on',
  '(een )?(snelle |korte )?vraag over', '(een )?vraagje over', 'even over', 'opvolging (van|over)', 'naar aanleiding van',
  'ik neem contact op over', 'een idee voor',
];

/** Reply and forward prefixes, not part of what the reader reads as the subject. */
export const SUBJECT_PREFIX = /^\s*(?:(?:re|fw|fwd|aw|antw|doorst|wg)\s*:\s*)+/i;
