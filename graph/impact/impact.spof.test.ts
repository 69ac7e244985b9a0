/** Single points of failure and root-cause ranking on small graphs with hand-worked answers. */
import { buildGraph } from './impact.fixtures';
import { rankRootCauses, spofInClosure } from './impact.spof';

const SERVICE = [
  'svc DEPENDS_ON app',
  'svc DEPENDS_ON db',
  'app RUNS_ON vm-1',
  'app RUNS_ON vm-2',
  'vm-1 RUNS_ON srv-1',
  'vm-2 RUNS_ON srv-2',
  'db RUNS_ON vm-3',
  'vm-3 RUNS_ON cl',
  'srv-3 MEMBER_OF cl',
  'srv-4 MEMBER_OF cl',
];

describe('single points of failure', () => {
  it('are the CIs whose loss alone takes the service DOWN', async () => {
    const report = await spofInClosure(buildGraph(SERVICE), 'svc', 'HEALTHY');
    expect(report).toMatchObject({ state: 'OK', examined: 11 });
    expect(report.items.map((i) => [i.id, i.depth])).toEqual([
      ['app', 1],
      ['db', 1],
      ['vm-3', 2],
      ['cl', 3],
    ]);
  });

  it('take reported failures into account when asked, through derived states', async () => {
    // srv-2 reported DOWN: vm-2 is down through it, so srv-1 and vm-1 now stand alone.
    const graph = buildGraph(SERVICE, { 'srv-2': { status: 'DOWN' } });
    const report = await spofInClosure(graph, 'svc', 'REPORTED');
    expect(report.state).toBe('DEGRADED');
    expect(report.items.map((i) => i.id)).toEqual(['app', 'db', 'vm-1', 'vm-3', 'cl', 'srv-1']);
  });

  it('are none when the service is already down', async () => {
    const graph = buildGraph(SERVICE, { db: { status: 'DOWN' } });
    expect(await spofInClosure(graph, 'svc', 'REPORTED')).toMatchObject({ state: 'DOWN', items: [] });
  });
});

describe('root-cause candidates', () => {
  const FLEET = [
    'app-1 RUNS_ON vm-1',
    'app-2 RUNS_ON vm-2',
    'app-3 RUNS_ON vm-3',
    'vm-1 RUNS_ON srv-h',
    'vm-2 RUNS_ON srv-h',
    'vm-3 RUNS_ON srv-y',
    'srv-h LOCATED_IN loc-rack',
    'srv-y LOCATED_IN loc-rack',
    'db DEPENDS_ON srv-h',
    'app-1 DEPENDS_ON db',
  ];

  it('rank by failures explained, then by distance, and leave out CIs that explain only themselves', async () => {
    const ranked = await rankRootCauses(buildGraph(FLEET), ['app-1', 'app-2', 'app-3', 'db'], 10);
    expect(ranked.map((c) => [c.id, c.explained.length, c.distance])).toEqual([
      ['loc-rack', 4, 3],
      ['srv-h', 3, 2],
      ['db', 2, 1],
      ['vm-1', 1, 1],
      ['vm-2', 1, 1],
      ['vm-3', 1, 1],
      ['srv-y', 1, 2],
    ]);
    expect(ranked[2]).toMatchObject({ explained: ['app-1', 'db'], degraded: [] });
  });

  it('stop early once nothing left can enter the top', async () => {
    const ranked = await rankRootCauses(buildGraph(FLEET), ['app-1', 'app-2', 'app-3', 'db'], 2);
    expect(ranked.map((c) => c.id)).toEqual(['loc-rack', 'srv-h']);
  });

  it('list the failing CIs a candidate would only degrade', async () => {
    const graph = buildGraph(['app RUNS_ON vm-1', 'app RUNS_ON vm-2', 'vm-1 RUNS_ON srv', 'app-b RUNS_ON vm-1']);
    const ranked = await rankRootCauses(graph, ['app', 'app-b'], 5);
    expect(ranked).toMatchObject([
      { id: 'vm-1', explained: ['app-b'], degraded: ['app'], distance: 1 },
      { id: 'srv', explained: ['app-b'], degraded: ['app'], distance: 2 },
    ]);
  });
});
