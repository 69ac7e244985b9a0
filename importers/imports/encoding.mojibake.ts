/**
 * Mojibake: text that was UTF-8, read once as a single-byte encoding and
 * saved again, so that "é" became "Ã©" and "’" became "â€™". The bytes of
 * such a file are perfectly valid, so no decoder notices; what gives it away
 * is a character sequence whose single-byte bytes are themselves the UTF-8
 * of one ordinary character. Checked on every cell of an item import: a
 * cell like that is refused (an import must not overwrite good names with
 * damaged ones), naming the sequence and what it was.
 */
import { TextDecoder } from 'node:util';
import { decodeBytes } from './encoding.tables';

/** The single-byte encodings UTF-8 is commonly mis-read as (Excel on Windows, Excel for Mac). */
export const MOJIBAKE_READINGS = ['windows-1252', 'macintosh'] as const;

/** What a repaired sequence may decode to: letters and signs of European text, never a control or a rare script. */
const PLAUSIBLE: readonly [number, number][] = [
  [0x00a0, 0x024f], // Latin-1 letters and signs, Latin Extended-A and -B
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x2010, 0x205e], // dashes, quotes, bullets, ellipsis
  [0x20a0, 0x20c0], // currency signs (€)
  [0x2100, 0x2150], // letterlike symbols (™, №)
];

export interface Mojibake {
  /** The damaged sequence as it stands in the cell, e.g. "Ã©". */
  found: string;
  /** What it was, e.g. "é". */
  was: string;
  /** The encoding the UTF-8 was read as. */
  readAs: string;
}

/** Character → byte for the upper half of a single-byte encoding. */
function upperHalf(encoding: string): Map<string, number> {
  const bytes = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));
  const chars = [...decodeBytes(bytes, encoding)];
  return new Map(chars.map((c, i) => [c, 0x80 + i]));
}

let tables: [string, Map<string, number>][] | undefined;
const readings = () => (tables ??= MOJIBAKE_READINGS.map((e) => [e, upperHalf(e)]));

/** Length of the UTF-8 sequence a lead byte starts, or 0 for a byte that leads none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const isPlausible = (char: string) => {
  const cp = char.codePointAt(0)!;
  return PLAUSIBLE.some(([lo, hi]) => cp >= lo && cp <= hi);
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The first mojibake sequence in a cell, if any. */
export function findMojibake(cell: string): Mojibake | undefined {
  if (!/[\u0080-\uffff]/.test(cell)) return undefined;
  const chars = [...cell];
  for (const [readAs, byteOf] of readings()) {
    for (let i = 0; i < chars.length; i++) {
      const length = sequenceLength(byteOf.get(chars[i]) ?? 0);
      if (length === 0 || i + length > chars.length) continue;
      const bytes = chars.slice(i, i + length).map((c) => byteOf.get(c) ?? -1);
      if (bytes.slice(1).some((b) => b < 0x80 || b > 0xbf)) continue;
      let was: string;
      try {
        was = utf8.decode(Buffer.from(bytes));
      } catch {
        continue;
      }
      if (isPlausible(was)) return { found: chars.slice(i, i + length).join(''), was, readAs };
    }
  }
  return undefined;
}

/** The reason a cell with mojibake is refused. */
export function mojibakeReason(m: Mojibake): string {
  return `"${m.found}" looks like UTF-8 that was read as ${m.readAs} (it is how "${m.was}" comes out): the text was damaged before it reached this file; correct it at the source or in the file`;
}
