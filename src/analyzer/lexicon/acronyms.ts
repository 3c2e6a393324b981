/**
 * Words written in capitals that are not shouting, for the shouting check of cta/pushy
 * (rules.md: "two or more ALL-CAPS words … that are not acronyms or names").
 * Tokens with digits (B2B, EARLY50, Q4) are never counted, so they need no entry here.
 */

/** Acronyms and names in capitals. Upper case, one entry per token. */
export const CAPS_ALLOWED: ReadonlySet<string> = new Set([
  // Business and sales shorthand, from rules.md and common B2B mail.
  'ROI', 'CEO', 'CFO', 'CTO', 'COO', 'CMO', 'CRO', 'CIO', 'VP', 'SVP', 'EVP', 'GM', 'MD', 'HR', 'IT', 'PR', 'QA',
  'KPI', 'KPIS', 'OKR', 'OKRS', 'CRM', 'ERP', 'ATS', 'LMS', 'WMS', 'TMS', 'CMS', 'POS', 'SEO', 'SEA', 'SEM', 'PPC', 'CPC',
  'CPA', 'CTR', 'CTA', 'ACV', 'ARR', 'MRR', 'LTV', 'CAC', 'NPS', 'SLA', 'SDR', 'SDRS', 'BDR', 'BDRS', 'AE', 'AES', 'SMB',
  'SME', 'SMES', 'ICP', 'MQL', 'SQL', 'RFP', 'RFQ', 'NDA', 'MSA', 'SOW', 'PO', 'AP', 'AR', 'FAQ', 'PDF', 'CSV', 'URL',
  'API', 'APIS', 'AI', 'ML', 'LLM', 'LLMS', 'GPT', 'SAAS', 'PAAS', 'IAAS', 'SSO', 'SAML', 'GDPR', 'ISO', 'SOC', 'HIPAA',
  'HVAC', 'UX', 'UI', 'QR', 'SMS', 'DM', 'DMS', 'PM', 'AM', 'CET', 'CEST', 'EST', 'PST', 'GMT', 'UTC', 'ETA', 'EOD',
  'TBD', 'FYI', 'PS', 'RE', 'FW', 'FWD', 'CC', 'BCC', 'OK', 'USD', 'EUR', 'GBP', 'VAT', 'LLC', 'LTD', 'INC', 'PLC',
  'DC', 'DCS', 'PH', 'IPO', 'USP', 'MVP', 'PMF', 'GTM', 'VR', 'IOT',
  // Places and institutions often written in capitals.
  'USA', 'US', 'UK', 'EU', 'UN', 'NL', 'BE', 'NYC', 'LA', 'SF', 'EMEA', 'APAC', 'DACH', 'NHS', 'IRS', 'HMRC',
  'NASA', 'IBM', 'SAP', 'AWS', 'HP', 'BMW', 'IKEA', 'ICANN', 'LEGO', 'ASML', 'HSBC', 'KPMG', 'AMEX', 'VISA', 'NATO',
  'UNESCO', 'UNICEF', 'FIFA', 'UEFA', 'NASDAQ', 'NYSE', 'LATAM', 'DACH', 'ASEAN', 'OPEC',
  // Technical shorthand of four letters or more (shorter capital tokens are taken as acronyms anyway).
  'HTML', 'HTTP', 'HTTPS', 'JSON', 'YAML', 'CISO', 'CHRO', 'CPTO', 'DEVOPS', 'SCIM', 'OAUTH', 'WCAG', 'BREEAM', 'LEED',
  // Dutch business and public-sector shorthand, from rules.md (BV, KVK, BTW, ZZP, MKB) and Dutch mail.
  'BV', 'NV', 'VOF', 'KVK', 'BTW', 'ZZP', 'ZZPER', 'MKB', 'CAO', 'UWV', 'CBS', 'AVG', 'GGD', 'ICT', 'HBO', 'MBO', 'WO',
  'NS', 'OV', 'KPN', 'ING', 'ABN', 'AMRO', 'KLM', 'HEMA', 'ANWB', 'RDW', 'DGA', 'WOZ', 'NEN', 'SKG', 'KOMO',
  'NVWA', 'RIVM', 'KNMI', 'HAVO', 'NVM', 'VVE', 'WMO', 'SVB', 'CJIB', 'AFM', 'DNB', 'ACM', 'TNO', 'RABO',
  'OZB', 'WKR', 'IB', 'VPB', 'BSN', 'PVV', 'BNR', 'RTL', 'NOS', 'MT', 'DIY', 'EXCL', 'INCL', 'TAV', 'IVM', 'EA',
]);

/**
 * Words that make a leading label in capitals a shout rather than a heading: "PLEASE READ: …",
 * "URGENT: …", "LET OP: …" order or alarm the reader, while "AGENDA:" or "NEXT STEPS:" only name
 * the part that follows. Common English and Dutch attention grabbers of sales mail.
 */
export const ALARM_LABEL_WORDS: ReadonlySet<string> = new Set([
  'PLEASE', 'READ', 'URGENT', 'IMPORTANT', 'ATTENTION', 'ACT', 'NOW', 'HURRY', 'MISS', "DON'T", 'DONT', 'LAST', 'CHANCE',
  'WARNING', 'ALERT', 'ASAP', 'IMMEDIATELY', 'RESPOND', 'REPLY', 'ACTION', 'REQUIRED',
  'GRAAG', 'LEES', 'LEZEN', 'LET', 'OP', 'DRINGEND', 'BELANGRIJK', 'LAATSTE', 'KANS', 'NU', 'SNEL', 'MIS', 'NIET',
  'REAGEER', 'ACTIE', 'VEREIST', 'ATTENTIE', 'SPOED',
]);

/**
 * Short words that are shouting when capitalised, even though most capital tokens of three letters
 * or fewer are acronyms (CRM, SDR, ACV). Common English and Dutch words from hard-sell mail.
 */
export const SHORT_SHOUTS: ReadonlySet<string> = new Set([
  'NOW', 'YES', 'NOT', 'YOU', 'ALL', 'BUY', 'ACT', 'OFF', 'NEW', 'BIG', 'TOP', 'WIN', 'HOT', 'GET', 'OUR', 'ONE',
  'ANY', 'NO', 'GO', 'DO', 'WOW', 'FOR', 'THE', 'AND', 'ARE', 'CAN', 'MAY', 'HAS', 'HER', 'HIS', 'OUT', 'WAY', 'WHY',
  'HOW', 'BUT', 'SO', 'IS', 'OF', 'TO', 'IN', 'ON', 'AT', 'BY', 'OR', 'MY', 'WE', 'ME', 'UP', 'LOW',
  // Verbs and quantities of offers ("UNLIMITED USE", "TRY IT", "PAY NOTHING").
  'USE', 'TRY', 'SEE', 'ASK', 'PAY', 'FEW', 'LET', 'ADD', 'OWN', 'ITS',
  'NU', 'JA', 'NEE', 'NOG', 'WEL', 'OP', 'ZO', 'DIT', 'DAT', 'HET', 'EEN', 'DE', 'EN', 'IK', 'JIJ', 'JE', 'MET', 'VAN',
  'TOT', 'NIET', 'UW', 'MIJ', 'WIJ', 'ZIJ', 'OOK', 'AL', 'ZEER',
]);

/**
 * Ordinary words that hard-sell mail writes in capitals, English and Dutch. A word in capitals that
 * recurs is taken as a product or company name ("AFAS … AFAS") unless it is one of these (or a short
 * shout or alarm word above): "FREE … FREE" is shouting twice, not a name.
 */
export const SHOUT_WORDS: ReadonlySet<string> = new Set([
  // English: offers, urgency and emphasis of promotional mail.
  'FREE', 'HUGE', 'SALE', 'DEAL', 'DEALS', 'OFFER', 'BONUS', 'SAVE', 'SAVING', 'SAVINGS', 'DISCOUNT', 'CHEAP', 'BEST',
  'BIGGEST', 'AMAZING', 'INCREDIBLE', 'EXCLUSIVE', 'LIMITED', 'TODAY', 'TONIGHT', 'TOMORROW', 'ONLY', 'LAST', 'FINAL',
  'CHANCE', 'HURRY', 'QUICK', 'FAST', 'NEVER', 'EVER', 'ALWAYS', 'MUST', 'NEED', 'REALLY', 'VERY', 'GUARANTEED',
  'GUARANTEE', 'RISK', 'WINNER', 'CASH', 'MONEY', 'PRICE', 'PRICES', 'ORDER', 'CALL', 'CLICK', 'JOIN', 'BOOK', 'SIGN',
  'START', 'STOP', 'WAIT', 'MISS', 'EVERYTHING', 'NOTHING', 'THIS', 'THAT', 'WILL', 'YOUR', 'WITH', 'JUST', 'MORE',
  'LESS', 'HALF', 'DOUBLE', 'TRIPLE', 'INSTANT', 'INSTANTLY', 'EXPIRES', 'ENDS', 'LEFT', 'SPOTS', 'SEATS', 'OPEN',
  'CLOSED', 'CLOSING', 'OVER', 'SOON', 'TRIAL', 'GIFT', 'WEEK', 'MONTH', 'YEAR', 'EASY', 'SIMPLE', 'GREAT', 'PERFECT',
  'POWERFUL', 'PROVEN', 'SAFE', 'SECURE', 'BETTER', 'CHEAPER', 'FASTER', 'SMARTER', 'HAPPY', 'URGENT', 'IMPORTANT',
  // Dutch: aanbiedingen, haast en nadruk.
  'GRATIS', 'KORTING', 'AANBIEDING', 'ACTIE', 'UITVERKOOP', 'VANDAAG', 'MORGEN', 'ALLEEN', 'LAATSTE', 'KANS', 'SNEL',
  'NIEUW', 'ECHT', 'ALTIJD', 'NOOIT', 'MOET', 'MOETEN', 'BESTEL', 'BESTELLEN', 'BEL', 'BELLEN', 'KLIK', 'BOEK',
  'TEKEN', 'WACHT', 'WEES', 'VOL', 'PLEKKEN', 'PLAATSEN', 'BEPERKT', 'EXCLUSIEF', 'GEGARANDEERD', 'PRIJS',
  'VOORDEEL', 'CADEAU', 'DEZE', 'MAAND', 'MAKKELIJK', 'SIMPEL', 'SNELLER', 'BETER', 'GOEDKOPER', 'VEILIG', 'DRINGEND', 'JAAR', 'NIEUWE', 'BESTE', 'GOEDKOOPSTE', 'HALVE', 'DUBBEL',
]);
