// @vitest-environment happy-dom
/** The characters before the caret decide the pause before a lint (see lint-delay.test.ts). */
import { describe, expect, it } from 'vitest';
import { textBeforeCaret } from '../../src/content/caret';

describe('textBeforeCaret', () => {
  it('reads the last characters before a collapsed caret in a rich editor', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello there.</p><p>Please reply today.</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const text = editor.querySelectorAll('p')[1]!.firstChild as Text;
    document.getSelection()!.collapse(text, text.data.length);
    expect(textBeforeCaret(editor)).toBe('day.');
    document.getSelection()!.collapse(text, 6);
    expect(textBeforeCaret(editor, 3)).toBe('ase');
  });

  it('reads nothing for a selection, or a caret outside the editor', () => {
    document.body.innerHTML = '<div contenteditable="true">Reply today.</div><p>Elsewhere.</p>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const inside = editor.firstChild as Text;
    document.getSelection()!.setBaseAndExtent(inside, 0, inside, 5);
    expect(textBeforeCaret(editor)).toBe('');
    const outside = document.querySelector('p')!.firstChild as Text;
    document.getSelection()!.collapse(outside, outside.data.length);
    expect(textBeforeCaret(editor)).toBe('');
  });

  it("reads a textarea's value before its caret", () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea')!;
    area.value = 'Sign by Friday! Thanks';
    area.setSelectionRange(15, 15);
    expect(textBeforeCaret(area)).toBe('day!');
  });
});
