/** The mojibake check: UTF-8 read as windows-1252 or Mac Roman is found; real accented text is not. */
import { findMojibake, mojibakeReason } from './encoding.mojibake';

describe('findMojibake', () => {
  it.each([
    ['Serveur CafÃ©', 'Ã©', 'é', 'windows-1252'],
    ['Dellâ€™s spare', 'â€™', '’', 'windows-1252'],
    ['MÃ¼ller', 'Ã¼', 'ü', 'windows-1252'],
    ['Preis 5 â‚¬', 'â‚¬', '€', 'windows-1252'],
    ['ÐœÐ¾ÑÐºÐ²Ð°', 'Ðœ', 'М', 'windows-1252'],
    ['Caf√©', '√©', 'é', 'macintosh'],
  ])('%s: "%s" was "%s" read as %s', (cell, found, was, readAs) => {
    expect(findMojibake(cell)).toEqual({ found, was, readAs });
  });

  it.each([
    'Café',
    'Müller, Straße 5',
    'Dell’s “spare”',
    'ÇA VA',
    'Ñandú',
    'Zoë',
    '€ 1 299',
    'Łódź',
    'plain ascii',
    '',
  ])('leaves %s alone', (cell) => {
    expect(findMojibake(cell)).toBeUndefined();
  });

  it('says what the text was and where it came from', () => {
    expect(mojibakeReason({ found: 'Ã©', was: 'é', readAs: 'windows-1252' })).toBe(
      '"Ã©" looks like UTF-8 that was read as windows-1252 (it is how "é" comes out): the text was damaged before it reached this file; correct it at the source or in the file',
    );
  });
});
