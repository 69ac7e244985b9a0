/**
 * The access table's behaviour, checked against a table worked out by hand:
 * every root field of the real schema with the least role it needs, and for
 * each role whether an operation selecting it is allowed or refused (and
 * with what). The expected values are written here, not read from
 * ACCESS_RULES, so a changed rule, a new root field left to a default, or a
 * broken check fails this file.
 */
import 'reflect-metadata';
import { getOperationAST, parse } from 'graphql';
import { buildEstateSchema } from '../graphql/build';
import type { Role } from '../../graph/model/roles';
import { authorize, requiredHttpRole, rootFields } from './access.rules';
import type { OperationKind } from './access.rules';

/**
 * Every root field of the schema and who may use it, by hand. A new root field must be added here: that is
 * the moment to decide its role (the table's defaults are viewer for reads, editor for writes).
 */
const EXPECTED: Record<OperationKind, Record<string, Role>> = {
  query: {
    apiTokens: 'admin',
    assetReport: 'viewer',
    assetsInStockLongerThan: 'viewer',
    assetsOutOfWarranty: 'viewer',
    assetsPastEndOfLife: 'viewer',
    availablePrefixes: 'viewer',
    cableTrace: 'viewer',
    categories: 'viewer',
    customFields: 'viewer',
    changeCursor: 'viewer',
    changes: 'viewer',
    component: 'viewer',
    dependencies: 'viewer',
    deviceCounts: 'viewer',
    diff: 'viewer',
    expiringContracts: 'viewer',
    expiringWarranties: 'viewer',
    freeAddresses: 'viewer',
    hardwareModels: 'viewer',
    impact: 'viewer',
    importJob: 'viewer',
    importJobs: 'viewer',
    incident: 'viewer',
    incidents: 'viewer',
    item: 'viewer',
    items: 'viewer',
    licenceCompliance: 'viewer',
    lowStock: 'viewer',
    manufacturers: 'viewer',
    me: 'viewer',
    paths: 'viewer',
    prefixUtilisation: 'viewer',
    prefixes: 'viewer',
    rackPower: 'viewer',
    reachable: 'viewer',
    rootCauseCandidates: 'viewer',
    search: 'viewer',
    singlePointsOfFailure: 'viewer',
    sbom: 'viewer',
    softwareComponent: 'viewer',
    softwareComponents: 'viewer',
    stockLevels: 'viewer',
    stockMovements: 'viewer',
    webhooks: 'admin',
  },
  mutation: {
    adjustStock: 'editor',
    checkinItem: 'editor',
    checkoutItem: 'editor',
    connectCable: 'editor',
    createApiToken: 'admin',
    createItem: 'editor',
    defineCustomField: 'admin',
    deleteItem: 'admin',
    deleteWebhook: 'admin',
    disconnectCable: 'editor',
    openIncident: 'editor',
    receiveStock: 'editor',
    registerWebhook: 'admin',
    relate: 'editor',
    removeCustomField: 'admin',
    reportStatus: 'editor',
    reportStatuses: 'editor',
    resolveIncident: 'editor',
    resumeImportJob: 'editor',
    revokeApiToken: 'admin',
    transitionLifecycle: 'editor',
    transitionLifecycleMany: 'editor',
    unrelate: 'editor',
    updateIncident: 'editor',
    updateItem: 'editor',
  },
  subscription: {
    changes: 'viewer',
    importProgress: 'viewer',
    itemChanged: 'viewer',
    serviceHealthChanged: 'viewer',
  },
};

/** Who holds the rights a role needs, by hand: roles are ordered viewer < editor < admin. */
const HOLDERS: Record<Role, Role[]> = {
  viewer: ['viewer', 'editor', 'admin'],
  editor: ['editor', 'admin'],
  admin: ['admin'],
};

/** Why a refusal says what it says, for the fields the table lists; others get the kind's default reason. */
const WHY: Record<string, string> = {
  apiTokens: 'tokens are managed by admins',
  webhooks: 'webhook targets are managed by admins',
  deleteItem: 'deleting a CI (forced or not) is an admin operation',
  registerWebhook: 'webhooks are managed by admins',
  deleteWebhook: 'webhooks are managed by admins',
  createApiToken: 'tokens are managed by admins',
  revokeApiToken: 'tokens are managed by admins',
  defineCustomField: 'custom fields are defined by admins',
  removeCustomField: 'custom fields are defined by admins',
};

const KINDS: OperationKind[] = ['query', 'mutation', 'subscription'];
const ROLES_BY_HAND: Role[] = ['viewer', 'editor', 'admin'];

const schema = buildEstateSchema();
const rootType = (kind: OperationKind) =>
  kind === 'query'
    ? schema.getQueryType()!
    : kind === 'mutation'
      ? schema.getMutationType()!
      : schema.getSubscriptionType()!;

const check = (role: Role, source: string) => {
  const document = parse(source);
  return authorize(role, document, getOperationAST(document)!);
};

describe('the access table', () => {
  it.each(KINDS)('lists by hand every %s root field the schema has, and no other', (kind) => {
    expect(Object.keys(rootType(kind).getFields()).sort()).toEqual(Object.keys(EXPECTED[kind]).sort());
  });

  const cases = KINDS.flatMap((kind) =>
    Object.entries(EXPECTED[kind]).flatMap(([field, needs]) =>
      ROLES_BY_HAND.map((role) => ({ kind, field, needs, role, allowed: HOLDERS[needs].includes(role) })),
    ),
  );

  it.each(cases)('$kind $field as $role: allowed $allowed (needs $needs)', ({ kind, field, needs, role, allowed }) => {
    const refusal = check(role, `${kind} { ${field} }`);
    if (allowed) {
      expect(refusal).toBeUndefined();
    } else {
      const why = WHY[field] ?? `${kind === 'mutation' ? 'writes' : 'reads'} need ${needs}`;
      expect(refusal).toEqual({ field, needs, why });
    }
  });
});

describe('authorize', () => {
  it('refuses the first field the role may not use, in the order the operation selects them', () => {
    const op = 'mutation { relate(input: $r) { type } deleteItem(id: "x") { id } createApiToken(name: "t") { id } }';
    expect(check('viewer', op)).toEqual({ field: 'relate', needs: 'editor', why: 'writes need editor' });
    expect(check('editor', op)).toEqual({ field: 'deleteItem', needs: 'admin', why: WHY.deleteItem });
    expect(check('admin', op)).toBeUndefined();
  });

  it('sees through aliases, named fragments, inline fragments and fragments that spread each other', () => {
    expect(check('editor', 'mutation { harmless: deleteItem(id: "x") { id } }')).toMatchObject({
      field: 'deleteItem',
      needs: 'admin',
    });
    const nested = `query { ...A }
      fragment A on Query { item(id: "x") { id } ...B }
      fragment B on Query { ... on Query { webhooks { id } } ...A }`;
    expect(check('editor', nested)).toEqual({ field: 'webhooks', needs: 'admin', why: WHY.webhooks });
    expect(check('admin', nested)).toBeUndefined();
    const document = parse(nested);
    expect(rootFields(document, getOperationAST(document)!).sort()).toEqual(['item', 'webhooks']);
  });

  it('lets anyone use introspection and __typename, but not what is selected beside them', () => {
    expect(check('viewer', '{ __typename __schema { queryType { name } } }')).toBeUndefined();
    expect(check('viewer', 'mutation { __typename }')).toBeUndefined();
    expect(check('viewer', '{ __typename apiTokens { id } }')).toMatchObject({ field: 'apiTokens', needs: 'admin' });
  });

  it('judges the operation asked for, not the others in the document', () => {
    const document = parse('query Read { items { totalCount } } mutation Write { deleteItem(id: "x") { id } }');
    expect(authorize('viewer', document, getOperationAST(document, 'Read')!)).toBeUndefined();
    expect(authorize('viewer', document, getOperationAST(document, 'Write')!)).toMatchObject({
      field: 'deleteItem',
      needs: 'admin',
    });
  });
});

describe('HTTP routes', () => {
  /** method, path, least role: by hand. */
  const ROUTES: [string, string, Role][] = [
    ['POST', '/graphql', 'viewer'], // each operation is then checked by the table above
    ['GET', '/graphql', 'viewer'],
    ['POST', '/import', 'editor'],
    ['POST', '/import/relationships', 'editor'],
    ['GET', '/import/123/errors.csv', 'viewer'],
    ['GET', '/export', 'viewer'],
    ['GET', '/export/items.csv', 'viewer'],
    // A prefix matches whole path segments only: /importer is no import route.
    ['GET', '/importer', 'viewer'],
    ['POST', '/importer', 'admin'],
    ['PUT', '/import', 'admin'],
    ['DELETE', '/import/123', 'admin'],
    ['POST', '/export', 'admin'],
    ['DELETE', '/something', 'admin'],
    ['HEAD', '/something', 'viewer'],
    ['OPTIONS', '/something', 'viewer'],
  ];

  it.each(ROUTES)('%s %s needs %s', (method, path, role) => {
    expect(requiredHttpRole(method, path)).toBe(role);
  });
});
