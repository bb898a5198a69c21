// Layout checks in the page: controls that overlap (what is visible of them within their scrolling panel), leave the
// viewport, or are smaller than 44 px; text under 14 px or clipped; a page wider than the screen.
import type { Page } from '@playwright/test';

export async function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw + 1) out.push(`page wider than the screen: ${document.documentElement.scrollWidth} > ${vw}`);
    // What a closed <details> holds is not on screen (its own summary is).
    const shown = (e: HTMLElement) => {
      for (let d = e.parentElement?.closest('details'); d; d = d.parentElement?.closest('details')) {
        if (!d.open && !(e.tagName === 'SUMMARY' && e.parentElement === d)) return false;
      }
      return e.offsetParent !== null;
    };
    const ctl = [...document.querySelectorAll<HTMLElement>('button, summary, [role=log], h1, h2, .legend li')].filter(shown);
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
