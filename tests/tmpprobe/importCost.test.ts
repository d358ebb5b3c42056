const t0 = performance.now();
import { startSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
it('starts', async () => {
  const t1 = performance.now();
  const { dataDir } = await seededDataDir();
  const t2 = performance.now();
  const s = await startSupergraph(dataDir);
  const t3 = performance.now();
  const s2 = await startSupergraph((await seededDataDir()).dataDir);
  const t4 = performance.now();
  await s.stop(); await s2.stop();
  console.log(`import ${(t1 - t0).toFixed(0)} data ${(t2 - t1).toFixed(0)} start ${(t3 - t2).toFixed(0)} second start ${(t4 - t3).toFixed(0)}`);
  expect(s).toBeDefined();
});
