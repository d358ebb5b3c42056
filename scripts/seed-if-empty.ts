/**
 * Seeds the configured stores with the synthetic data set when they are empty, as `npm start` does on first start,
 * and leaves seeded ones alone: the one-shot job that compose.yaml runs before the services, reading the same
 * settings as the subgraphs (`<PREFIX>_DATABASE_URL`, DATA_DIR) so that it fills exactly the stores they open.
 */
import { resolve } from 'node:path';
import { readString } from '@lib/config/environment';
import { configuredStoreLocations } from '../seed/configuredLocations';
import { seedIfEmpty } from '../seed/seedStores';

const dataDir = resolve(readString(process.env, 'DATA_DIR', 'data'));
seedIfEmpty({
  dataDir,
  locations: configuredStoreLocations({ ...process.env, DATA_DIR: dataDir }),
  log: console.log,
}).then(
  (manifest) =>
    console.log(`Stores seeded (scale ${manifest.generator.scale}, as of ${manifest.generator.asOf})`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
