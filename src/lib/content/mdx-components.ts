import { ID_PATTERN } from '../../schemas/common.ts';
import { figureMarker } from '../figures/quote.ts';
import { citeMarker } from '../law/cite.ts';
import { Html, jsx, type Component } from './html-jsx.ts';

/** A component used the wrong way: the message is for staff and names the component. */
export class MdxUsageError extends Error {
  readonly component: string;
  constructor(component: string, message: string) {
    super(message);
    this.component = component;
  }
}

/**
 * The components staff may use inside the body of a news item, policy or guide. Nothing
 * else: an unknown tag stops the check with its line, so a typo never publishes silently.
 */
export const MDX_COMPONENTS = {
  /**
   * <Keep>范先生</Keep>：繁体版照原样保留这段文字，不做简繁转换。用于人名、引用的原文等。
   * translate="no" is the web's own "do not translate" mark; the Traditional edition and
   * browser translators both honour it. The kept text is Simplified, so it says so.
   */
  Keep: ({ children }) => jsx('span', { translate: 'no', lang: 'zh-Hans', children }),
  /**
   * <Cite law="jiaoyu-fa" article={38} />：引用法规汇编中的一条条文。页面显示
   * 《中华人民共和国教育法》第三十八条，链接到该条，鼠标停留、键盘聚焦或点按时显示条文。
   * Renders a marker; the build checks the article exists and pages fill in the rest.
   */
  Cite: ({ law, article }) => {
    const usage = '写法：<Cite law="jiaoyu-fa" article={38} />';
    if (typeof law !== 'string' || !ID_PATTERN.test(law)) {
      throw new MdxUsageError('Cite', `<Cite> 的 law 应为法规编号（content/law 下的文件名），例如 jiaoyu-fa。${usage}`);
    }
    const n = typeof article === 'string' && /^\d+$/.test(article) ? Number(article) : article;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      throw new MdxUsageError('Cite', `<Cite law="${law}"> 的 article 应为条号数字，例如 第三十八条 写 article={38}。${usage}`);
    }
    return new Html(citeMarker(law, n));
  },
  /**
   * <Figure metric="aid-funds" year={2017} scope="shandong" />：引用年度数据中的一个数字。
   * 显示为 3807.91万元，链接到该年数据页的这一行；数字只在 content/figures 里写一次。
   * 同一年同一范围的指标在两个项目中都有时，加 program="golden-autumn"。
   */
  Figure: ({ metric, year, scope, program }) => {
    const usage = '写法：<Figure metric="aid-funds" year={2017} scope="shandong" />';
    const id = (v: unknown) => typeof v === 'string' && ID_PATTERN.test(v);
    if (!id(metric)) throw new MdxUsageError('Figure', `<Figure> 的 metric 应为指标编号（见 src/schemas/metrics.ts），例如 aid-funds。${usage}`);
    const y = typeof year === 'string' && /^\d{4}$/.test(year) ? Number(year) : year;
    if (typeof y !== 'number' || !Number.isInteger(y) || y < 1000 || y > 9999) {
      throw new MdxUsageError('Figure', `<Figure metric="${String(metric)}"> 的 year 应为四位年份数字，例如 year={2017}。${usage}`);
    }
    if (!id(scope)) throw new MdxUsageError('Figure', `<Figure> 的 scope 应为地区编号，例如 shandong 或 jinan。${usage}`);
    if (program !== undefined && !id(program)) throw new MdxUsageError('Figure', `<Figure> 的 program 只能是 golden-autumn 或 sunshine-employment。${usage}`);
    return new Html(figureMarker({ metric: metric as string, year: y, scope: scope as string, program: program as string | undefined }));
  },
} satisfies Record<string, Component>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** How staff write each component, for error messages and the README. */
export const MDX_COMPONENT_USAGE: Record<MdxComponentName, string> = {
  Keep: '<Keep>范先生</Keep>（繁体版保留原字形）',
  Cite: '<Cite law="jiaoyu-fa" article={38} />（引用法规条文）',
  Figure: '<Figure metric="aid-funds" year={2017} scope="shandong" />（引用年度数据）',
};

/** The props each component declares; the body guard refuses any other (an onClick, a style). */
export const MDX_COMPONENT_PROPS: Record<MdxComponentName, readonly string[]> = {
  Keep: [],
  Cite: ['law', 'article'],
  Figure: ['metric', 'year', 'scope', 'program'],
};
