/**
 * The shape of a row of the class table (classes.ts and the domain tables
 * it gathers, such as network.classes.ts), and the helper that writes a field.
 */
import type { EnumName } from './enums';

export type ScalarKind =
  | 'string'
  | 'int'
  | 'float'
  | 'boolean'
  /** ISO date `YYYY-MM-DD`, stored as a string so it sorts and compares as text. */
  | 'date'
  /** ISO instant in UTC with milliseconds, stored as a string for the same reason. */
  | 'datetime'
  | 'strings'
  /** Amount in minor units plus ISO-4217 currency, stored as `<name>Amount` and `<name>Currency`. */
  | 'money';

export type FieldKind = ScalarKind | { enum: EnumName };

export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly description: string;
  /** Text fields the full-text index covers (name and description always are). */
  readonly searchable?: boolean;
  /** Unique across the class's category (asset tag, serial number). */
  readonly unique?: boolean;
}

export type Category =
  | 'hardware'
  | 'logical'
  | 'service'
  | 'place'
  | 'party'
  /** A part of a device (or of a circuit) that cables end on: interfaces, ports, outlets. Dies with its owner. */
  | 'component'
  /** What carries network or power between things: cables, circuits, power panels and feeds. */
  | 'connection'
  /** IP space and layer 2: VRFs, prefixes, IP addresses, VLANs and their groups. */
  | 'addressing'
  /** Counted, not tracked one by one: accessories, consumables and parts, with stock per location. */
  | 'quantity';

export interface ClassSpec {
  readonly name: string;
  readonly category: Category;
  readonly description: string;
  readonly fields: readonly FieldSpec[];
  /** Ordered identification rules for reconciliation: each is a set of fields that together identify one CI. */
  readonly identifiedBy: readonly (readonly string[])[];
  /**
   * The relationship whose target scopes those rules: an interface's name is
   * unique within its device (COMPONENT_OF), not across the estate.
   */
  readonly identifiedWithin?: string;
}

export const f = (name: string, kind: FieldKind, description: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  kind,
  description,
  ...extra,
});
