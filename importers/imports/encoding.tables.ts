/**
 * Decoding a file's bytes by encoding name: iconv-lite's decoders, except
 * for Mac Roman, whose iconv-lite table is the pre-1998 one (0xDB read as ¤).
 * Apple's current table (ROMAN.TXT, Mac OS 8.5 on) reads 0xDB as €, and a
 * file saved by Excel for Mac today means €; the differences are one small
 * table of data below. Mac Roman is single-byte and stateless, so its
 * decoder is a 256-entry lookup that any chunk boundary is safe for.
 */
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

/** Names people give for Mac Roman (iconv-lite's aliases included); all decoded with Apple's current table. */
export const MAC_ROMAN_NAMES = ['macintosh', 'mac', 'x-mac-roman', 'macroman', 'mac-roman', 'csmacintosh'];

/** Byte → character where Apple's current Mac Roman table differs from iconv-lite's. */
export const MAC_ROMAN_OVERRIDES: Readonly<Record<number, string>> = {
  0xdb: '\u20ac', // EURO SIGN (was CURRENCY SIGN ¤ before Mac OS 8.5)
  0xbd: '\u03a9', // GREEK CAPITAL LETTER OMEGA (iconv-lite: OHM SIGN)
  0xf0: '\uf8ff', // Apple logo, in the private use area where Apple puts it (iconv-lite: undecodable)
};

export function isMacRoman(encoding: string): boolean {
  return MAC_ROMAN_NAMES.includes(encoding.trim().toLowerCase());
}

let macRomanTable: string[] | undefined;

/** The 256 characters of Mac Roman: iconv-lite's table with Apple's current overrides. */
export function macRomanChars(): readonly string[] {
  if (!macRomanTable) {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    macRomanTable = [...iconv.decode(all, 'macintosh')];
    for (const [byte, char] of Object.entries(MAC_ROMAN_OVERRIDES)) macRomanTable[Number(byte)] = char;
  }
  return macRomanTable;
}

/** Decode a whole buffer (tests, evidence samples). */
export function decodeBytes(bytes: Buffer, encoding: string): string {
  if (!isMacRoman(encoding)) return iconv.decode(bytes, encoding);
  const table = macRomanChars();
  let out = '';
  for (const b of bytes) out += table[b];
  return out;
}

export function encodingExists(encoding: string): boolean {
  return isMacRoman(encoding) || iconv.encodingExists(encoding);
}

class MacRomanDecoder extends Transform {
  private readonly table = macRomanChars();
  constructor() {
    super({ decodeStrings: true, readableObjectMode: true });
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    let out = '';
    for (const b of chunk) out += this.table[b];
    done(null, out);
  }
}

/** A stream that decodes bytes to strings; a BOM is stripped (UTF-8, UTF-16). */
export function decodeStream(encoding: string): NodeJS.ReadWriteStream {
  return isMacRoman(encoding) ? new MacRomanDecoder() : iconv.decodeStream(encoding, { stripBOM: true });
}
