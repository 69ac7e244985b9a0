/**
 * Custom fields: the site-specific fields an organisation defines per class
 * (a "Hot swap" yes/no on servers, a "Cost centre" on laptops). Their values
 * live in the CI's `attributes`, under the field's name; a definition types
 * them, so the API and imports refuse a value of the wrong type instead of
 * storing `"sometimes"` beside real booleans. This is the closed list of
 * types and the shape of one definition; the rules are
 * graph/items/custom.fields.rules.ts, the store graph/items/custom.fields.ts.
 */

export const CUSTOM_FIELD_TYPES = ['BOOLEAN', 'INTEGER', 'DECIMAL', 'DATE', 'ENUM', 'URL', 'LIST'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface CustomFieldDef {
  /** The CI class it belongs to. */
  readonly class: string;
  /** The attribute name its values are stored under (attribute-name rules). */
  readonly name: string;
  /** What people call it; a CSV column with this header fills it too. */
  readonly label: string;
  readonly type: CustomFieldType;
  /** A CI of the class cannot be created, or left, without it. */
  readonly required: boolean;
  readonly description?: string;
  /** The allowed values of an ENUM field, in the order given. */
  readonly choices?: readonly string[];
}
