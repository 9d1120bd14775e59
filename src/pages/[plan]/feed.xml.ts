import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { pageHref } from '../../lib/url';
import { getSite } from '../../site';
import { feedHref, feedItems } from '../../site/feeds';
import { planPaths } from '../../site/paths';

/** One plan's progress reports and updates: /<plan>/feed.xml */
export const getStaticPaths = planPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const site = await getSite();
  const plan = site.planById.get(params.plan!)!;
  return rss({
    title: `${plan.data.title}: progress reports and updates`,
    description: `New progress reports for ${plan.data.title}, and the updates they make to its actions and outcomes.`,
    site: new URL(pageHref(plan.id), siteUrl).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: feedItems(site, siteUrl!, plan.id),
    customData: `<language>en-gb</language><atom:link href="${new URL(feedHref(plan.id), siteUrl).href}" rel="self" type="application/rss+xml"/>`,
  });
};
