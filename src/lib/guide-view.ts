import type { Guide } from '../schemas/guide.ts';
import { ARTICLE_REF } from '../schemas/law.ts';
import { routes } from './routes.ts';
import type { Site } from './site-data.ts';

/**
 * Resolve a guide's ids into what its page shows. The content guard has already proved
 * every id exists, so a miss here is a programming error and throws.
 */
export function guideView(g: Guide, site: Pick<Site, 'region' | 'lawItem' | 'policy'>) {
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`指南引用了不存在的${what}`);
    return value;
  };
  return {
    contacts: g.contacts.map((id) => {
      const r = must(site.region.get(id), `地区 ${id}`);
      return { name: r.federation ?? r.name, hotline: r.hotline, href: routes.region(id) };
    }),
    articles: g.legalBasis.map((ref) => {
      const [, lawId = '', num = ''] = must(ARTICLE_REF.exec(ref) ?? undefined, `条文 ${ref}`);
      const law = must(site.lawItem.get(lawId), `法规 ${lawId}`).data;
      const article = must(law.articles.find((a) => a.number === Number(num)), `条文 ${ref}`);
      return { lawShortName: law.shortName, number: article.number, text: article.text, href: routes.lawArticle(lawId, article.number) };
    }),
    policies: g.relatedPolicies.map((id) => {
      const p = must(site.policy.get(id), `政策 ${id}`).data;
      return { title: p.title, status: p.status, href: routes.policy(id) };
    }),
  };
}
