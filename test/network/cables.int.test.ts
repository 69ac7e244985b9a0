/**
 * Cables and components through the API (issue 17): connectCable and
 * disconnectCable, parallel cables, one cable per port under concurrency, a
 * device's components deleted with it and logged, every refusal with its
 * field and reason and nothing written, the rule-table fields obeyed by the
 * generic relate/updateItem/deleteItem and the relationships CSV import, and
 * components addressed by device + name.
 */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import { tempDir, testCli, writeCsv } from '../imports/import.support';
import type { CiClass } from '../../sdk/generated';

jest.setTimeout(240_000);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

/** A device with components, made through the API: `[name, class]` pairs (class default Interface). */
async function device(
  id: string,
  parts: (string | [string, CiClass])[],
  cls: CiClass = 'NetworkDevice',
): Promise<void> {
  ok(await api.sdk.CreateItem({ input: { class: cls, id, name: id } }));
  for (const part of parts) {
    const [name, partClass]: [string, CiClass] = typeof part === 'string' ? [part, 'Interface'] : part;
    const partId = `${id}:${partClass}:${name}`;
    ok(await api.sdk.CreateItem({ input: { class: partClass, id: partId, name } }));
    ok(await api.sdk.Relate({ input: { from: partId, type: 'COMPONENT_OF', to: id, properties: {} } }));
  }
}

const end = (device: string, name: string) => ({ device, name });
const connect = (a: object[], b: object[], extra: object = {}) =>
  api.sdk.ConnectCable({ input: { aTerminations: a, bTerminations: b, ...extra } });

/** How many Cable CIs and Change records there are: a refused write must change neither. */
async function footprint() {
  const [row] = await cypher(
    api.executor,
    'RETURN COUNT { (:Cable) } AS cables, COUNT { ()-[:TERMINATES]->() } AS ends, COUNT { (:Change) } AS changes',
  );
  return row;
}

describe('connectCable', () => {
  beforeAll(async () => {
    await device('sw1', ['eth1', 'eth2', 'eth3', 'eth10', 'eth11', 'eth12', ['PSU1', 'PowerPort']]);
    await device('sw2', ['eth1', 'eth2', 'eth3', ...Array.from({ length: 8 }, (_, i) => `race${i}`)]);
    await device(
      'pdu1',
      [
        ['out1', 'PowerOutlet'],
        ['out2', 'PowerOutlet'],
      ],
      'EndUserDevice',
    );
  });

  it('keeps three parallel cables between the same two devices, each with its own id and sides', async () => {
    const ids: string[] = [];
    for (const port of ['eth1', 'eth2', 'eth3']) {
      const made = ok(await connect([end('sw1', port)], [end('sw2', port)], { cableType: 'cat6', length: 2.5 }));
      expect(made.connectCable.cable).toMatchObject({ class: 'Cable', name: `sw1:${port} — sw2:${port}` });
      expect(made.connectCable.terminations).toEqual([
        { side: 'A', item: { id: `sw1:Interface:${port}`, name: port, class: 'Interface' } },
        { side: 'B', item: { id: `sw2:Interface:${port}`, name: port, class: 'Interface' } },
      ]);
      ids.push(made.connectCable.cable.id);
    }
    expect(new Set(ids).size).toBe(3);
    const rows = await cypher(
      api.executor,
      `MATCH (:CI {id: 'sw1'})<-[:COMPONENT_OF]-(p)<-[:TERMINATES {side: 'A'}]-(c:Cable)-[:TERMINATES {side: 'B'}]->(q)-[:COMPONENT_OF]->(:CI {id: 'sw2'})
       RETURN c.id AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([...ids].sort());
    // One CREATE and two RELATE changes per cable, nothing else.
    const changes = await cypher(
      api.executor,
      'MATCH (c:Change) WHERE c.ciId IN $ids RETURN c.op AS op, count(*) AS n ORDER BY op',
      { ids },
    );
    expect(changes).toEqual([
      { op: 'CREATE', n: 3 },
      { op: 'RELATE', n: 6 },
    ]);
  });

  it('lets exactly one of 8 concurrent connectCable calls cable the same port; the rest name its cable', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => connect([end('sw1', 'eth10')], [end('sw2', `race${i}`)])),
    );
    const won = answers.filter((a) => !a.errors?.length);
    expect(won).toHaveLength(1);
    const cable = won[0].data.connectCable.cable.id;
    for (const lost of answers.filter((a) => a.errors?.length)) {
      expect(lost.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aTerminations[0]' });
      expect(lost.errors![0].extensions.reason).toContain(`is already cabled: cable ${cable}`);
    }
    const [row] = await cypher(
      api.executor,
      "MATCH (c:Cable)-[:TERMINATES]->(:CI {id: 'sw1:Interface:eth10'}) RETURN count(c) AS n",
    );
    expect(row.n).toBe(1);
    const [logged] = await cypher(
      api.executor,
      "MATCH (c:Change {op: 'RELATE', otherId: 'sw1:Interface:eth10'}) RETURN count(c) AS n",
    );
    expect(logged.n).toBe(1);
  });

  const cases: [string, () => ReturnType<typeof connect>, string, RegExp][] = [
    [
      'an unknown device',
      () => connect([end('sw1', 'eth11'), end('nosuch', 'eth1')], [end('sw2', 'race7')]),
      'aTerminations[1]',
      /^no CI with id nosuch \(the device\)$/,
    ],
    [
      'an unknown component',
      () => connect([end('sw1', 'eth11')], [end('sw2', 'eth99')]),
      'bTerminations[0]',
      /^sw2 has no component named eth99$/,
    ],
    [
      'an unknown id',
      () => connect([{ id: 'nothing-here' }], [end('sw2', 'race7')]),
      'aTerminations[0]',
      /^no CI with id nothing-here$/,
    ],
    [
      'a class that cannot end a cable',
      () => connect([end('sw1', 'eth11')], [{ id: 'sw2' }]),
      'bTerminations[0]',
      /^sw2 \(NetworkDevice sw2\) cannot end a cable: TERMINATES from Cable cannot point to a NetworkDevice; allowed: Interface, /,
    ],
    [
      'a port already cabled',
      () => connect([end('sw1', 'eth11')], [end('sw2', 'eth1')]),
      'bTerminations[0]',
      /^sw2 eth1 \(Interface sw2:Interface:eth1\) is already cabled: cable \S+ ends on it \(disconnect it first\)$/,
    ],
    [
      'the same termination twice on one side',
      () => connect([end('sw1', 'eth11'), { id: 'sw1:Interface:eth11' }], [end('sw2', 'race7')]),
      'aTerminations[1]',
      /^sw1 eth11 \(Interface sw1:Interface:eth11\) is given twice on side A \(also aTerminations\[0\]\)$/,
    ],
    [
      'the same termination on both sides',
      () => connect([end('sw1', 'eth11')], [end('sw1', 'eth11')]),
      'bTerminations[0]',
      /is on both sides \(also aTerminations\[0\]\); a cable joins two different ends$/,
    ],
    [
      'an empty side',
      () => connect([end('sw1', 'eth11')], []),
      'bTerminations',
      /^a cable needs at least one termination on side B$/,
    ],
    [
      'a reference naming nothing',
      () => connect([{ device: 'sw1' }], [end('sw2', 'race7')]),
      'aTerminations[0]',
      /^give either id, or device and name$/,
    ],
    [
      'power and data ends on one cable',
      () => connect([end('pdu1', 'out1')], [end('sw1', 'eth11')]),
      'bTerminations[0]',
      /^sw1 eth11 \(Interface sw1:Interface:eth11\) carries data but pdu1 out1 \(PowerOutlet pdu1:PowerOutlet:out1\) \(aTerminations\[0\]\) carries power; power and data ends cannot share a cable$/,
    ],
    [
      'a bad cable field',
      () => connect([end('sw1', 'eth11')], [end('sw2', 'race7')], { length: -1, colour: 'x'.repeat(2000) }),
      'input.colour',
      /./,
    ],
  ];
  it.each(cases)('refuses %s, naming the field and writing nothing', async (_what, call, field, reason) => {
    const before = await footprint();
    const error = await refused(call(), 'BAD_USER_INPUT', field);
    expect(error.extensions.reason).toMatch(reason);
    expect(await footprint()).toEqual(before);
  });

  it('connects a power outlet to a power port, and disconnects a cable logging each end', async () => {
    const made = ok(await connect([end('pdu1', 'out2')], [end('sw1', 'PSU1')], { cableType: 'power' }));
    const id = made.connectCable.cable.id;
    ok(await api.sdk.DisconnectCable({ id }));
    const changes = await cypher(
      api.executor,
      "MATCH (c:Change {ciId: $id}) WHERE c.op IN ['UNRELATE', 'DELETE'] RETURN c.op AS op ORDER BY c.seq",
      { id },
    );
    expect(changes.map((c) => c.op)).toEqual(['UNRELATE', 'UNRELATE', 'DELETE']);
    expect(await cypher(api.executor, "MATCH (:CI {id: 'sw1:PowerPort:PSU1'})<-[r:TERMINATES]-() RETURN r")).toEqual(
      [],
    );
    // The port is free again; disconnecting a device instead of a cable is refused.
    ok(await connect([end('pdu1', 'out2')], [end('sw1', 'PSU1')]));
    const error = await refused(api.sdk.DisconnectCable({ id: 'pdu1' }), 'BAD_USER_INPUT', 'id');
    expect(error.extensions.reason).toBe('pdu1 is a EndUserDevice, not a Cable');
  });

  it('reads cables from either end: the side is a property, not a direction', async () => {
    const data = ok(await api.sdk.DeviceComponents({ id: 'sw2', classes: ['Interface'] }));
    const eth1 = data.item!.components.find((c) => c.name === 'eth1')!;
    expect(eth1.related).toEqual([{ properties: { side: 'B' }, item: { id: expect.any(String) } }]);
  });
});

describe('deleting a device', () => {
  it("deletes its components in the same transaction, each logged, and leaves the cable's other end", async () => {
    await device('leaf9', ['e1', 'e2', ['PSU1', 'PowerPort']]);
    await device('spine9', ['e1']);
    const cable = ok(await connect([end('leaf9', 'e1')], [end('spine9', 'e1')])).connectCable.cable.id;
    const [{ seq }] = await cypher(api.executor, 'MATCH (c:Change) RETURN max(c.seq) AS seq');
    ok(await api.sdk.DeleteItem({ id: 'leaf9' }));
    const left = await cypher(api.executor, "MATCH (n:CI) WHERE n.id STARTS WITH 'leaf9' RETURN n.id AS id");
    expect(left).toEqual([]);
    const changes = await cypher(
      api.executor,
      `MATCH (c:Change) WHERE c.seq > $seq
       RETURN c.op AS op, c.ciId AS ciId, c.relType AS type, c.otherId AS toId ORDER BY c.seq`,
      { seq },
    );
    expect(changes.filter((c) => c.op === 'DELETE').map((c) => c.ciId)).toEqual([
      'leaf9:Interface:e1',
      'leaf9:Interface:e2',
      'leaf9:PowerPort:PSU1',
      'leaf9',
    ]);
    expect(
      changes
        .filter((c) => c.op === 'UNRELATE')
        .map((c) => `${String(c.ciId)} ${String(c.type)} ${String(c.toId)}`)
        .sort(),
    ).toEqual(
      [
        `${cable} TERMINATES leaf9:Interface:e1`,
        'leaf9:Interface:e1 COMPONENT_OF leaf9',
        'leaf9:Interface:e2 COMPONENT_OF leaf9',
        'leaf9:PowerPort:PSU1 COMPONENT_OF leaf9',
      ].sort(),
    );
    // The cable keeps its other end (NetBox keeps a cable whose termination was deleted).
    const ends = await cypher(api.executor, 'MATCH (:Cable {id: $cable})-[r:TERMINATES]->(t) RETURN t.id AS id', {
      cable,
    });
    expect(ends).toEqual([{ id: 'spine9:Interface:e1' }]);
  });

  it('is still refused while something needs the device itself, and then deletes none of its components', async () => {
    await device('fw9', ['outside']);
    ok(await api.sdk.CreateItem({ input: { class: 'BusinessService', id: 'svc-fw9', name: 'svc-fw9' } }));
    ok(await api.sdk.Relate({ input: { from: 'svc-fw9', type: 'DEPENDS_ON', to: 'fw9', properties: {} } }));
    await refused(api.sdk.DeleteItem({ id: 'fw9' }), 'CONFLICT', 'id');
    const left = await cypher(api.executor, "MATCH (n:CI) WHERE n.id STARTS WITH 'fw9' RETURN n.id AS id ORDER BY id");
    expect(left.map((r) => r.id)).toEqual(['fw9', 'fw9:Interface:outside']);
  });
});

describe('the rule table through relate, updateItem and the relationships CSV', () => {
  beforeAll(async () => {
    await device('r1', ['ge0', 'ge1', 'ge2', ['1', 'FrontPort'], ['1', 'RearPort']], 'NetworkDevice');
    for (const id of ['cab-x', 'cab-y', 'cab-csv1', 'cab-csv2']) {
      ok(await api.sdk.CreateItem({ input: { class: 'Cable', id, name: id } }));
    }
  });

  it('refuses TERMINATES without a side A or B (properties.side)', async () => {
    const error = await refused(
      api.sdk.Relate({ input: { from: 'cab-x', type: 'TERMINATES', to: 'r1:Interface:ge0', properties: {} } }),
      'BAD_USER_INPUT',
      'properties.side',
    );
    expect(error.extensions.reason).toBe('TERMINATES needs side to be one of A, B');
    await refused(
      api.sdk.Relate({
        input: { from: 'cab-x', type: 'TERMINATES', to: 'r1:Interface:ge0', properties: { side: 'C' } },
      }),
      'BAD_USER_INPUT',
      'properties.side',
    );
  });

  it('refuses a second cable on a port through relate, naming the cable there', async () => {
    const term = (from: string) =>
      api.sdk.Relate({ input: { from, type: 'TERMINATES', to: 'r1:Interface:ge1', properties: { side: 'A' } } });
    ok(await term('cab-x'));
    ok(await term('cab-x')); // the same relationship again is not a second cable
    const error = await refused(term('cab-y'), 'BAD_USER_INPUT', 'to');
    expect(error.extensions.reason).toBe(
      'a Interface takes at most 1 TERMINATES; r1:Interface:ge1 already has cab-x (remove it first)',
    );
  });

  it('refuses a second component of the same class and name on a device (relate, and rename)', async () => {
    ok(await api.sdk.CreateItem({ input: { class: 'Interface', id: 'dup-ge0', name: 'ge0' } }));
    const error = await refused(
      api.sdk.Relate({ input: { from: 'dup-ge0', type: 'COMPONENT_OF', to: 'r1', properties: {} } }),
      'BAD_USER_INPUT',
      'to',
    );
    expect(error.extensions.reason).toBe(
      'r1 already has a Interface with name "ge0" (r1:Interface:ge0); component names are unique within their device',
    );
    // A rename into a name the device has is refused too; a free one is not.
    const ge2 = ok(await api.sdk.Item({ id: 'r1:Interface:ge2' })).item!;
    await refused(
      api.sdk.UpdateItem({ id: ge2.id, expectedVersion: ge2.version, patch: { name: 'ge1' } }),
      'BAD_USER_INPUT',
      'patch.name',
    );
    ok(await api.sdk.UpdateItem({ id: ge2.id, expectedVersion: ge2.version, patch: { name: 'ge2/0' } }));
  });

  it('addresses a component by device and name, asking for the class only where two classes share it', async () => {
    expect(ok(await api.sdk.Component({ device: 'r1', name: 'ge0' })).component).toEqual({
      id: 'r1:Interface:ge0',
      name: 'ge0',
      class: 'Interface',
    });
    expect(ok(await api.sdk.Component({ device: 'r1', name: 'nope' })).component).toBeNull();
    const error = await refused(api.sdk.Component({ device: 'r1', name: '1' }), 'BAD_USER_INPUT', 'class');
    expect(error.extensions.reason).toBe('r1 has several components named 1 (FrontPort, RearPort); give the class');
    expect(ok(await api.sdk.Component({ device: 'r1', name: '1', class: 'RearPort' })).component?.id).toBe(
      'r1:RearPort:1',
    );
    const all = ok(await api.sdk.DeviceComponents({ id: 'r1' })).item!.components.map((c) => c.id);
    expect(all).toEqual([
      'r1:FrontPort:1',
      'r1:RearPort:1',
      'r1:Interface:ge0',
      'r1:Interface:ge1',
      'r1:Interface:ge2',
    ]);
    const ports = ok(await api.sdk.DeviceComponents({ id: 'r1', classes: ['FrontPort', 'RearPort'] }));
    expect(ports.item!.components.map((c) => c.id)).toEqual(['r1:FrontPort:1', 'r1:RearPort:1']);
  });

  it('refuses CSV rows for a cabled port, a second cable in the file, and a missing side', async () => {
    const dir = tempDir('estate-cables-');
    const file = writeCsv(
      dir,
      'terminations.csv',
      [
        'source,type,target,side',
        'cab-csv1,TERMINATES,r1:Interface:ge1,A',
        'cab-csv1,TERMINATES,r1:Interface:ge0,B',
        'cab-csv2,TERMINATES,r1:Interface:ge0,A',
        'cab-csv2,TERMINATES,r1:FrontPort:1,',
      ].join('\n') + '\n',
    );
    const job = await testCli(api.executor).import(file, { mode: 'partial' }, 'relationships');
    expect(job).toMatchObject({ created: 1, errors: 3 });
    expect(job.errorSample.map((e) => [e.row, e.column, e.reason])).toEqual([
      [1, 'target', 'a Interface takes at most 1 TERMINATES; r1:Interface:ge1 already has cab-x (remove it first)'],
      [
        3,
        undefined,
        'row 2 of this file already gives a TERMINATES to the same target (at most 1); nothing was guessed',
      ],
      [4, 'side', 'TERMINATES needs side to be one of A, B'],
    ]);
  });
});
