import { externalOrigin, type PolicyOptions } from '../lib/security';
import type { SiteSettings } from '../schemas';

/** What the site's own settings add to the Content-Security-Policy: a statistics service, if turned on. */
export function policyOptions(settings: Pick<SiteSettings, 'analytics'>): PolicyOptions {
  const analytics = settings.analytics;
  const origin = analytics.provider === 'plausible' ? externalOrigin(analytics.src) : undefined;
  return { scriptOrigins: origin ? [origin] : [] };
}
