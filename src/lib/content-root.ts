import { resolve } from 'node:path';

/**
 * Where the content/ folder is. Tests point PORTAL_CONTENT_DIR at a temporary copy
 * so that a broken file never touches the real content.
 */
export function contentRoot(): string {
  return resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');
}
