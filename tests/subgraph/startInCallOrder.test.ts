import { startInCallOrder } from '@lib/subgraph/startInCallOrder';
import { defineSubgraph } from '@lib/subgraph/subgraphDescriptor';

/** A descriptor that is only a name and what it calls: startInCallOrder reads nothing else. */
const subgraph = (name: string, calls?: Record<string, string>) =>
  defineSubgraph({
    name,
    systemName: name,
    defaultPort: 0,
    envPrefix: name.toUpperCase(),
    schemaPath: '',
    stores: [],
    calls,
    root: () => Promise.reject(new Error('not loaded here')),
  });

describe('starting subgraphs in the order they call each other', () => {
  it('starts each after those it calls, with their URLs, and those with nothing to wait for together', async () => {
    const order: string[] = [];
    const given: Record<string, Record<string, string>> = {};
    const started = await startInCallOrder(
      [subgraph('visits', { pnomis: 'VISITS_PNOMIS_URL' }), subgraph('pnomis'), subgraph('courts')],
      (descriptor, calledUrls) => {
        order.push(descriptor.name);
        given[descriptor.name] = calledUrls;
        return Promise.resolve({ graphqlUrl: `http://${descriptor.name}/graphql` });
      },
    );
    expect(order).toEqual(['pnomis', 'courts', 'visits']);
    expect(given).toEqual({ pnomis: {}, courts: {}, visits: { VISITS_PNOMIS_URL: 'http://pnomis/graphql' } });
    expect([...started.keys()].sort()).toEqual(['courts', 'pnomis', 'visits']);
  });

  it('refuses calls to a subgraph not in the list, and calls in a cycle, before starting any', async () => {
    const start = jest.fn(() => Promise.resolve({ graphqlUrl: 'x' }));
    await expect(startInCallOrder([subgraph('visits', { pnomis: 'URL' })], start)).rejects.toThrow(
      'visits calls pnomis, which is not started',
    );
    await expect(
      startInCallOrder([subgraph('a', { b: 'B_URL' }), subgraph('b', { a: 'A_URL' })], start),
    ).rejects.toThrow('the subgraphs a, b call each other');
    expect(start).not.toHaveBeenCalled();
  });

  it('stops those it started when one fails to start, and reports that failure', async () => {
    const stopped: string[] = [];
    const start = (descriptor: { name: string }) =>
      descriptor.name === 'visits'
        ? Promise.reject(new Error('visits could not open its store'))
        : Promise.resolve({
            graphqlUrl: `http://${descriptor.name}/graphql`,
            stop: () => Promise.resolve(void stopped.push(descriptor.name)),
          });
    await expect(
      startInCallOrder(
        [subgraph('pnomis'), subgraph('visits', { pnomis: 'URL' }), subgraph('courts')],
        start,
      ),
    ).rejects.toThrow('visits could not open its store');
    expect(stopped.sort()).toEqual(['courts', 'pnomis']);
  });
});
