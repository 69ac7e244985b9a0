/**
 * Builds software: products (each made on first use, SUPPLIED_BY its vendor and COVERED_BY a licence
 * contract), installations that RUN_ON a host and are INSTANCE_OF a product, and, once every installation
 * is known, the licence counts of the contracts.
 */
import { PRODUCTS } from './catalogue.software';
import { VENDORS } from './catalogue.vendors';
import { AS_OF_MS, DAY, isoDate } from './clock';
import { contractId } from './contracts.builder';
import type { EstateDraft, ProductRecord } from './estate.draft';
import { teamId, vendorId } from './parties.builder';
import { pad } from './text';

/** A software product of the catalogue, made on first use with its licence contract. */
function product(draft: EstateDraft, key: string): ProductRecord {
  let record = draft.productIds.get(key);
  if (!record) {
    const spec = PRODUCTS[key];
    const id = `swp-${key}`;
    draft.ci('SoftwareProduct', id, `${spec.name} ${spec.version}`, 'DEPLOYED', {
      publisher: VENDORS[spec.vendor].name,
      productVersion: spec.version,
      licenceModel: spec.licence,
    });
    draft.rel('SUPPLIED_BY', id, vendorId(draft, spec.vendor));
    draft.rel('OWNED_BY', id, teamId(draft, 'IT Procurement'));
    const contract = contractId(draft, 'LICENCE', spec.vendor, undefined, spec.name);
    draft.rel('COVERED_BY', id, contract);
    record = { id, contract: draft.contractNodes.get(contract)!, installs: 0 };
    draft.productIds.set(key, record);
  }
  return record;
}

/** An installation of a catalogue product on a server or VM. */
export function install(draft: EstateDraft, productKey: string, hostId: string, hostName: string): void {
  const record = product(draft, productKey);
  const spec = PRODUCTS[productKey];
  const id = `inst-${pad(draft.next('inst'), 6)}`;
  draft.ci('SoftwareInstallation', id, `${spec.name} on ${hostName}`, 'DEPLOYED', {
    installedVersion: spec.version,
    installPath: spec.path,
    installedAt: isoDate(AS_OF_MS - draft.rng.int(1, 900) * DAY),
  });
  draft.rel('RUNS_ON', id, hostId);
  draft.rel('INSTANCE_OF', id, record.id);
  record.installs += 1;
}

/** Licence contracts are sized to what is installed, with some head-room. */
export function finishProducts(draft: EstateDraft): void {
  for (const record of draft.productIds.values()) {
    record.contract.licensedUnits = Math.ceil((record.installs * 1.1) / 10) * 10;
  }
}
