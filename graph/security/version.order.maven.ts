/**
 * Maven's version order: a port of `org.apache.maven.artifact.versioning.ComparableVersion`
 * as released in maven-artifact 3.9.11 (Apache-2.0), the order Maven itself and OSV's Maven
 * ecosystem use. No npm package was fit: the one port published (`mvncmp`, one release, no
 * source repository) is not kept, so the published algorithm is implemented here, one
 * class per kind of item as in the original, with its comments on each surprising answer.
 *
 * In short: a version is split at '.', '-' and every digit/letter change; numbers compare as
 * numbers; known qualifiers order alpha < beta < milestone < rc = cr < snapshot < "" = ga =
 * final = release < sp; any other qualifier (e.g. Guava's "jre") sorts after all of them,
 * lexically; trailing nulls (0, "", ga…) are dropped, so 5.0.9.RELEASE = 5.0.9 and 1.0 = 1.
 * Java's three number types (int, long, BigInteger) compare here as one bigint, which gives
 * the same answers because Maven strips leading zeros before choosing the type by length.
 */

type Item = NumberItem | StringItem | ListItem;

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Readonly<Record<string, string>> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_VERSION_INDEX = String(QUALIFIERS.indexOf(''));
/** `a1` = alpha-1, `b1` = beta-1, `m1` = milestone-1: only when a digit follows at once. */
const SHORT_QUALIFIERS: Readonly<Record<string, string>> = { a: 'alpha', b: 'beta', m: 'milestone' };

/** Java's String.compareTo sign (UTF-16 code unit order). */
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

class NumberItem {
  readonly kind = 'number';
  constructor(readonly value: bigint) {}
  isNull(): boolean {
    return this.value === 0n;
  }
  compareTo(item: Item | null): number {
    if (item === null) return this.value === 0n ? 0 : 1; // 1.0 == 1, 1.1 > 1
    if (item.kind === 'number') return this.value < item.value ? -1 : this.value > item.value ? 1 : 0;
    return 1; // 1.1 > 1-sp, 1.1 > 1-1
  }
}

class StringItem {
  readonly kind = 'string';
  readonly value: string;
  constructor(value: string, followedByDigit: boolean) {
    const expanded = followedByDigit && value.length === 1 ? (SHORT_QUALIFIERS[value] ?? value) : value;
    this.value = ALIASES[expanded] ?? expanded;
  }
  /** Known qualifiers by their index; unknown ones after all of them, lexically. */
  static comparable(qualifier: string): string {
    const i = QUALIFIERS.indexOf(qualifier);
    return i === -1 ? `${QUALIFIERS.length}-${qualifier}` : String(i);
  }
  isNull(): boolean {
    return StringItem.comparable(this.value) === RELEASE_VERSION_INDEX;
  }
  compareTo(item: Item | null): number {
    if (item === null) return compareStrings(StringItem.comparable(this.value), RELEASE_VERSION_INDEX); // 1-rc < 1, 1-sp > 1
    if (item.kind === 'string')
      return compareStrings(StringItem.comparable(this.value), StringItem.comparable(item.value));
    return -1; // 1.any < 1.1, 1.any < 1-1
  }
}

class ListItem {
  readonly kind = 'list';
  readonly items: Item[] = [];
  isNull(): boolean {
    return this.items.length === 0;
  }
  /** Drops trailing null items (0, "", empty lists), stopping at the first non-null scalar. */
  normalize(): void {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const last = this.items[i];
      if (last.isNull()) this.items.splice(i, 1);
      else if (last.kind !== 'list') break;
    }
  }
  compareTo(item: Item | null): number {
    if (item === null) {
      // The whole list against null, not just its first item (MNG-6964).
      for (const each of this.items) {
        const result = each.compareTo(null);
        if (result !== 0) return result;
      }
      return 0;
    }
    if (item.kind === 'number') return -1; // 1-1 < 1.0.x
    if (item.kind === 'string') return 1; // 1-1 > 1-sp
    const length = Math.max(this.items.length, item.items.length);
    for (let i = 0; i < length; i++) {
      const l = this.items[i] ?? null;
      const r = item.items[i] ?? null;
      // When this list is shorter, compare the other way round and invert.
      const result = l === null ? (r === null ? 0 : -r.compareTo(null)) : l.compareTo(r);
      if (result !== 0) return result;
    }
    return 0;
  }
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

const parseItem = (digits: boolean, text: string): Item =>
  digits ? new NumberItem(BigInt(text)) : new StringItem(text, false);

/** Parses a version as Maven does; every string parses, so there is nothing to refuse. */
export const parseMavenVersion = (version: string): ListItem => {
  const text = version.toLowerCase();
  const root = new ListItem();
  let list = root;
  const stack: ListItem[] = [root];
  const push = (): void => {
    const next = new ListItem();
    list.items.push(next);
    list = next;
    stack.push(next);
  };
  let digits = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.' || c === '-') {
      list.items.push(i === start ? new NumberItem(0n) : parseItem(digits, text.slice(start, i)));
      start = i + 1;
      if (c === '-') push();
    } else if (isDigit(c)) {
      if (!digits && i > start) {
        // 1.0.0.X1 < 1.0.0-X2: treat .X as -X for any string qualifier X.
        if (list.items.length > 0) push();
        list.items.push(new StringItem(text.slice(start, i), true));
        start = i;
        push();
      }
      digits = true;
    } else {
      if (digits && i > start) {
        list.items.push(parseItem(true, text.slice(start, i)));
        start = i;
        push();
      }
      digits = false;
    }
  }
  if (text.length > start) {
    if (!digits && list.items.length > 0) push();
    list.items.push(parseItem(digits, text.slice(start)));
  }
  while (stack.length > 0) stack.pop()?.normalize();
  return root;
};

/** Maven ComparableVersion order: negative, zero or positive. */
export const compareMaven = (a: string, b: string): number =>
  Math.sign(parseMavenVersion(a).compareTo(parseMavenVersion(b)));

/** The canonical form Maven prints (`5.0.9.RELEASE` → `5.0.9`), for tests and messages. */
export const canonicalMaven = (version: string): string => {
  const render = (list: ListItem): string =>
    list.items
      .map((item, i) => {
        const text = item.kind === 'list' ? render(item) : String(item.value);
        return i === 0 ? text : `${item.kind === 'list' ? '-' : '.'}${text}`;
      })
      .join('');
  return render(parseMavenVersion(version));
};
