import { readSubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { runSubgraphProcess } from '@lib/subgraph/runSubgraphProcess';
import { startPnomisSubgraph } from './pnomisSubgraph';

runSubgraphProcess('pnomis', () => startPnomisSubgraph(readSubgraphConfig('PNOMIS', 4002)));
