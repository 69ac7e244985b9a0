/**
 * How a relationships CSV names the CIs at each end. A key is either
 *
 * - a CI id, as is: `srv-0001`, `8d0c6c8e-…`; or
 * - `[Class:]field=value[;field=value]`, with the fields of an identification
 *   rule: `serialNumber=SN-123`, `assetTag=AT-9`, `Location:name=DC1 Room 2`,
 *   `Server:hostname=web01;domain=corp.example`, `Person:email=ana@example.org`.
 *
 * Ids, serial numbers and asset tags are unique across classes, so they need
 * no class (one given is checked); any other rule (names, host names, e-mail) is looked up within
 * the class given, or across all classes when none is, where a name shared
 * by two CIs is reported as ambiguous, never guessed. A value cannot contain
 * `;`. Keys resolve exactly as item rows are identified (identity.ts).
 */
import { CLASSES, classSpec } from '../../graph/model/classes';
import { identityRules } from './identity';

export interface EndpointKey {
  /** Class named by the key, if any. */
  className?: string;
  fields: string[];
  values: (string | null)[];
  /** Unique across classes (id, serial number, asset tag): looked up in every class, the class checked after. */
  global: boolean;
  /** Lookup label: `Hardware` for serial numbers and asset tags, `CI` otherwise. */
  label: string;
  text: string;
}

export interface RuleShape {
  /** Field names joined by `+`, e.g. `hostname+domain`. */
  key: string;
  fields: readonly string[];
  label: string;
  global: boolean;
  classes: string[];
}

const GLOBAL_SHAPES = new Set(['id', 'serialNumber', 'assetTag']);

/** Every field list some class identifies by (`id`, `serialNumber`, `name`, `hostname+domain`, …), once each. */
export const RULE_SHAPE_LIST: readonly RuleShape[] = (() => {
  const shapes = new Map<string, RuleShape>();
  for (const spec of CLASSES) {
    for (const rule of identityRules(spec.name)) {
      const key = rule.fields.join('+');
      const shape = shapes.get(key) ?? {
        key,
        fields: rule.fields,
        label: rule.label,
        global: GLOBAL_SHAPES.has(key),
        classes: [],
      };
      shape.classes.push(spec.name);
      shapes.set(key, shape);
    }
  }
  return [...shapes.values()];
})();

export type ParsedKey = { ok: true; key: EndpointKey } | { ok: false; reason: string };

export function parseEndpointKey(text: string): ParsedKey {
  const t = text.trim();
  if (!t) return { ok: false, reason: 'is empty' };
  if (!t.includes('='))
    return { ok: true, key: { fields: ['id'], values: [t], global: true, label: 'CI', text: `id=${t}` } };
  let className: string | undefined;
  let body = t;
  const prefix = /^([A-Za-z]+):(.*)$/.exec(t);
  if (prefix) {
    if (!classSpec(prefix[1])) {
      return {
        ok: false,
        reason: `"${prefix[1]}" is not a class; expected one of ${CLASSES.map((c) => c.name).join(', ')}`,
      };
    }
    className = prefix[1];
    body = prefix[2];
  }
  const pairs = new Map<string, string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) return { ok: false, reason: `"${part}" is not field=value` };
    pairs.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const shape = RULE_SHAPE_LIST.find(
    (s) =>
      s.fields.every((f, i) => (i === 0 ? pairs.has(f) : true)) && [...pairs.keys()].every((k) => s.fields.includes(k)),
  );
  if (!shape) {
    return {
      ok: false,
      reason: `${[...pairs.keys()].join('+')} is not an identification rule; use id, serialNumber, assetTag, name, hostname;domain, email, contractNumber or cidr`,
    };
  }
  if (className && !shape.classes.includes(className)) {
    return { ok: false, reason: `${className} is not identified by ${shape.fields.join('+')}` };
  }
  const values = shape.fields.map((f) => (pairs.get(f) ? pairs.get(f)! : null));
  return {
    ok: true,
    key: {
      className,
      global: shape.global,
      fields: [...shape.fields],
      values,
      label: shape.label,
      text: `${className ? `${className}:` : ''}${shape.fields.map((f, i) => `${f}=${values[i] ?? ''}`).join(';')}`,
    },
  };
}
