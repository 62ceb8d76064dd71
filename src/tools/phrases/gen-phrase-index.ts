/**
 * Writes the precomputed phrase index after a phrase file changed:
 *
 *   npm run gen:phrases
 */
import { writeFileSync } from 'node:fs';
import { PHRASE_INDEX_MODULE_PATH, phraseIndexModule } from './phrase-index-module.js';

writeFileSync(PHRASE_INDEX_MODULE_PATH, phraseIndexModule());
console.log(`wrote ${PHRASE_INDEX_MODULE_PATH}`);
