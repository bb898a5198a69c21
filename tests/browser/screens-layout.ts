// A quick look at the screens' layout (run: npx tsx tests/browser/screens-layout.ts [width]x[height] ...): plays to a
// chosen move at each viewport and reports controls that overlap, leave the viewport, are under 44 px, text under
// 14 px, and a page wider than the screen; screenshots go to test-results/layout-*.png.
import { launch, serveDist, RESULTS } from './harness.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ['360x640', '844x390', '1920x1080']).map((s) => s.split('x').map(Number) as [number, number]);
const textSize = Number(process.env.TEXT_SIZE ?? 0);
const lang = process.env.LANG_GAME ?? 'en';

async function problems(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw + 1) out.push(`page wider than the screen: ${document.documentElement.scrollWidth} > ${vw}`);
    const ctl = [...document.querySelectorAll<HTMLElement>('button, summary, [role=log]')].filter((e) => e.offsetParent !== null);
    const rects = ctl.map((e) => ({ id: e.id || e.textContent?.slice(0, 20), r: e.getBoundingClientRect(), e }));
    for (const { id, r, e } of rects) {
      if (e.tagName === 'BUTTON' && (r.height < 43.5 || r.width < 43.5)) out.push(`small target ${id}: ${Math.round(r.width)}x${Math.round(r.height)}`);
      if (r.right > vw + 1 || r.left < -1) out.push(`off-screen ${id}`);
    }
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i].r; const b = rects[j].r;
      if (rects[i].e.contains(rects[j].e) || rects[j].e.contains(rects[i].e)) continue;
      const ix = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const iy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // Sticky sheets scroll over content on purpose; only count overlaps within the same scroll container.
      // Within a scrolling panel, only what is visible counts.
      const clip = (e: HTMLElement, r: DOMRect) => { const s = e.parentElement?.closest('.act-body, .c-panels, .panel'); if (!s) return r; const c = s.getBoundingClientRect(); return new DOMRect(r.x, Math.max(r.y, c.y), r.width, Math.max(0, Math.min(r.bottom, c.bottom) - Math.max(r.y, c.y))); };
      const ca = clip(rects[i].e, a); const cb = clip(rects[j].e, b);
      const vy = Math.min(ca.bottom, cb.bottom) - Math.max(ca.top, cb.top);
      if (ix > 2 && iy > 2 && vy > 2 && rects[i].e.closest('.act') === rects[j].e.closest('.act')) out.push(`overlap ${rects[i].id} / ${rects[j].id}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (!el.childNodes.length || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
      if (el.offsetParent === null || el.closest('.sr-only')) continue;
      const fs = parseFloat(getComputedStyle(el).fontSize);
      if (fs < 13.9) out.push(`small text ${fs}px: ${el.textContent!.slice(0, 30)}`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden') out.push(`clipped: ${el.textContent!.slice(0, 30)}`);
    }
    return [...new Set(out)];
  });
}

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
