/**
 * Which encoding a CSV file is in, judged from the whole file, never from a
 * prefix: one streaming pass gathers the facts (byte-order mark, whether
 * every byte is ASCII, whether the whole file is valid UTF-8, characters a
 * UTF-8 reading gives that an asset list does not hold) and the evidence
 * (the distinct lines that hold non-ASCII bytes, from anywhere in the file,
 * thinned evenly once they pass the detector's window), so memory stays
 * flat whatever the file size. The statistical detector is jschardet (a
 * port of chardet 7; it knows Mac Roman, which chardet on npm does not),
 * loaded only for a file that has non-ASCII bytes and no BOM.
 *
 * The decision (`decideEncoding`) is pure and refuses rather than guesses:
 * a file is read in a detected encoding only when the detection is clear
 * (BOM, pure ASCII, valid UTF-8 with nothing odd in it, or one single-byte
 * reading well ahead of the next one that reads the file differently).
 */
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { Worker } from 'node:worker_threads';
import { decodeBytes, encodingExists } from './encoding.tables';

export interface EncodingCandidate {
  encoding: string;
  /** The detector's score, 0–1 (single-byte readings score low; what counts is the lead over the next). */
  confidence: number;
}

export interface EncodingDetection {
  /** The encoding the file is read in, when the detection is clear. */
  encoding: string;
  confidence: number;
  /** How it was decided. */
  method: 'bom' | 'ascii' | 'detected';
  /** Readings that differ from one another, best first (the chosen one included). */
  candidates: EncodingCandidate[];
  /** Set when the file must not be read without the user naming its encoding: why. */
  refusal?: string;
}

/** What one pass over the bytes found. */
export interface EncodingFacts {
  bom?: string;
  /** Bytes ≥ 0x80, and NULs (UTF-16 without a BOM is mostly ASCII bytes and NULs). */
  highBytes: number;
  nulBytes: number;
  validUtf8: boolean;
  /** A character of the UTF-8 reading that an asset list does not hold, and its line. */
  unlikelyUtf8?: { char: string; line: number; text: string };
  /** Distinct lines with non-ASCII bytes, from anywhere in the file, joined by LF. */
  evidence: Buffer;
}

/** The detector's own window: it reads no more than this of what it is given. */
export const EVIDENCE_BYTES = 200_000;
/** Bytes of one line kept as evidence. */
const LINE_BYTES = 1024;
/** A runner-up within this share of the leader's score makes the detection ambiguous. */
export const AMBIGUOUS_WITHIN = 0.1;

const BOMS: [string, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/**
 * Characters a UTF-8 reading gives when the bytes were really single-byte text that happened to be
 * valid UTF-8 (e.g. windows-1252 "É’" is the UTF-8 of "ɒ"): C1 controls, IPA and spacing modifier
 * letters, combining marks, and the rare scripts that 2-byte sequences from Latin capitals reach.
 */
export const UNLIKELY_IN_UTF8: readonly [number, number, string][] = [
  [0x0080, 0x009f, 'C1 control'],
  [0x0250, 0x02ff, 'IPA or spacing modifier letter'],
  [0x0300, 0x036f, 'combining mark'],
  [0x0530, 0x058f, 'Armenian'],
  [0x0590, 0x05ff, 'Hebrew'],
  [0x0700, 0x07ff, 'Syriac, Thaana or NKo'],
];

const UNLIKELY = new RegExp(`[${UNLIKELY_IN_UTF8.map(([lo, hi]) => `\\u${hex4(lo)}-\\u${hex4(hi)}`).join('')}]`, 'u');

function hex4(cp: number): string {
  return cp.toString(16).padStart(4, '0');
}

function unlikelyChar(text: string): string | undefined {
  return UNLIKELY.exec(text)?.[0];
}

/** Where the incomplete UTF-8 sequence at the end of `bytes` starts (bytes.length when it ends complete). */
function incompleteTail(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return bytes.length - i < need ? i : bytes.length;
  }
  return bytes.length;
}

/** One pass over a file's bytes, chunk by chunk, keeping only the facts and a bounded sample. */
export class EncodingSampler {
  private head: number[] = [];
  private highBytes = 0;
  private nulBytes = 0;
  private validUtf8 = true;
  /** The bytes of a UTF-8 sequence that the last chunk cut in two. */
  private utf8Carry = Buffer.alloc(0);
  private unlikely: EncodingFacts['unlikelyUtf8'];
  private line = 1;
  private current: Buffer[] = [];
  private currentLength = 0;
  private currentHigh = false;
  private lastWasCR = false;
  private evidence: Buffer[] = [];
  private evidenceBytes = 0;
  private seen = new Set<string>();
  /** Only every `stride`-th line with non-ASCII bytes is kept (doubled each time the window fills). */
  private stride = 1;
  private highLines = 0;

  feed(chunk: Buffer): void {
    if (this.head.length < 3) this.head.push(...chunk.subarray(0, 3 - this.head.length));
    if (this.validUtf8) this.checkUtf8(chunk);
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b >= 0x80) {
        this.highBytes++;
        this.currentHigh = true;
      } else if (b === 0x0a || b === 0x0d) {
        this.append(chunk.subarray(start, i));
        start = i + 1;
        if (!(b === 0x0a && this.lastWasCR)) this.endLine();
        this.lastWasCR = b === 0x0d;
        continue;
      } else if (b === 0) this.nulBytes++;
      this.lastWasCR = false;
    }
    this.append(chunk.subarray(start));
  }

  /** Whole-file UTF-8 validity, chunk by chunk (isUtf8 is native; a sequence cut by the chunk waits for the next). */
  private checkUtf8(chunk: Buffer): void {
    const bytes = this.utf8Carry.length ? Buffer.concat([this.utf8Carry, chunk]) : chunk;
    const cut = incompleteTail(bytes);
    this.validUtf8 = isUtf8(bytes.subarray(0, cut));
    this.utf8Carry = Buffer.from(bytes.subarray(cut));
  }

  /** Part of the current line (views, not copies: most lines are ASCII and dropped). */
  private append(part: Buffer): void {
    if (part.length && this.currentLength < LINE_BYTES) {
      this.current.push(part);
      this.currentLength += part.length;
    }
  }

  private endLine(): void {
    if (this.currentHigh) {
      // Most lines lie within one chunk: read them in place, and copy only what is kept.
      const parts = this.current;
      this.keep(
        parts.length === 1
          ? parts[0].subarray(0, LINE_BYTES)
          : Buffer.concat(parts, Math.min(this.currentLength, LINE_BYTES)),
      );
    }
    this.current = [];
    this.currentLength = 0;
    this.currentHigh = false;
    this.line++;
  }

  private keep(bytes: Buffer): void {
    if (!this.unlikely) {
      const text = bytes.toString('utf8');
      const char = unlikelyChar(text);
      if (char) this.unlikely = { char, line: this.line, text };
    }
    if (this.highLines++ % this.stride !== 0) return;
    const key = bytes.toString('latin1');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.evidence.push(Buffer.from(bytes));
    this.evidenceBytes += bytes.length + 1;
    if (this.evidenceBytes > EVIDENCE_BYTES) this.thin();
  }

  /** The window is full: keep every other line, and from now on every other of those to come. */
  private thin(): void {
    this.evidence = this.evidence.filter((_, i) => i % 2 === 0);
    this.evidenceBytes = this.evidence.reduce((n, b) => n + b.length + 1, 0);
    this.seen = new Set(this.evidence.map((b) => b.toString('latin1')));
    this.stride *= 2;
  }

  finish(): EncodingFacts {
    if (this.currentLength || this.currentHigh) this.endLine();
    if (this.utf8Carry.length) this.validUtf8 = false;
    const bom = BOMS.find(([, bytes]) => bytes.every((b, i) => this.head[i] === b))?.[0];
    const evidence = Buffer.concat(this.evidence.flatMap((b) => [b, Buffer.from([0x0a])]));
    return {
      bom,
      highBytes: this.highBytes,
      nulBytes: this.nulBytes,
      validUtf8: this.validUtf8,
      unlikelyUtf8: this.unlikely,
      evidence,
    };
  }
}

/** The facts of a file on disk, from one streaming pass over all of it. */
export async function sampleFile(path: string): Promise<EncodingFacts> {
  const sampler = new EncodingSampler();
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) sampler.feed(chunk as Buffer);
  return sampler.finish();
}

/** The detector's names as iconv-lite (and people) spell them. */
const NAMES: Record<string, string> = {
  macroman: 'macintosh',
  maclatin2: 'maccenteuro',
  'utf-8-sig': 'utf-8',
  ascii: 'utf-8',
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
};

export function encodingName(detectorName: string): string {
  const lower = detectorName.toLowerCase();
  return NAMES[lower] ?? lower.replace(/^iso8859-/, 'iso-8859-');
}

/** Ranks readings of the evidence, best first (jschardet's rankings in production, a table in tests). */
export type Ranker = (evidence: Buffer, options: { excludeUtf8: boolean }) => EncodingCandidate[];

/**
 * The eras of encodings detection considers: what spreadsheets and asset tools save (Unicode, the
 * Windows code pages, ISO-8859, the Mac ones). DOS, EBCDIC and regional code pages are left out: on a
 * few lines of accented names they outscore the right answer by chance; they can still be named.
 */
const ERAS = { MODERN_WEB: 1, LEGACY_ISO: 2, LEGACY_MAC: 4 } as const;

/** The detector's rankings of one evidence sample: all encodings, and without UTF-8. */
export interface Rankings {
  all: EncodingCandidate[];
  withoutUtf8: EncodingCandidate[];
}

/** A Ranker that answers from rankings already made. */
export const fromRankings =
  (rankings: Rankings): Ranker =>
  (_evidence, { excludeUtf8 }) =>
    excludeUtf8 ? rankings.withoutUtf8 : rankings.all;

/** jschardet in a worker: plain JavaScript, so it runs the same under ts-node, jest and the built CLI. */
const RANK_IN_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { chardet } = require(workerData.module);
const rank = (excludeUtf8) =>
  chardet
    .detectAll(workerData.evidence, {
      encodingEra: workerData.eras,
      ignoreThreshold: true,
      ...(excludeUtf8 ? { excludeEncodings: ['utf-8', 'utf-8-sig', 'ascii'] } : {}),
    })
    .filter((r) => r.encoding)
    .map((r) => ({ encoding: r.encoding, confidence: r.confidence }));
parentPort.postMessage({ all: rank(false), withoutUtf8: rank(true) });
`;

/**
 * jschardet's rankings, made in a worker thread that ends with them: its model is about 40 MB of
 * arrays once unpacked, which an import process (under 200 MB for a million rows) must not carry
 * through its passes, and which a module cache would keep for good.
 */
export function jschardetRankings(evidence: Buffer): Promise<Rankings> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(RANK_IN_WORKER, {
      eval: true,
      workerData: {
        module: require.resolve('jschardet'),
        evidence,
        eras: ERAS.MODERN_WEB | ERAS.LEGACY_ISO | ERAS.LEGACY_MAC,
      },
    });
    worker.once('message', (rankings: Rankings) => resolve(rankings));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the encoding detector stopped (exit code ${code})`)));
  });
}

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

/** Of names that read a file alike, the one people know (and Excel saves). */
const PREFERRED = ['utf-8', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'macintosh', 'windows-1250', 'iso-8859-2'];
const rankOf = (name: string) => (PREFERRED.includes(name) ? PREFERRED.indexOf(name) : PREFERRED.length);

/**
 * The detector's candidates as distinct, plausible readings: names iconv-lite can decode, no control
 * characters or undecodable bytes in the reading of the evidence, and each reading once (candidates
 * that read every evidence byte alike are one reading, under the best-known of their names).
 */
export function distinctReadings(candidates: EncodingCandidate[], evidence: Buffer): EncodingCandidate[] {
  const readings = new Map<string, EncodingCandidate>();
  for (const c of candidates) {
    const encoding = encodingName(c.encoding);
    if (!encodingExists(encoding)) continue;
    const text = decodeBytes(evidence, encoding);
    if (CONTROL.test(text)) continue;
    const same = readings.get(text);
    if (!same) readings.set(text, { encoding, confidence: c.confidence });
    else if (rankOf(encoding) < rankOf(same.encoding)) same.encoding = encoding;
  }
  return [...readings.values()];
}

const listed = (candidates: EncodingCandidate[]) =>
  candidates
    .slice(0, 3)
    .map((c) => `${c.encoding} (${c.confidence.toFixed(3)})`)
    .join(', ');

/** "a (0.016) is less than 10% ahead of b (0.014), then c (0.013)", for a refusal. */
function closeCall([first, second, ...rest]: EncodingCandidate[]): string {
  const then = rest.length ? `, then ${listed(rest)}` : '';
  return `${listed([first])} is less than ${AMBIGUOUS_WITHIN * 100}% ahead of ${listed([second])}${then}, and they read the file differently`;
}

const CONFIRM = 'name the one it is in with --encoding <name> (HTTP: ?encoding=, or "encoding" in the mapping file)';

/** The runner-up is close enough to the leader that neither can be told. */
export function isAmbiguous(candidates: EncodingCandidate[]): boolean {
  return candidates.length > 1 && candidates[1].confidence >= candidates[0].confidence * (1 - AMBIGUOUS_WITHIN);
}

/** What a file's facts say its encoding is, or why it must be named. Pure. */
export function decideEncoding(facts: EncodingFacts, rank: Ranker): EncodingDetection {
  if (facts.bom) return { encoding: facts.bom, confidence: 1, method: 'bom', candidates: [] };
  if (facts.highBytes === 0 && facts.nulBytes === 0)
    return { encoding: 'utf-8', confidence: 1, method: 'ascii', candidates: [] };
  if (facts.validUtf8 && facts.nulBytes === 0) return decideUtf8(facts, rank);
  const candidates = distinctReadings(
    rank(facts.evidence, { excludeUtf8: true }).filter((c) => !/^utf-?8/i.test(c.encoding)),
    facts.evidence,
  );
  if (candidates.length === 0)
    return {
      encoding: 'utf-8',
      confidence: 0,
      method: 'detected',
      candidates,
      refusal: `the file is not valid UTF-8 and no encoding the importer knows reads it without control characters; ${CONFIRM}`,
    };
  const [top] = candidates;
  const detection: EncodingDetection = { ...top, method: 'detected', candidates };
  if (isAmbiguous(candidates))
    detection.refusal = `the file is not valid UTF-8 and its encoding is ambiguous: ${closeCall(candidates)}; ${CONFIRM}`;
  return detection;
}

/** A valid UTF-8 file with non-ASCII bytes: UTF-8, unless a single-byte reading is as likely or the UTF-8 reading is odd. */
function decideUtf8(facts: EncodingFacts, rank: Ranker): EncodingDetection {
  const utf8 = rank(facts.evidence, { excludeUtf8: false }).find((c) => encodingName(c.encoding) === 'utf-8');
  const confidence = utf8?.confidence ?? 0;
  const others = distinctReadings(rank(facts.evidence, { excludeUtf8: true }), facts.evidence).filter(
    (c) => c.encoding !== 'utf-8',
  );
  const candidates = [{ encoding: 'utf-8', confidence }, ...others].sort((a, b) => b.confidence - a.confidence);
  const detection: EncodingDetection = { encoding: 'utf-8', confidence, method: 'detected', candidates };
  const odd = facts.unlikelyUtf8;
  if (odd) {
    const cp = `U+${odd.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const other = others[0]
      ? `; read as ${others[0].encoding} (${others[0].confidence.toFixed(3)}) it says "${decodeBytes(Buffer.from(odd.text, 'utf8'), others[0].encoding).slice(0, 80)}"`
      : '';
    detection.refusal = `the file's bytes are valid UTF-8, but the UTF-8 reading of line ${odd.line} holds "${odd.char}" (${cp}, ${describe(odd.char)}), which an asset list does not: the bytes are probably single-byte text that happens to be valid UTF-8${other}; ${CONFIRM} (--encoding utf-8 if UTF-8 is right)`;
  } else if (candidates[0].encoding !== 'utf-8' || isAmbiguous(candidates)) {
    detection.refusal = `the file's bytes are valid UTF-8, but the detector finds another reading as likely: ${closeCall(candidates)}; ${CONFIRM}`;
  }
  return detection;
}

function describe(char: string): string {
  const cp = char.codePointAt(0)!;
  return UNLIKELY_IN_UTF8.find(([lo, hi]) => cp >= lo && cp <= hi)?.[2] ?? 'unexpected';
}

/** Detect a file's encoding from all of it; the detector runs only when the facts alone do not decide. */
export async function detectFileEncoding(path: string): Promise<EncodingDetection> {
  const facts = await sampleFile(path);
  const needed = !facts.bom && (facts.highBytes > 0 || facts.nulBytes > 0);
  const rankings = needed ? await jschardetRankings(facts.evidence) : { all: [], withoutUtf8: [] };
  return decideEncoding(facts, fromRankings(rankings));
}
