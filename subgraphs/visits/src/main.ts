import { readSubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { runSubgraphProcess } from '@lib/subgraph/runSubgraphProcess';
import { startVisitsSubgraph } from './visitsSubgraph';

runSubgraphProcess('visits', () => startVisitsSubgraph(readSubgraphConfig('VISITS', 4003)));
