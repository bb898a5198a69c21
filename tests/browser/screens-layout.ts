// A quick look at the screens' layout (run: npx tsx tests/browser/screens-layout.ts [width]x[height] ...): plays to a
// chosen move at each viewport and reports controls that overlap, leave the viewport, are under 44 px, text under
// 14 px, and a page wider than the screen; screenshots go to test-results/layout-*.png.
import { launch, serveDist, RESULTS } from './harness.ts';
import { problems } from './layout-checks.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ['360x640', '844x390', '1920x1080']).map((s) => s.split('x').map(Number) as [number, number]);
const textSize = Number(process.env.TEXT_SIZE ?? 0);
const lang = process.env.LANG_GAME ?? 'en';

const site = await serveDist();
const browser = await launch();
mkdirSync(RESULTS, { recursive: true });
let bad = 0;
for (const [width, height] of sizes) {
  const ctx = await browser.newContext({ viewport: { width, height }, isMobile: width < 900, hasTouch: width < 900, reducedMotion: 'reduce' });
  await ctx.addInitScript('window.__name = (f) => f');
  await ctx.addInitScript(`localStorage.setItem('five-days-in-november:settings', JSON.stringify({ lang: '${lang}', sound: false, reducedMotion: true, textSize: ${textSize} }))`);
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`  console ${m.type()}: ${m.text()}`); });
  const tag = `${width}x${height}-t${textSize}-${lang}`;
  const check = async (name: string) => {
    await page.waitForTimeout(150);
    const p = await problems(page);
    bad += p.length;
    console.log(`${tag} ${name}: ${p.length ? p.join('; ') : 'ok'}`);
    await page.screenshot({ path: join(RESULTS, `layout-${tag}-${name}.png`) });
  };
  await page.goto(site.url);
  await page.waitForSelector('html[data-flow="title"]');
  await check('title');
  await page.click('#title-new');
  await page.waitForSelector('html[data-flow="setup"]');
  await page.click('#party-board');
  await page.click('#rules-open');
  await page.click('#rule-full-board');
  await check('setup-rules');
  await page.click('#rule-full-board');
  await check('setup');
  await page.click('#party-start');
  await page.waitForSelector('html[data-flow="prologue"]');
  await page.locator('[id^="move-"]:not([aria-disabled="true"])').first().click();
  await check('prologue');
  await page.locator('#opt-0').click().catch(() => undefined);
  await page.click('#end-turn');
  await page.waitForSelector('html[data-flow="resolved"]');
  await check('resolved');
  await page.click('#res-continue');
  await page.waitForSelector('html[data-flow="choosing"]');
  const cards = await page.locator('[id^="move-"]:not([aria-disabled="true"])').count();
  await page.locator('[id^="move-"]:not([aria-disabled="true"])').nth(Math.min(2, cards - 1)).click();
  const concept = page.locator('[id^="concept-"]').first();
  if (await concept.count()) await concept.click();
  await check('choosing');
  await ctx.close();
}
await browser.close();
await site.close();
console.log(bad ? `${bad} problems` : 'no problems');
