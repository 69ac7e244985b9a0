import { CLASS_NAMES } from '../../graph/model/classes';
import { archiveClassOrder, parentClasses } from './archive.order';

describe('archiveClassOrder', () => {
  const order = archiveClassOrder();
  const at = (c: string) => order.indexOf(c);

  it('holds every class once', () => {
    expect([...order].sort()).toEqual([...CLASS_NAMES].sort());
  });

  it('puts each class after the classes it points to with a capped relationship (no cycle to break today)', () => {
    for (const [cls, parents] of parentClasses())
      for (const p of parents) expect([cls, p, at(p) < at(cls)]).toEqual([cls, p, true]);
  });

  it('worked by hand: owners first, places and vendors before assets, assets before their ports and VMs', () => {
    expect(order.slice(0, 2)).toEqual(['Team', 'Person']);
    expect(at('Location')).toBeLessThan(at('Server'));
    expect(at('Vendor')).toBeLessThan(at('Server'));
    expect(at('DeviceType')).toBeLessThan(at('Server'));
    expect(at('Server')).toBeLessThan(at('VirtualMachine'));
    expect(at('Server')).toBeLessThan(at('Interface'));
    expect(at('Interface')).toBeLessThan(at('IPAddress'));
    expect(at('RearPort')).toBeLessThan(at('FrontPort'));
  });

  it('reads LOCATED_IN, OWNED_BY and SUPPLIED_BY as parents of a server, but not a location inside a location', () => {
    expect([...parentClasses().get('Server')!].sort()).toEqual(
      ['DeviceType', 'Location', 'Person', 'Provider', 'Team', 'Vendor'].sort(),
    );
    expect(parentClasses().get('Location')!.has('Location')).toBe(false);
  });
});
