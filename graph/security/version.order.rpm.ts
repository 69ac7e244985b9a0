/**
 * RPM's version order (Red Hat, AlmaLinux, Rocky Linux, SUSE, openSUSE… advisories):
 * `[epoch:]version[-release]`, epoch as a number, then version and release each by rpm's
 * `rpmvercmp` (rpm 4.x, lib/rpmvercmp.c). Segments are maximal runs of digits or of
 * letters; anything else only separates; digits beat letters; numbers compare as numbers;
 * `~` sorts before everything, even the end (1.0~rc1 < 1.0), and `^` after the end but
 * before anything else (1.0 < 1.0^git1 < 1.0.1). No maintained npm implementation exists,
 * so the published algorithm is implemented here and checked against `rpm.vercmp`.
 */

export interface RpmVersion {
  readonly epoch: bigint;
  readonly version: string;
  readonly release: string;
}

/** The parts of an RPM EVR string, or the reason it is none. */
export const parseRpmVersion = (evr: string): RpmVersion | string => {
  const colon = evr.indexOf(':');
  const epochText = colon === -1 ? '0' : evr.slice(0, colon);
  if (!/^[0-9]+$/.test(epochText)) return `epoch "${epochText}" is not a number`;
  const rest = evr.slice(colon + 1);
  const dash = rest.lastIndexOf('-');
  const version = dash === -1 ? rest : rest.slice(0, dash);
  const release = dash === -1 ? '' : rest.slice(dash + 1);
  if (!/[A-Za-z0-9]/.test(version)) return `version "${version}" has no letter or digit`;
  return { epoch: BigInt(epochText), version, release };
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isAlnum = (c: string | undefined): boolean => isDigit(c) || isAlpha(c);

/** rpm's `rpmvercmp` on one part (version or release). */
export const rpmvercmp = (a: string, b: string): number => {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^') i++;
    while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^') j++;
    // Tilde sorts before everything else.
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1;
      if (b[j] !== '~') return -1;
      i++;
      j++;
      continue;
    }
    // Caret sorts after the end but before anything else.
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (a[i] !== '^') return 1;
      if (b[j] !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (i >= a.length || j >= b.length) break;
    const numeric = isDigit(a[i]);
    const inRun = numeric ? isDigit : isAlpha;
    let ei = i;
    let ej = j;
    while (inRun(a[ei])) ei++;
    while (inRun(b[ej])) ej++;
    // Segments of different kinds: the numeric one is newer.
    if (ej === j) return numeric ? 1 : -1;
    let sa = a.slice(i, ei);
    let sb = b.slice(j, ej);
    if (numeric) {
      sa = sa.replace(/^0+/, '');
      sb = sb.replace(/^0+/, '');
      if (sa.length !== sb.length) return sa.length > sb.length ? 1 : -1;
    }
    if (sa !== sb) return sa < sb ? -1 : 1;
    i = ei;
    j = ej;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i < a.length ? 1 : -1;
};

export const compareRpmParsed = (a: RpmVersion, b: RpmVersion): number => {
  if (a.epoch !== b.epoch) return a.epoch < b.epoch ? -1 : 1;
  return rpmvercmp(a.version, b.version) || rpmvercmp(a.release, b.release);
};
