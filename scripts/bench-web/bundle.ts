// The bundle: every shipped file's size (raw and gzip), and the game's own JavaScript against its budget, a quarter
// of Phaser's gzip size: what the title needs in each language (the entry, every chunk it imports statically, and the
// language's interface texts, which load before the title shows), and everything (every screen, both languages).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Budget } from './report.ts';

type Chunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };

export function bundleBudgets(outDir: string): Budget[] {
  const assets = join(outDir, 'assets');
  const gz = new Map<string, number>();
  let rawJs = 0;
  let gzJs = 0;
  let rawAll = 0;
  for (const f of readdirSync(assets).sort()) {
    const bytes = readFileSync(join(assets, f));
    rawAll += statSync(join(assets, f)).size;
    if (!f.endsWith('.js')) continue;
    const g = gzipSync(bytes).length;
    gz.set(`assets/${f}`, g);
    rawJs += bytes.length;
    gzJs += g;
    console.log(`  ${f.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} kB  gzip ${(g / 1024).toFixed(1).padStart(7)} kB`);
  }
  console.log(`bundle: JavaScript ${(rawJs / 1024).toFixed(0)} kB (${(gzJs / 1024).toFixed(0)} kB gzip); all assets ${(rawAll / 1024).toFixed(0)} kB`);

  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const isPhaser = (c: Chunk) => /(^|\/)phaser[-.]/.test(c.file);
  const closure = (keys: string[], into = new Set<string>()) => {
    for (const k of keys) {
      if (into.has(k)) continue;
      into.add(k);
      closure(manifest[k].imports ?? [], into);
    }
    return into;
  };
  const gzOf = (keys: Iterable<string>) =>
    [...keys].map((k) => manifest[k]).filter((c) => c.file.endsWith('.js') && !isPhaser(c)).reduce((n, c) => n + (gz.get(c.file) ?? 0), 0);
  const initial = closure(Object.keys(manifest).filter((k) => manifest[k].isEntry));
  // The interface texts the title waits for (src/text/i18n.ts PACKS, `ui`).
  const title = (lang: string) => closure(Object.keys(manifest).filter((k) => new RegExp(`src/text/(ui|screens)\\.${lang}\\.ts$`).test(k)), new Set(initial));
  const phaser = Object.values(manifest).filter(isPhaser).reduce((n, c) => n + (gz.get(c.file) ?? 0), 0);
  const budget = phaser / 4;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`game JavaScript, total (every screen, both languages): ${kb(gzOf(Object.keys(manifest)))} gzip; Phaser ${kb(phaser)} gzip`);
  return (['en', 'fr'] as const).map((lang) => {
    const n = gzOf(title(lang));
    return {
      name: `game JavaScript the title needs, ${lang === 'en' ? 'English' : 'French'}`,
      figure: `${kb(n)} gzip`,
      budget: `${kb(budget)} or less (a quarter of Phaser's ${kb(phaser)})`,
      ok: n <= budget,
    };
  });
}
