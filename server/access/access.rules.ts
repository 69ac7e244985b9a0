/**
 * Who may do what: the one table of the least role each operation needs,
 * and the one check that reads it. The Apollo plugin runs the check on
 * every query and mutation before any resolver (so a refused request writes
 * nothing), graphql-ws runs it on every subscribe, and the HTTP guard runs
 * the route rules on the REST routes beside /graphql.
 *
 * Roles are ordered: viewer < editor < admin; each has the rights of those
 * below it.
 *   viewer  read and subscribe
 *   editor  write CIs, relationships, lifecycle, status, incidents, imports
 *   admin   tokens, webhooks, deletes of CIs (forced or not)
 */
import { Kind } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { ROLES } from '../../graph/model/roles';
import type { Role } from '../../graph/model/roles';

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface OperationRules {
  /** Any root field not listed needs this role. */
  readonly default: Role;
  /** Root fields that need more (or less) than the default, with why. */
  readonly fields: Readonly<Record<string, { role: Role; why: string }>>;
}

export const ACCESS_RULES: Readonly<Record<OperationKind, OperationRules>> = {
  query: {
    default: 'viewer',
    fields: {
      apiTokens: { role: 'admin', why: 'tokens are managed by admins' },
      webhooks: { role: 'admin', why: 'webhook targets are managed by admins' },
    },
  },
  mutation: {
    default: 'editor',
    fields: {
      deleteItem: { role: 'admin', why: 'deleting a CI (forced or not) is an admin operation' },
      registerWebhook: { role: 'admin', why: 'webhooks are managed by admins' },
      deleteWebhook: { role: 'admin', why: 'webhooks are managed by admins' },
      createApiToken: { role: 'admin', why: 'tokens are managed by admins' },
      revokeApiToken: { role: 'admin', why: 'tokens are managed by admins' },
      defineCustomField: { role: 'admin', why: 'custom fields are defined by admins' },
      removeCustomField: { role: 'admin', why: 'custom fields are defined by admins' },
    },
  },
  subscription: { default: 'viewer', fields: {} },
};

/** The REST routes beside /graphql: the first rule whose method and path prefix match applies. */
export const HTTP_ACCESS_RULES: readonly { method: string; prefix: string; role: Role }[] = [
  { method: 'POST', prefix: '/graphql', role: 'viewer' }, // each operation is checked by ACCESS_RULES
  { method: 'GET', prefix: '/graphql', role: 'viewer' },
  { method: 'POST', prefix: '/import', role: 'editor' },
  { method: 'GET', prefix: '/import', role: 'viewer' },
  { method: 'GET', prefix: '/export', role: 'viewer' },
];
/** Routes no rule names: reads need viewer, anything else admin. */
const HTTP_DEFAULT = { read: 'viewer', write: 'admin' } as const;

export function roleAtLeast(role: Role, least: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(least);
}

export function requiredRole(kind: OperationKind, field: string): Role {
  if (field.startsWith('__')) return 'viewer'; // __typename, introspection
  return ACCESS_RULES[kind].fields[field]?.role ?? ACCESS_RULES[kind].default;
}

/** The root fields an operation selects, fragments (named and inline) at the root included. */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...out];
}

export interface AccessRefusal {
  field: string;
  needs: Role;
  why: string;
}

/** The first root field the role may not use, or undefined when the whole operation is allowed. */
export function authorize(
  role: Role,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): AccessRefusal | undefined {
  const kind = operation.operation as OperationKind;
  for (const field of rootFields(document, operation)) {
    const needs = requiredRole(kind, field);
    if (!roleAtLeast(role, needs)) {
      const why = ACCESS_RULES[kind].fields[field]?.why ?? `${kind === 'mutation' ? 'writes' : 'reads'} need ${needs}`;
      return { field, needs, why };
    }
  }
  return undefined;
}

/** The least role an HTTP route needs. */
export function requiredHttpRole(method: string, path: string): Role {
  const rule = HTTP_ACCESS_RULES.find(
    (r) => r.method === method && (path === r.prefix || path.startsWith(`${r.prefix}/`)),
  );
  if (rule) return rule.role;
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? HTTP_DEFAULT.read : HTTP_DEFAULT.write;
}
