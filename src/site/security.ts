import { externalOrigin, type PolicyOptions } from '../lib/security';
import type { SiteSettings } from '../schemas';

/**
 * What the site's own settings add to the Content-Security-Policy: a statistics service, if turned on,
 * and the only sites that may frame the chart embeds, if the publisher lists them.
 */
export function policyOptions(settings: Pick<SiteSettings, 'analytics' | 'embeds'>): PolicyOptions {
  const analytics = settings.analytics;
  const origin = analytics.provider === 'plausible' ? externalOrigin(analytics.src) : undefined;
  return { scriptOrigins: origin ? [origin] : [], ...(settings.embeds && { embedSites: settings.embeds.allowedSites }) };
}
