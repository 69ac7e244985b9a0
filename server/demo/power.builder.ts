/**
 * Powers a site the way a data centre is fed: two power panels (A and B) at the site; every rack gets a
 * primary feed from panel A and a redundant feed from panel B, each cabled to one of the rack's two PDUs;
 * every device in the rack has two PSUs, PSU1 on PDU A and PSU2 on PDU B, so losing one feed, panel or
 * PDU leaves every device with one live power path. Outlets are FED_BY their PDU's inlet and spread over the
 * three phase legs.
 */
import { PDU_MODEL, PSU_DRAW_W } from './catalogue.network';
import type { RackCtx, SiteCtx } from './estate.draft';
import { hardware } from './hardware.shape';
import { siteRooms } from './locations.builder';
import { teamId } from './parties.builder';
import { pad } from './text';
import type { Wiring } from './wiring.shape';

const LEGS = ['A', 'B', 'C'] as const;

/** Per PDU: its id and a way to its n-th outlet (made on first use when the profile skips unused ports). */
interface Pdu {
  id: string;
  outlet: (n: number) => string;
}

function pdu(w: Wiring, site: SiteCtx, rack: RackCtx, side: 'a' | 'b', feedId: string): Pdu {
  const draft = w.draft;
  const key = rack.id.slice(rack.id.indexOf('-') + 1);
  const id = `pdu-${key}-${side}`;
  const node = hardware(
    draft,
    'NetworkDevice',
    id,
    `${site.lower}-pdu-${key.slice(4)}-${side}`,
    'DEPLOYED',
    site,
    PDU_MODEL,
    { role: 'PDU', portCount: draft.profile.pduOutlets },
    { owner: teamId(draft, 'Facilities') },
  );
  w.owners.set(id, node);
  draft.rel('LOCATED_IN', id, rack.id, { rackFace: 'REAR' });
  const inlet = w.component('PowerPort', id, 'Inlet', {
    portType: 'iec-60309-3p-n-e-6h',
    maximumDrawW: 22_000,
    allocatedDrawW: 17_600,
  });
  w.cable([feedId], [inlet], 'power', 4, node);
  const outlet = (n: number) => {
    const name = `Outlet ${n}`;
    if (w.has(id, name)) return w.component('PowerOutlet', id, name);
    const out = w.component('PowerOutlet', id, name, { portType: 'iec-60320-c13', feedLeg: LEGS[(n - 1) % 3] });
    draft.rel('FED_BY', out, inlet);
    return out;
  };
  if (draft.profile.allPorts) for (let n = 1; n <= draft.profile.pduOutlets; n++) outlet(n);
  return { id, outlet };
}

export function powerSite(w: Wiring, site: SiteCtx): void {
  const draft = w.draft;
  const us = site.region.spec.currency === 'USD';
  const panels = (['a', 'b'] as const).map((side) => {
    const id = `pwp-${pad(site.index, 3)}-${side}`;
    draft.ci('PowerPanel', id, `${site.code} Panel ${side.toUpperCase()}`, 'DEPLOYED', {});
    draft.rel('LOCATED_IN', id, site.buildings[0].id);
    return id;
  });
  for (const room of siteRooms(site)) {
    for (const rack of room.racks) {
      const key = rack.id.slice(rack.id.indexOf('-') + 1);
      const pdus = (['a', 'b'] as const).map((side, s) => {
        const feedId = `pwf-${key}-${side}`;
        draft.ci('PowerFeed', feedId, `${key} Feed ${side.toUpperCase()}`, 'DEPLOYED', {
          feedType: s === 0 ? 'PRIMARY' : 'REDUNDANT',
          supply: 'AC',
          phase: 'THREE_PHASE',
          voltage: us ? 208 : 400,
          amperage: 32,
          maxUtilisation: 80,
        });
        draft.rel('FED_BY', feedId, panels[s]);
        draft.rel('SERVES', feedId, rack.id);
        return pdu(w, site, rack, side, feedId);
      });
      rack.devices.forEach((deviceId, i) => {
        if (i + 1 > draft.profile.pduOutlets)
          throw new Error(`rack ${rack.id} holds more than ${draft.profile.pduOutlets} powered devices`);
        const owner = w.owner(deviceId);
        const draw =
          PSU_DRAW_W[owner.class === 'NetworkDevice' ? (owner.role as string) : (owner.class as string)] ?? 400;
        pdus.forEach((p, s) => {
          const psu = w.component('PowerPort', deviceId, `PSU${s + 1}`, {
            portType: 'iec-60320-c14',
            maximumDrawW: draw,
            allocatedDrawW: Math.round(draw * 0.6),
          });
          w.cable([psu], [p.outlet(i + 1)], 'power', 2);
        });
      });
    }
  }
}
