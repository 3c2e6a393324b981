/**
 * Formality switches in Dutch templates ("{jou}", "{mocht_jij}", "[je/u]") stand for their own
 * words, so the sentence around them keeps its grammar; other fields keep their values.
 */
import { describe, expect, it } from 'vitest';
import { fieldKind, valueFor } from '../../src/analyzer/placeholders/values';

const read = (inner: string) => valueFor(fieldKind(inner, 'brace'), inner, 'nl');

describe('formality-switch fields', () => {
  it.each([
    ['jou', 'jou'],
    ['jouw', 'jouw'],
    ['mocht_jij', 'mocht jij'],
    ['weet_jij', 'weet jij'],
    ['ben_je', 'ben je'],
    ['jij_wil', 'jij wil'],
    ['je/u', 'je'],
  ])('{%s} reads as "%s"', (inner, value) => {
    expect(read(inner)).toBe(value);
  });
  it.each([
    ['your_name', 'Anna'],
    ['ondertekening', 'Anna'],
    ['voornaam', 'Anna'],
    ['jouw_bedrijf', 'Acme'],
  ])('{%s} keeps the value of its kind ("%s")', (inner, value) => {
    expect(read(inner)).toBe(value);
  });
});
