/** Apple's current Mac Roman table: 0xDB is €, the curly quotes, and the decoder stream across chunk boundaries. */
import { Readable } from 'node:stream';
import { decodeBytes, decodeStream, encodingExists, isMacRoman, MAC_ROMAN_NAMES } from './encoding.tables';

describe('Mac Roman, Apple’s current table', () => {
  it.each(MAC_ROMAN_NAMES)('%s reads 0xDB as € (not the pre-1998 ¤)', (name) => {
    expect(decodeBytes(Buffer.from([0xdb]), name)).toBe('€');
    expect(isMacRoman(name.toUpperCase())).toBe(true);
    expect(encodingExists(name)).toBe(true);
  });

  it('reads 0xD2–0xD5 as the curly quotes “ ” ‘ ’', () => {
    expect(decodeBytes(Buffer.from([0xd2, 0xd3, 0xd4, 0xd5]), 'macintosh')).toBe('\u201c\u201d\u2018\u2019');
  });

  it('keeps the rest of the table: 0x8E é, 0x9F ü, 0xA5 •, 0xBD Ω (omega), ASCII as is', () => {
    expect(decodeBytes(Buffer.from([0x8e, 0x9f, 0xa5, 0xbd, 0x41, 0x0d]), 'mac')).toBe('éü•\u03a9A\r');
  });

  it('decodes a stream chunk by chunk to the same text', async () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0x8e, 0x20, 0xdb, 0x0d, 0xd2, 0x78, 0xd3]);
    const chunks = [bytes.subarray(0, 4), bytes.subarray(4, 7), bytes.subarray(7)];
    let text = '';
    for await (const part of Readable.from(chunks).pipe(decodeStream('x-mac-roman'))) text += String(part);
    expect(text).toBe('Café €\r“x”');
  });

  it('leaves other encodings to iconv-lite (windows-1252 0x80 is €, 0xDB is Û)', () => {
    expect(decodeBytes(Buffer.from([0x80, 0xdb]), 'windows-1252')).toBe('€Û');
    expect(encodingExists('no-such-encoding')).toBe(false);
  });
});
