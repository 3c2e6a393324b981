/**
 * msg() when the browser answers nothing: the bundled text in the browser's interface language
 * (English unless it is Dutch), placeholders filled, never a bare key (a popup showing
 * "popupEmptyUnsupported" instead of a sentence).
 */
import { describe, expect, it, vi } from 'vitest';

const getMessage = vi.fn<(key: string, values?: string[]) => string>();
const getUILanguage = vi.fn(() => 'en-US');
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage, getUILanguage } } }));

const { msg, uiLanguage } = await import('../../src/shared/i18n');

describe('msg() fallback', () => {
  it('uses the browser’s catalogue when it answers', () => {
    getMessage.mockReturnValueOnce('Pitchlint-score 70 van 100, 2 bevindingen');
    expect(msg('overlayBadgeLabelMany', 70, 2)).toBe('Pitchlint-score 70 van 100, 2 bevindingen');
    expect(getMessage).toHaveBeenLastCalledWith('overlayBadgeLabelMany', ['70', '2']);
  });

  it('falls back to the bundled English text with its placeholders filled', () => {
    getMessage.mockReturnValue('');
    expect(msg('popupEmptyUnsupported')).toMatch(/Gmail, Outlook and LinkedIn/);
    expect(msg('overlayBadgeLabelMany', 70, 2)).toBe('Pitchlint score 70 of 100, 2 findings');
  });

  it('falls back when the i18n API throws', () => {
    getMessage.mockImplementation(() => {
      throw new Error('no i18n here');
    });
    expect(msg('overlayBadgeLabelOne', 85)).toBe('Pitchlint score 85 of 100, 1 finding');
  });

  it('falls back to the bundled Dutch text in a Dutch browser whose catalogue went missing', () => {
    getMessage.mockReset();
    getMessage.mockReturnValue('');
    getUILanguage.mockReturnValue('nl-NL');
    try {
      expect(msg('overlayBadgeLabelMany', 70, 2)).toBe('Pitchlint-score 70 van 100, 2 bevindingen');
      expect(uiLanguage()).toBe('nl');
    } finally {
      getUILanguage.mockReturnValue('en-US');
    }
  });

  it('reads the interface language from the catalogue when it answers', () => {
    getMessage.mockReset();
    getMessage.mockImplementation((key) => (key === 'uiLanguage' ? 'nl' : ''));
    expect(uiLanguage()).toBe('nl');
    getMessage.mockReturnValue('');
    expect(uiLanguage()).toBe('en');
  });
});
