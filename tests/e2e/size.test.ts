/** The content script a Gmail or LinkedIn page loads stays within its size budget (gzipped). */
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScriptChunks, formatSizes } from '../../scripts/size';
import { DIST } from './harness';

describe('content-script size', () => {
  it('the loader and every chunk it pulls in stay under 160 KB gzipped', () => {
    const chunks = contentScriptChunks(DIST);
    console.log(`[budget] content-script chunks\n${formatSizes(chunks)}`);
    // The loader, the content module and its shared chunks: at least two files, or the walk broke.
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(chunks.some((c) => c.file.includes('content'))).toBe(true);
    expect(chunks.reduce((sum, c) => sum + c.gzipped, 0)).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
  });
});
