import { readSubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { runSubgraphProcess } from '@lib/subgraph/runSubgraphProcess';
import { startConfiscationSubgraph } from './confiscationSubgraph';

runSubgraphProcess('confiscation', () => startConfiscationSubgraph(readSubgraphConfig('CONFISCATION', 4004)));
