import { startSubgraphProcess, type SubgraphProcess } from '../../support/subgraphProcess';

/** The visits subgraph running as a process of its own, as in production, so that a test can kill it outright. */
export type VisitsProcess = SubgraphProcess;

/** Starts the visits subgraph on a port over a data folder, asking P-Nomis at `pnomisUrl`, once it is ready. */
export function startVisitsProcess(options: {
  port: number;
  dataDir: string;
  pnomisUrl: string;
}): Promise<VisitsProcess> {
  return startSubgraphProcess({
    name: 'visits',
    portVariable: 'VISITS_PORT',
    port: options.port,
    dataDir: options.dataDir,
    env: { VISITS_PNOMIS_URL: options.pnomisUrl },
  });
}
