import { Headers as NodeFetchHeaders } from 'node-fetch';
import { headerRecord } from '../../gateway/src/headerRecord';

describe('the headers a subgraph fetch is sent with', () => {
  it("reads node-fetch's headers as their iterator would, names lower-cased and repeated values joined", () => {
    const headers = new NodeFetchHeaders();
    headers.set('Content-Type', 'application/json');
    headers.set('x-gateway-credential', 'token');
    headers.append('Accept', 'application/json');
    headers.append('accept', 'text/plain');
    expect(headerRecord(headers)).toEqual(Object.fromEntries(headers));
    expect(headerRecord(headers)).toEqual({
      'content-type': 'application/json',
      'x-gateway-credential': 'token',
      accept: 'application/json, text/plain',
    });
  });

  it('reads any other headers through their iterator', () => {
    const headers = new Headers({ 'X-Request-Id': 'abc12345' });
    expect(headerRecord(headers)).toEqual({ 'x-request-id': 'abc12345' });
  });
});
