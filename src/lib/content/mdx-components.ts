import { jsx, type Component } from './html-jsx.ts';

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
} satisfies Record<string, Component>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** How staff write each component, for error messages and the README. */
export const MDX_COMPONENT_USAGE: Record<MdxComponentName, string> = {
  Keep: '<Keep>范先生</Keep>（繁体版保留原字形）',
};
