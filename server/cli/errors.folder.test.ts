import { join, resolve } from 'node:path';
import { errorsFileFor, importErrorsDir } from './errors.folder';

describe('where error reports go', () => {
  it('into import-errors/ of the data folder the command uses', () => {
    expect(importErrorsDir({ dataDir: '/srv/estate-data' }, {})).toBe(join('/srv/estate-data', 'import-errors'));
    expect(importErrorsDir({}, { ESTATE_DATA_DIR: '/var/estate' })).toBe(join('/var/estate', 'import-errors'));
  });

  it('into the current folder when NEO4J_URI names the database (there is no data folder)', () => {
    expect(importErrorsDir({}, { NEO4J_URI: 'neo4j://db.example:7687' })).toBe(process.cwd());
  });

  it('named after the input, whatever folder the input is in', () => {
    expect(errorsFileFor('/mnt/share/read-only/servers.csv', '/srv/errs')).toBe('/srv/errs/servers.errors.csv');
    expect(errorsFileFor('exports/assets.txt', 'errs')).toBe(resolve('errs', 'assets.errors.txt'));
    expect(errorsFileFor('/in/devices', '/o')).toBe('/o/devices.errors.csv');
  });
});
