/** The adapter for the page's host, or null on a host Pitchlint does not lint. */
import { gmail } from './gmail';
import { linkedin } from './linkedin';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';

const BY_HOST: Record<string, SiteAdapter> = {
  'mail.google.com': gmail,
  'www.linkedin.com': linkedin,
  'outlook.office.com': outlook,
  'outlook.office365.com': outlook,
  'outlook.live.com': outlook,
};

export function adapterFor(hostname: string): SiteAdapter | null {
  return BY_HOST[hostname] ?? null;
}
