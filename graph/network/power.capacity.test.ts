/** Feed capacity and rack power, against figures worked out by hand. */
import { feedCapacityW, portDrawW, rackPowerFigures } from './power.capacity';

describe('feedCapacityW (NetBox available power)', () => {
  const cases: [string, Parameters<typeof feedCapacityW>[0], number | null][] = [
    // 230 × 32 = 7360 VA; × 0.8 = 5888 W.
    [
      '230 V × 32 A single-phase at 80%',
      { phase: 'SINGLE_PHASE', voltage: 230, amperage: 32, maxUtilisation: 80 },
      5888,
    ],
    // 400 × 32 × 0.8 = 10240; × 1.732 = 17735.68 → 17736 (with √3 exactly it would be 17736.2 → 17736 too).
    [
      '400 V × 32 A three-phase at 80%',
      { phase: 'THREE_PHASE', voltage: 400, amperage: 32, maxUtilisation: 80 },
      17736,
    ],
    // 208 × 30 × 0.8 = 4992; × 1.732 = 8646.144 → 8646.
    ['208 V × 30 A three-phase at 80%', { phase: 'THREE_PHASE', voltage: 208, amperage: 30, maxUtilisation: 80 }, 8646],
    // No maxUtilisation: 80% by default; no phase: single. 230 × 16 × 0.8 = 2944.
    ['230 V × 16 A, defaults', { voltage: 230, amperage: 16 }, 2944],
    ['230 V × 16 A at 100%', { voltage: 230, amperage: 16, maxUtilisation: 100 }, 3680],
    // DC, negative by convention: |−48| × 100 × 0.8 = 3840.
    ['−48 V DC × 100 A', { voltage: -48, amperage: 100 }, 3840],
    ['no voltage', { amperage: 32 }, null],
    ['no amperage', { voltage: 230, amperage: null }, null],
  ];
  it.each(cases)('%s', (_, feed, expected) => expect(feedCapacityW(feed)).toBe(expected));
});

describe('portDrawW', () => {
  it('falls back from allocated to maximum and back, else 0', () => {
    expect(portDrawW({ allocatedDrawW: 200, maximumDrawW: 350 })).toEqual({ allocated: 200, maximum: 350 });
    expect(portDrawW({ maximumDrawW: 350 })).toEqual({ allocated: 350, maximum: 350 });
    expect(portDrawW({ allocatedDrawW: 200, maximumDrawW: null })).toEqual({ allocated: 200, maximum: 200 });
    expect(portDrawW({})).toEqual({ allocated: 0, maximum: 0 });
  });
});

describe('rackPowerFigures', () => {
  const a32 = { feedType: 'PRIMARY', voltage: 230, amperage: 32 }; // 5888 W
  const b32 = { feedType: 'REDUNDANT', voltage: 230, amperage: 32 }; // 5888 W, standby
  const a16 = { voltage: 230, amperage: 16 }; // no type: primary; 2944 W

  it('counts the primary feed only on an A+B rack and sums the ports with fallbacks', () => {
    const figures = rackPowerFigures(
      [a32, b32],
      [{ allocatedDrawW: 2000, maximumDrawW: 3000 }, { maximumDrawW: 1500 }, { allocatedDrawW: 800 }, {}],
    );
    // allocated 2000 + 1500 + 800 + 0 = 4300; maximum 3000 + 1500 + 800 + 0 = 5300; 4300 / 5888 = 73.03%.
    expect(figures).toEqual({
      feedCapacityW: [5888, 5888],
      feedCounted: [true, false],
      capacityW: 5888,
      allocatedDrawW: 4300,
      maximumDrawW: 5300,
      utilisationPercent: 73,
      overloaded: false,
    });
  });

  it('adds primaries together (N+1 with N = 2)', () => {
    expect(rackPowerFigures([a32, a32, b32], []).capacityW).toBe(11776);
  });

  it('flags a rack whose allocated draw exceeds its capacity', () => {
    // 1500 + 1500 = 3000 > 2944; 3000 / 2944 = 101.9%.
    const figures = rackPowerFigures([a16], [{ allocatedDrawW: 1500 }, { allocatedDrawW: 1500 }]);
    expect(figures).toMatchObject({
      capacityW: 2944,
      allocatedDrawW: 3000,
      utilisationPercent: 101.9,
      overloaded: true,
    });
  });

  it('does not flag a rack drawing exactly its capacity', () => {
    const figures = rackPowerFigures([a16], [{ allocatedDrawW: 2944 }]);
    expect(figures).toMatchObject({ utilisationPercent: 100, overloaded: false });
  });

  it('judges against the primary alone even when the redundant feed would cover the draw', () => {
    // 7000 W allocated: more than A's 5888, less than A + B's 11776.
    expect(rackPowerFigures([a32, b32], [{ allocatedDrawW: 7000 }]).overloaded).toBe(true);
  });

  const unknown: [string, Parameters<typeof rackPowerFigures>[0]][] = [
    ['no feeds', []],
    ['redundant feeds only', [b32]],
    ['a primary feed without a voltage', [a32, { feedType: 'PRIMARY', amperage: 32 }]],
  ];
  it.each(unknown)('leaves capacity, utilisation and overload unknown with %s', (_, feeds) => {
    const figures = rackPowerFigures(feeds, [{ allocatedDrawW: 9000 }]);
    expect(figures).toMatchObject({
      capacityW: null,
      allocatedDrawW: 9000,
      utilisationPercent: null,
      overloaded: false,
    });
  });
});
