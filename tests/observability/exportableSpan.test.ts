import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import {
  exportableSpan,
  PersonalDataFreeExporter,
} from '@lib/observability/tracing/personalDataFreeExporter';

/** A span as the instrumentations record it, with everything they may put in it. */
function recordedSpan(): ReadableSpan {
  const context = { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 };
  return {
    name: 'GET',
    kind: SpanKind.SERVER,
    spanContext: () => context,
    startTime: [1, 0],
    endTime: [1, 5],
    duration: [0, 5],
    ended: true,
    status: { code: SpanStatusCode.ERROR, message: '"2012/0052494A" is not a valid PNC ID' },
    attributes: {
      'http.method': 'GET',
      'http.status_code': 400,
      'http.target': '/audit/consultations?pncId=2012%2F0394773H',
      'url.full': 'http://127.0.0.1:4000/audit/consultations?pncId=2012%2F0394773H',
      'http.user_agent': 'curl/8.5',
      'net.peer.ip': '10.1.2.3',
      'client.address': '10.1.2.3',
      'graphql.source': '{ offender(pncId: "2012/0394773H") { prisonNumber } }',
      'graphql.operation.type': 'query',
      'db.statement': 'select * from offender where pnc_id = $1',
      'db.user': 'justice',
    },
    links: [],
    events: [
      {
        name: 'exception',
        time: [1, 2],
        attributes: {
          'exception.type': 'GraphQLError',
          'exception.message': '"2012/0052494A" is not a valid PNC ID',
          'exception.stacktrace': 'GraphQLError: "2012/0052494A" …',
        },
      },
    ],
    resource: { attributes: {} } as ReadableSpan['resource'],
    instrumentationScope: { name: 'test' },
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

describe('the personal-data filter every exported span goes through', () => {
  const exported = exportableSpan(recordedSpan());

  it('keeps what a trace needs: method, status, path, the parameterised statement, the operation type', () => {
    expect(exported.attributes).toEqual({
      'http.method': 'GET',
      'http.status_code': 400,
      'http.target': '/audit/consultations',
      'url.full': 'http://127.0.0.1:4000/audit/consultations',
      'graphql.operation.type': 'query',
      'db.statement': 'select * from offender where pnc_id = $1',
    });
    expect(exported.spanContext()).toEqual(recordedSpan().spanContext());
  });

  it("drops a URL's query, the caller's address and agent, documents, and every error's text", () => {
    const text = JSON.stringify({ ...exported, spanContext: undefined });
    for (const personal of [
      '2012/0052494A',
      '2012/0394773H',
      '2012%2F0394773H',
      '10.1.2.3',
      'curl',
      'justice',
    ])
      expect(text).not.toContain(personal);
    expect(exported.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(exported.events).toEqual([
      {
        name: 'exception',
        time: [1, 2],
        droppedAttributesCount: 0,
        attributes: { 'exception.type': 'GraphQLError' },
      },
    ]);
  });

  it('is what the exporter to the collector is handed', async () => {
    const inner = new InMemorySpanExporter();
    const exporter = new PersonalDataFreeExporter(inner);
    await new Promise((done) => exporter.export([recordedSpan()], done));
    expect(inner.getFinishedSpans().map((span) => span.attributes)).toEqual([exported.attributes]);
  });
});
