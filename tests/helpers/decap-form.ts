// A news item written in Decap's form as staff write it (the dev admin and the live admin alike).
import type { Page } from '@playwright/test';

export async function writeNewsItem(page: Page, title: string): Promise<void> {
  await page.getByLabel('标题（title）').fill(title);
  await page.getByLabel('发布日期（publishedOn）').fill('2026-11-20');
  await page.getByLabel('来源名称（name）').fill('济南市总工会');
  await page.getByLabel('发稿或所报道的工会（unit）').fill('济南市总工会');
  await page.getByLabel('摘要（summary）').fill('济南市总工会向困难职工家庭的大学新生发放助学金。');
  await page.getByLabel('相关项目（programs）').click();
  await page.getByText('金秋助学', { exact: true }).click();
  await page.keyboard.press('Escape');
  await page.locator('.cms-editor-raw [contenteditable="true"]').click();
  await page.keyboard.type(`${title}，为困难职工家庭的大学新生发放助学金。`);
}
