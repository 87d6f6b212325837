import type { AstroIntegration } from 'astro';
import { samplesShown } from '../lib/samples.ts';

/**
 * The component examples page (/examples/, every state of every component, for developers
 * and the accessibility runs) exists only where samples are asked for (PORTAL_SAMPLES=1),
 * never on the public site.
 */
export function examplesPage(): AstroIntegration {
  return {
    name: 'zhuxue:examples',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (samplesShown()) injectRoute({ pattern: '/examples', entrypoint: './src/components/examples-page/ExamplesPage.astro' });
      },
    },
  };
}
