/**
 * msg() when the browser answers nothing: the bundled English text, placeholders filled, never a
 * bare key (a popup showing "popupEmptyUnsupported" instead of a sentence).
 */
import { describe, expect, it, vi } from 'vitest';

const getMessage = vi.fn<(key: string, values: string[]) => string>();
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage, getUILanguage: () => 'en-US' } } }));

const { msg } = await import('../../src/shared/i18n');

describe('msg() fallback', () => {
  it('uses the browser’s catalogue when it answers', () => {
    getMessage.mockReturnValueOnce('Pitchlint-score 70 van 100, 2 bevindingen');
    expect(msg('overlayBadgeLabelMany', 70, 2)).toBe('Pitchlint-score 70 van 100, 2 bevindingen');
    expect(getMessage).toHaveBeenLastCalledWith('overlayBadgeLabelMany', ['70', '2']);
  });

  it('falls back to the bundled English text with its placeholders filled', () => {
    getMessage.mockReturnValue('');
    expect(msg('popupEmptyUnsupported')).toMatch(/Gmail and LinkedIn/);
    expect(msg('overlayBadgeLabelMany', 70, 2)).toBe('Pitchlint score 70 of 100, 2 findings');
  });

  it('falls back when the i18n API throws', () => {
    getMessage.mockImplementation(() => {
      throw new Error('no i18n here');
    });
    expect(msg('overlayBadgeLabelOne', 85)).toBe('Pitchlint score 85 of 100, 1 finding');
  });
});
