import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { pageHref } from '../lib/url';
import { getSite } from '../site';
import { feedHref, feedItems } from '../site/feeds';

/** Every plan's progress reports and updates: /feed.xml */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  return rss({
    title: `${site.settings.title}: progress reports and updates`,
    description: `New progress reports, and the updates they make to actions and outcomes, from every plan on ${site.settings.title}.`,
    site: new URL(pageHref(''), siteUrl).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: feedItems(site, siteUrl!),
    customData: `<language>en-gb</language><atom:link href="${new URL(feedHref(), siteUrl).href}" rel="self" type="application/rss+xml"/>`,
  });
};
