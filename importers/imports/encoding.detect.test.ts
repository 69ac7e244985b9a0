/**
 * Encoding detection: the facts one pass gathers (hand-made bytes, fed in
 * awkward chunks), the decision on hand-written rankings, and the real
 * detector on the fixtures of test/fixtures/encodings.
 */
import { join } from 'node:path';
import iconv from 'iconv-lite';
import {
  decideEncoding,
  detectFileEncoding,
  distinctReadings,
  EncodingSampler,
  EVIDENCE_BYTES,
  isAmbiguous,
} from './encoding.detect';
import type { EncodingCandidate, EncodingFacts, Ranker } from './encoding.detect';

/** The facts of `bytes`, fed `size` bytes at a time. */
function factsOf(bytes: Buffer, size = 3): EncodingFacts {
  const sampler = new EncodingSampler();
  for (let i = 0; i < bytes.length; i += size) sampler.feed(bytes.subarray(i, i + size));
  return sampler.finish();
}

describe('EncodingSampler', () => {
  it('finds a BOM split across chunks', () => {
    expect(factsOf(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 1).bom).toBe('utf-8');
    expect(factsOf(Buffer.from([0xff, 0xfe, 0x61, 0x00]), 1).bom).toBe('utf-16le');
    expect(factsOf(Buffer.from('a,b\n')).bom).toBeUndefined();
  });

  it('tells ASCII, valid UTF-8 (a sequence split across chunks) and invalid UTF-8 apart', () => {
    expect(factsOf(Buffer.from('a,b\n1,2\n'))).toMatchObject({ highBytes: 0, validUtf8: true });
    expect(factsOf(Buffer.from('a\n€\n'), 2)).toMatchObject({ highBytes: 3, validUtf8: true });
    expect(factsOf(Buffer.from([0x61, 0x0a, 0xe9, 0x0a]))).toMatchObject({ highBytes: 1, validUtf8: false });
    expect(factsOf(Buffer.from([0x61, 0xc3]))).toMatchObject({ validUtf8: false });
  });

  it('keeps each distinct non-ASCII line once, with CR, LF and CRLF line ends, and counts lines for the odd UTF-8 character', () => {
    const bytes = Buffer.concat([
      Buffer.from('h\r1,caf'),
      Buffer.from([0xc9, 0x92]),
      Buffer.from('\r\nx\n1,caf'),
      Buffer.from([0xc9, 0x92]),
      Buffer.from('\r'),
    ]);
    const facts = factsOf(bytes, 4);
    expect(facts.evidence.toString('latin1')).toBe('1,caf\u00c9\x92\n');
    expect(facts.unlikelyUtf8).toEqual({ char: '\u0252', line: 2, text: '1,caf\u0252' });
  });

  it('keeps the evidence within the detector’s window, drawn from the whole file', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `row ${i},caf\u00e9 ${i}\n`).join('');
    const facts = factsOf(Buffer.from(lines), 64 * 1024);
    expect(facts.evidence.length).toBeLessThanOrEqual(EVIDENCE_BYTES);
    const text = facts.evidence.toString('utf8');
    expect(text).toContain('row 0,');
    expect(text).toMatch(/row 19\d{3},/);
  });

  it('counts NULs (UTF-16 without a BOM has no high bytes)', () => {
    expect(factsOf(iconv.encode('a,b\n', 'utf-16le'))).toMatchObject({ highBytes: 0, nulBytes: 4 });
  });
});

/** A ranker that answers from a table, utf-8 left out when asked. */
const table =
  (rows: [string, number][]): Ranker =>
  (_evidence, { excludeUtf8 }) =>
    rows.filter(([e]) => !(excludeUtf8 && e === 'utf-8')).map(([encoding, confidence]) => ({ encoding, confidence }));

const facts = (over: Partial<EncodingFacts>): EncodingFacts => ({
  highBytes: 1,
  nulBytes: 0,
  validUtf8: false,
  // "Café ã" in windows-1252; windows-1250 reads 0xE3 as ă, Mac Roman 0xE9 as È
  evidence: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe3]),
  ...over,
});

describe('decideEncoding', () => {
  it('believes a BOM and calls pure ASCII UTF-8, without the detector', () => {
    const none: Ranker = () => {
      throw new Error('not asked');
    };
    expect(decideEncoding(facts({ bom: 'utf-16le' }), none)).toMatchObject({
      encoding: 'utf-16le',
      confidence: 1,
      method: 'bom',
    });
    expect(decideEncoding(facts({ highBytes: 0 }), none)).toMatchObject({
      encoding: 'utf-8',
      confidence: 1,
      method: 'ascii',
    });
  });

  it('reads a single-byte file in the leader when it leads by more than 10%', () => {
    const d = decideEncoding(
      facts({}),
      table([
        ['Windows-1252', 0.059],
        ['MacRoman', 0.044],
      ]),
    );
    expect(d).toMatchObject({ encoding: 'windows-1252', confidence: 0.059, method: 'detected' });
    expect(d.refusal).toBeUndefined();
  });

  it('refuses a single-byte file whose two best readings are within 10%, naming both', () => {
    const d = decideEncoding(
      facts({}),
      table([
        ['Windows-1252', 0.016],
        ['MacRoman', 0.0145],
        ['Windows-1250', 0.013],
      ]),
    );
    expect(d.refusal).toBe(
      'the file is not valid UTF-8 and its encoding is ambiguous: windows-1252 (0.016) is less than 10% ahead of macintosh (0.015), then windows-1250 (0.013), and they read the file differently; name the one it is in with --encoding <name> (HTTP: ?encoding=, or "encoding" in the mapping file)',
    );
  });

  it('counts names that read the evidence alike as one reading, under the best-known name', () => {
    const d = decideEncoding(
      facts({}),
      table([
        ['Windows-1254', 0.02],
        ['Windows-1252', 0.019],
        ['ISO-8859-1', 0.019],
        ['MacRoman', 0.01],
      ]),
    );
    expect(d.candidates.map((c) => c.encoding)).toEqual(['windows-1252', 'macintosh']);
    expect(d).toMatchObject({ encoding: 'windows-1252', confidence: 0.02 });
  });

  it('reads valid UTF-8 as UTF-8 when nothing in it is odd', () => {
    const d = decideEncoding(
      facts({ validUtf8: true }),
      table([
        ['utf-8', 0.99],
        ['Windows-1252', 0.02],
      ]),
    );
    expect(d).toMatchObject({ encoding: 'utf-8', confidence: 0.99 });
    expect(d.refusal).toBeUndefined();
  });

  it('refuses valid UTF-8 whose UTF-8 reading holds a character an asset list does not', () => {
    const evidence = Buffer.from([0x43, 0x41, 0x46, 0xc9, 0x92, 0x53]);
    const d = decideEncoding(
      facts({ validUtf8: true, evidence, unlikelyUtf8: { char: '\u0252', line: 2, text: 'CAF\u0252S' } }),
      table([
        ['utf-8', 0.94],
        ['Windows-1252', 0.008],
      ]),
    );
    expect(d.refusal).toBe(
      `the file's bytes are valid UTF-8, but the UTF-8 reading of line 2 holds "\u0252" (U+0252, IPA or spacing modifier letter), which an asset list does not: the bytes are probably single-byte text that happens to be valid UTF-8; read as windows-1252 (0.008) it says "CAFÉ’S"; name the one it is in with --encoding <name> (HTTP: ?encoding=, or "encoding" in the mapping file) (--encoding utf-8 if UTF-8 is right)`,
    );
  });

  it('refuses valid UTF-8 when a single-byte reading scores as high', () => {
    const d = decideEncoding(
      facts({ validUtf8: true }),
      table([
        ['Windows-1252', 0.5],
        ['utf-8', 0.48],
      ]),
    );
    expect(d.refusal).toMatch(/^the file's bytes are valid UTF-8, but the detector finds another reading as likely: /);
  });
});

describe('distinctReadings and isAmbiguous', () => {
  const evidence = Buffer.from([0x80, 0xe9]);
  it('drops readings with control characters (ISO-8859-1 reads 0x80 as a C1 control) and unknown names', () => {
    const candidates: EncodingCandidate[] = [
      { encoding: 'ISO-8859-1', confidence: 0.3 },
      { encoding: 'no-such', confidence: 0.2 },
      { encoding: 'Windows-1252', confidence: 0.1 },
    ];
    expect(distinctReadings(candidates, evidence)).toEqual([{ encoding: 'windows-1252', confidence: 0.1 }]);
  });

  it.each([
    [[1, 0.91], true],
    [[1, 0.89], false],
    [[1], false],
  ])('%j ambiguous: %s', (scores, ambiguous) => {
    expect(isAmbiguous(scores.map((confidence) => ({ encoding: 'x', confidence })))).toBe(ambiguous);
  });
});

describe('detectFileEncoding on the fixtures (jschardet)', () => {
  const fixture = (name: string) => join(__dirname, '..', '..', 'test', 'fixtures', 'encodings', name);

  it.each([
    ['windows-1252.csv', 'windows-1252', 'detected'],
    ['utf-16le-bom.csv', 'utf-16le', 'bom'],
    ['utf8-mojibake.csv', 'utf-8', 'detected'],
  ])('%s is %s (%s)', async (name, encoding, method) => {
    const d = await detectFileEncoding(fixture(name));
    expect(d).toMatchObject({ encoding, method });
    expect(d.refusal).toBeUndefined();
  });

  it('refuses the two-row Mac Roman file as ambiguous, Mac Roman among the candidates', async () => {
    const d = await detectFileEncoding(fixture('mac-roman.csv'));
    expect(d.candidates.slice(0, 3).map((c) => c.encoding)).toEqual(['maccenteuro', 'koi8-u', 'macintosh']);
    expect(d.refusal).toMatch(/^the file is not valid UTF-8 and its encoding is ambiguous: maccenteuro \(0\.021\)/);
  });

  it('refuses the windows-1252 file whose bytes happen to be valid UTF-8', async () => {
    const d = await detectFileEncoding(fixture('windows-1252-valid-utf8.csv'));
    expect(d.refusal).toMatch(/valid UTF-8, but the UTF-8 reading of line 2 holds "ɒ" \(U\+0252/);
    expect(d.refusal).toContain('read as windows-1252');
  });
});
