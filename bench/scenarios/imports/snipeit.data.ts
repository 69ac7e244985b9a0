/**
 * The Snipe-IT benchmark's file: an asset export as Snipe-IT's list view
 * writes it (its column titles, status labels, several manufacturers and
 * models, US month-first dates, costs with thousands separators, warranty in
 * months), with non-ASCII names and notes (Zürich, Müller, São Paulo, “…”, €),
 * saved as Excel's "CSV UTF-8": a byte-order mark and CRLF line ends. The
 * import detects the encoding (from the whole file) and the source (from
 * the header). Streamed to disk, never whole in memory.
 *
 * Not windows-1252: the same rows saved so are refused as ambiguous by the
 * detector (windows-1252 0.017 against macintosh 0.016 on 2,000 rows), a
 * finding for encoding.detect.ts rather than a speed figure.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

export const SNIPEIT_HEADER = [
  'ID',
  'Company',
  'Asset Name',
  'Asset Tag',
  'Serial',
  'Model',
  'Model No.',
  'Category',
  'Manufacturer',
  'Status',
  'Purchase Date',
  'Purchase Cost',
  'Order Number',
  'Warranty',
  'Notes',
];

/** Model, model number, manufacturer. */
const MODELS = [
  ['PowerEdge R650', 'R650-01', 'Dell'],
  ['ProLiant DL380 Gen10', 'P20174-B21', 'HPE'],
  ['ThinkSystem SR630 V2', '7Z71', 'Lenovo'],
  ['UCS C220 M5', 'UCSC-C220-M5SX', 'Cisco'],
  ['PowerEdge R750xs', 'R750XS-02', 'Dell'],
] as const;

/** Snipe-IT's default status labels that a first import may create in without further details. */
const STATUSES = ['Ready to Deploy', 'Deployable', 'Ready to Deploy', 'Lost/Stolen'] as const;

/** Offices whose names are not ASCII (all within windows-1252). */
const SITES = ['Zürich', 'Genève', 'São Paulo', 'Malmö', 'Kraków-Nord', 'Reykjavík', 'Córdoba', 'Köln'] as const;
const PEOPLE = ['Müller', 'Ørsted', 'Nuñez', 'Françoise', 'Ångström', 'Kjærgaard', 'Øyvind', 'Zoë'] as const;

/** Notes as people write them: curly quotes, dashes and € (windows-1252's own bytes, 0x80–0x9F). */
const NOTES = [
  'Übergeben an %, Büro 3 – Garantie verlängert',
  'Prêté à % pour l’équipe réseau; coût réel 1 250 €',
  'Réparé – “carte mère” remplacée, % informé',
  'Umzug nach Zürich geplant; Ansprechpartner: %',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** One asset row: `i` from 1. Dates are month-first (some days past 12, so the order is inferred). */
export function snipeitRow(prefix: string, i: number): string[] {
  const [model, modelNo, maker] = MODELS[i % MODELS.length];
  const site = SITES[i % SITES.length];
  const month = (i % 12) + 1;
  const day = (i % 28) + 1;
  const year = 2017 + (i % 8);
  const cost = 1200 + ((i * 37) % 9000);
  return [
    String(i),
    'Acme AG',
    `${site}-${prefix}-${i}`,
    `AT-${prefix}-${i}`,
    `SN-${prefix}-${i}`,
    model,
    modelNo,
    'Servers',
    maker,
    STATUSES[i % STATUSES.length],
    `${pad(month)}/${pad(day)}/${year}`,
    `${Math.floor(cost / 1000)},${String(cost % 1000).padStart(3, '0')}.${pad(i % 100)}`,
    `PO-${year}-${i % 997}`,
    String([36, 48, 60][i % 3]),
    i % 5 === 0 ? NOTES[i % NOTES.length].replace('%', PEOPLE[i % PEOPLE.length]) : '',
  ];
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const line = (cells: readonly string[]) => `${cells.map(quote).join(',')}\r\n`;

/** Write `rows` assets to `<dir>/<prefix>-snipeit-assets.csv` (UTF-8 with a BOM, CRLF line ends); its path. */
export async function writeSnipeitFile(dir: string, prefix: string, rows: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${prefix}-snipeit-assets.csv`);
  const out = createWriteStream(path);
  let chunk = `\ufeff${line(SNIPEIT_HEADER)}`;
  for (let i = 1; i <= rows; i++) {
    chunk += line(snipeitRow(prefix, i));
    if (chunk.length > 1 << 16 || i === rows) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end();
  await once(out, 'close');
  return path;
}
