/**
 * Turning a CI node's stored properties back into the API's shape: money
 * fields regain their {amount, currency} form and attributes their object.
 */
import { ALL_CLASS_FIELDS } from '../model/classes';

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

const MONEY_NAMES = [...ALL_CLASS_FIELDS.values()].filter((f) => f.kind === 'money').map((f) => f.name);
/** Stored `<field>Amount` and `<field>Currency` keys → the money field they belong to. */
const MONEY_BY_AMOUNT_KEY = new Map(MONEY_NAMES.map((name) => [`${name}Amount`, name]));
const MONEY_BY_CURRENCY_KEY = new Map(MONEY_NAMES.map((name) => [`${name}Currency`, name]));

/**
 * Builds a fresh object rather than copying and deleting keys: a `delete`
 * turns an object into a slow dictionary, and GraphQL then reads every
 * field of every CI in an answer from it.
 */
export function itemFromNode(props: Record<string, unknown>): Item {
  const item: Record<string, unknown> = {};
  for (const key in props) {
    const money = MONEY_BY_AMOUNT_KEY.get(key);
    if (money !== undefined) {
      // Only the money fields present are rebuilt: most reads carry few or none of them.
      if (props[key] !== null) item[money] = { amount: props[key], currency: props[`${money}Currency`] };
      continue;
    }
    const owner = MONEY_BY_CURRENCY_KEY.get(key);
    if (owner === undefined || !(`${owner}Amount` in props)) item[key] = props[key];
  }
  item.attributes = typeof props.attributes === 'string' ? JSON.parse(props.attributes) : {};
  item.tags = props.tags ?? [];
  return item as Item;
}
