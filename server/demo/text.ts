/**
 * Text helpers for generated names and ids: zero-padded numbers, slugs and building letters.
 */

export const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** 0 → 'a', 1 → 'b', …: building letters. */
export const letter = (i: number) => String.fromCharCode(97 + i);
