import { readSubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { runSubgraphProcess } from '@lib/subgraph/runSubgraphProcess';
import { startCourtsSubgraph } from './courtsSubgraph';

runSubgraphProcess('courts', () => startCourtsSubgraph(readSubgraphConfig('COURTS', 4001)));
