/**
 * Debian's version order (Debian and Ubuntu advisories): `[epoch:]upstream[-revision]`,
 * compared as dpkg's `verrevcmp` does (Debian Policy §5.6.12). Epochs compare as numbers,
 * then upstream, then revision, each by alternating non-digit and digit runs: in non-digit
 * runs letters sort before other characters and `~` before everything, even the end (so
 * 1.0~rc1 < 1.0); digit runs compare as numbers. The npm ports found (`deb-version-compare`,
 * ~800 downloads a month, one maintainer) are too little used to trust, so the published
 * algorithm is implemented here and checked against `dpkg --compare-versions`.
 */

export interface DebianVersion {
  readonly epoch: bigint;
  readonly upstream: string;
  readonly revision: string;
}

const UPSTREAM = /^[0-9][A-Za-z0-9.+~-]*$/;
const REVISION = /^[A-Za-z0-9.+~]+$/;

/** The parts of a Debian version, or the reason the string is none. */
export const parseDebianVersion = (version: string): DebianVersion | string => {
  const colon = version.indexOf(':');
  const epochText = colon === -1 ? '0' : version.slice(0, colon);
  if (!/^[0-9]+$/.test(epochText)) return `epoch "${epochText}" is not a number`;
  const rest = version.slice(colon + 1);
  const dash = rest.lastIndexOf('-');
  const upstream = dash === -1 ? rest : rest.slice(0, dash);
  const revision = dash === -1 ? '' : rest.slice(dash + 1);
  if (!UPSTREAM.test(upstream)) {
    return `upstream version "${upstream}" must start with a digit and hold only letters, digits and . + ~ -`;
  }
  if (dash !== -1 && !REVISION.test(revision)) {
    return `revision "${revision}" must be letters, digits and . + ~`;
  }
  return { epoch: BigInt(epochText), upstream, revision };
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** dpkg's `order()`: the weight of one character in a non-digit run; the end weighs 0. */
const order = (c: string | undefined): number => {
  if (c === undefined || isDigit(c)) return 0;
  if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
  if (c === '~') return -1;
  return c.charCodeAt(0) + 256;
};

/** dpkg's `verrevcmp`, on one part (upstream or revision). */
export const verrevcmp = (a: string, b: string): number => {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const ac = order(a[i]);
      const bc = order(b[j]);
      if (ac !== bc) return Math.sign(ac - bc);
      i++;
      j++;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    while (isDigit(a[i]) && isDigit(b[j])) {
      if (firstDiff === 0) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (isDigit(a[i])) return 1;
    if (isDigit(b[j])) return -1;
    if (firstDiff !== 0) return Math.sign(firstDiff);
  }
  return 0;
};

export const compareDebianParsed = (a: DebianVersion, b: DebianVersion): number => {
  if (a.epoch !== b.epoch) return a.epoch < b.epoch ? -1 : 1;
  return verrevcmp(a.upstream, b.upstream) || verrevcmp(a.revision, b.revision);
};
