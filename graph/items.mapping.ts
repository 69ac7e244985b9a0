/**
 * Turning a CI node's stored properties back into the API's shape: money
 * fields regain their {amount, currency} form and attributes their object.
 */
import { ALL_CLASS_FIELDS } from './model/classes';

/** A CI as graph/ hands it out: common fields, class fields, attributes as an object. */
export interface Item {
  id: string;
  class: string;
  name: string;
  version: number;
  lifecycleState: string;
  operationalStatus: string;
  createdAt: string;
  updatedAt: string;
  tags?: string[];
  description?: string;
  attributes: Record<string, unknown>;
  [field: string]: unknown;
}

const MONEY_FIELDS = new Set([...ALL_CLASS_FIELDS.values()].filter((f) => f.kind === 'money').map((f) => f.name));

export function itemFromNode(props: Record<string, unknown>): Item {
  const item: Record<string, unknown> = { ...props };
  // Only the money fields present are rebuilt: most reads carry few or none of them.
  for (const key of Object.keys(props)) {
    if (!key.endsWith('Amount')) continue;
    const name = key.slice(0, -'Amount'.length);
    if (!MONEY_FIELDS.has(name)) continue;
    if (props[key] !== null) item[name] = { amount: props[key], currency: props[`${name}Currency`] };
    delete item[key];
    delete item[`${name}Currency`];
  }
  item.attributes = typeof props.attributes === 'string' ? JSON.parse(props.attributes) : {};
  item.tags = props.tags ?? [];
  return item as Item;
}
