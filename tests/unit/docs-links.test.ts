import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, headingAnchors, projectDocs } from '../helpers/doc-links.ts';
import { PROJECT } from '../helpers/content-copy.ts';

describe('links in the README and docs/', () => {
  it('every relative link and anchor points at something', () => {
    const files = projectDocs(PROJECT);
    expect(files.length).toBeGreaterThan(8);
    expect(brokenLinks(files, PROJECT)).toEqual([]);
  });

  it('anchors are made from headings the way GitHub makes them', () => {
    const anchors = headingAnchors('# 保留原样（Keep）\n## 删文件之后紧接着建文件，慢三倍\n## 两条命令\n## 两条命令\n```\n# 不是标题\n```\n');
    expect([...anchors]).toEqual(['保留原样keep', '删文件之后紧接着建文件慢三倍', '两条命令', '两条命令-1']);
  });

  it('finds a missing file, a missing anchor and a site path, and ignores code', () => {
    const root = mkdtempSync(join(tmpdir(), 'zhuxue-docs-'));
    try {
      mkdirSync(join(root, 'docs'));
      writeFileSync(join(root, 'README.md'), '# 首页\n[手册](docs/a.md) [错](docs/b.md) [锚](docs/a.md#没有) [站内](/news/)\n`[代码](nowhere.md)`\n');
      writeFileSync(join(root, 'docs/a.md'), '# 甲\n[回去](../README.md#首页) [本页](#甲)\n');
      expect(brokenLinks(projectDocs(root), root).map((b) => b.link)).toEqual(['docs/b.md', 'docs/a.md#没有', '/news/']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
