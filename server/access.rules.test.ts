/** The access table against the real schema, and the check that reads it. */
import 'reflect-metadata';
import { getOperationAST, parse } from 'graphql';
import { buildEstateSchema } from '../schema/build';
import { ROLES } from '../resolvers/context';
import { ACCESS_RULES, authorize, requiredHttpRole, requiredRole, roleAtLeast, rootFields } from './access.rules';
import type { OperationKind } from './access.rules';

const schema = buildEstateSchema();
const rootType = (kind: OperationKind) =>
  kind === 'query'
    ? schema.getQueryType()!
    : kind === 'mutation'
      ? schema.getMutationType()!
      : schema.getSubscriptionType()!;

const check = (role: (typeof ROLES)[number], source: string) => {
  const document = parse(source);
  return authorize(role, document, getOperationAST(document)!);
};

describe('the access table', () => {
  it('names only root fields the schema has', () => {
    for (const kind of Object.keys(ACCESS_RULES) as OperationKind[]) {
      const fields = rootType(kind).getFields();
      for (const field of Object.keys(ACCESS_RULES[kind].fields))
        expect([kind, field, field in fields]).toEqual([kind, field, true]);
    }
  });

  it('gives every root field of the schema a role, and reads need no more than viewer unless listed', () => {
    for (const kind of Object.keys(ACCESS_RULES) as OperationKind[]) {
      for (const field of Object.keys(rootType(kind).getFields())) {
        const role = requiredRole(kind, field);
        expect(ROLES).toContain(role);
        if (kind !== 'mutation' && !(field in ACCESS_RULES[kind].fields)) expect(role).toBe('viewer');
        if (kind === 'mutation') expect(role).not.toBe('viewer');
      }
    }
  });

  it('keeps tokens, webhooks and deletes for admins', () => {
    for (const field of ['createApiToken', 'revokeApiToken', 'deleteItem', 'registerWebhook', 'deleteWebhook']) {
      expect(requiredRole('mutation', field)).toBe('admin');
    }
    expect(requiredRole('query', 'apiTokens')).toBe('admin');
    expect(requiredRole('mutation', 'createItem')).toBe('editor');
    expect(requiredRole('subscription', 'changes')).toBe('viewer');
  });

  it('orders the roles viewer < editor < admin', () => {
    expect(roleAtLeast('admin', 'editor')).toBe(true);
    expect(roleAtLeast('editor', 'editor')).toBe(true);
    expect(roleAtLeast('viewer', 'editor')).toBe(false);
    expect(roleAtLeast('editor', 'admin')).toBe(false);
  });
});

describe('authorize', () => {
  it('finds root fields behind named and inline fragments, and ignores introspection', () => {
    const document = parse(
      'mutation { ...A ... on Mutation { relate(input: $x) { type } } } fragment A on Mutation { createItem(input: $y) { id } }',
    );
    expect(rootFields(document, getOperationAST(document)!).sort()).toEqual(['createItem', 'relate']);
    expect(check('viewer', '{ __typename __schema { queryType { name } } }')).toBeUndefined();
  });

  it('refuses the first field the role may not use, naming the role it needs', () => {
    expect(check('viewer', '{ items { totalCount } }')).toBeUndefined();
    expect(check('viewer', 'mutation { createItem(input: {class: Team, name: "x"}) { id } }')).toMatchObject({
      field: 'createItem',
      needs: 'editor',
    });
    expect(
      check('editor', 'mutation { createItem(input: {class: Team, name: "x"}) { id } deleteItem(id: "x") { id } }'),
    ).toMatchObject({
      field: 'deleteItem',
      needs: 'admin',
    });
    expect(check('admin', 'mutation { deleteItem(id: "x", force: true) { id } }')).toBeUndefined();
  });
});

describe('HTTP routes', () => {
  it('needs editor to upload an import, viewer to read jobs and export, admin for anything unknown that writes', () => {
    expect(requiredHttpRole('POST', '/import')).toBe('editor');
    expect(requiredHttpRole('POST', '/import/relationships')).toBe('editor');
    expect(requiredHttpRole('GET', '/import/123/errors.csv')).toBe('viewer');
    expect(requiredHttpRole('GET', '/export')).toBe('viewer');
    expect(requiredHttpRole('POST', '/graphql')).toBe('viewer');
    expect(requiredHttpRole('DELETE', '/something')).toBe('admin');
    expect(requiredHttpRole('GET', '/importer')).toBe('viewer');
  });
});
