/**
 * The CVSS base score of an advisory's severity vector, computed with ae-cvss-calculator
 * (CVSS 2.0, 3.0, 3.1 and 4.0, FIRST's formulas and 4.0's lookup tables; ~830k downloads a
 * month). OSV gives only the vector; the score is what exposure ranks by. A vector the
 * calculator cannot read, or one whose version is not its OSV type's, has no score (null),
 * never a guessed one.
 */
import * as calculator from 'ae-cvss-calculator';

/** The one call used, typed here: the package's own declarations do not resolve under this project's settings. */
const fromVector = calculator.fromVector as (vector: string) => { calculateScores(): { base?: unknown } } | null;

/** OSV severity types and the vector prefix each must carry. */
const VECTOR_PREFIX: Readonly<Record<string, RegExp>> = {
  CVSS_V2: /^(?!CVSS:)/,
  CVSS_V3: /^CVSS:3\.[01]\//,
  CVSS_V4: /^CVSS:4\.0\//,
};

export const cvssBaseScore = (type: string, vector: string): number | null => {
  const prefix = VECTOR_PREFIX[type];
  if (prefix === undefined || !prefix.test(vector)) return null;
  try {
    const base = fromVector(vector)?.calculateScores().base;
    return typeof base === 'number' && Number.isFinite(base) ? base : null;
  } catch {
    return null;
  }
};
