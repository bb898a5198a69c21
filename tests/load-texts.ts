// Before each test file: every language's texts, which the page loads pack by pack as it needs them.
import { loadAllTexts } from '../src/text/index.ts';

await loadAllTexts();
