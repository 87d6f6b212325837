import { initChecklists } from './checklist.ts';
import { initCitations } from './cite.ts';
import { initCopyCitation } from './copy-citation.ts';

// One small module for the enhancements content pages share; each finds its own markup
// and does nothing without it. Pages work fully without it.
initCitations();
initCopyCitation();
initChecklists();
