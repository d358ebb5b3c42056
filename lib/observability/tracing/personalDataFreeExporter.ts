import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter, TimedEvent } from '@opentelemetry/sdk-trace-base';
import { exportableAttributes } from './spanAttributes';

/**
 * An event keeps its name and time; of its attributes only an exception's type (an exception's message and
 * stack can quote what it refused, such as a malformed identifier).
 */
function exportableEvent(event: TimedEvent): TimedEvent {
  const type = event.attributes?.['exception.type'];
  return {
    name: event.name,
    time: event.time,
    droppedAttributesCount: 0,
    attributes: typeof type === 'string' ? { 'exception.type': type } : {},
  };
}

/** A copy of `span` that carries no personal data: see spanAttributes.ts for what is kept and why. */
export function exportableSpan(span: ReadableSpan): ReadableSpan {
  return {
    name: span.name,
    kind: span.kind,
    spanContext: () => span.spanContext(),
    parentSpanContext: span.parentSpanContext,
    startTime: span.startTime,
    endTime: span.endTime,
    // A status message is an error's text: only whether it failed leaves.
    status: { code: span.status.code },
    attributes: exportableAttributes(span.attributes),
    links: span.links.map((link) => ({ context: link.context })),
    events: span.events.map(exportableEvent),
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}

/**
 * Wraps the exporter to the collector so that no span leaves the process with personal data in it, whichever
 * library made the span: the filter sits at the one door out, rather than in each instrumentation's options.
 */
export class PersonalDataFreeExporter implements SpanExporter {
  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans.map(exportableSpan), resultCallback);
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
