/**
 * `npm run events:receiver -- --secret whsec_... [--port 4700]`: a tiny webhook receiver, as a Crown Court or any
 * agency would run one. It verifies each delivery's signature (Standard Webhooks) with the secret that
 * registerWebhook returned, acts on each event id once, and prints what it was told: the records named, never a
 * person's details, which it would read through the graph. Listens on 127.0.0.1 only.
 */
import { readInteger, readString } from '@lib/config/environment';
import { startWebhookReceiver, type ReceivedEvent } from '@lib/events/webhookReceiver';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function describe({ id, event }: ReceivedEvent): string {
  const { identifiers, establishmentCode, facts } = event.data;
  const named = Object.entries(identifiers)
    .filter(([, value]) => value)
    .map(([kind, value]) => `${kind} ${String(value)}`);
  if (establishmentCode) named.push(`prison ${establishmentCode}`);
  const detail = Object.entries(facts).map(([key, value]) => `${key}=${value}`);
  return [
    `${event.time}  ${event.data.eventType}  (${event.type})`,
    `  id ${id}, from ${event.source}, about ${event.subject}`,
    `  names: ${named.join(', ') || '(nothing)'}`,
    ...(detail.length > 0 ? [`  facts: ${detail.join(', ')}`] : []),
  ].join('\n');
}

async function main(): Promise<void> {
  const secret = option('secret') ?? readString(process.env, 'WEBHOOK_SECRET', '');
  if (!secret.startsWith('whsec_')) {
    console.error(
      'Give the webhook secret that registerWebhook returned: --secret whsec_... (or WEBHOOK_SECRET)',
    );
    process.exit(2);
  }
  const port = readInteger({ PORT: option('port') }, 'PORT', 4700, 1, 65535);
  const receiver = await startWebhookReceiver({
    secret,
    port,
    onEvent: (received) => console.log(`${describe(received)}\n`),
  });
  console.log(`Receiving verified deliveries at ${receiver.url} (Ctrl-C to stop)\n`);
  let reported = { duplicates: 0, refused: 0 };
  setInterval(() => {
    const { duplicates, refused } = receiver.counts;
    if (duplicates > reported.duplicates)
      console.log(`(${duplicates - reported.duplicates} repeat(s) ignored by id)`);
    if (refused > reported.refused)
      console.log(`(${refused - reported.refused} delivery(ies) refused: bad signature)`);
    reported = { duplicates, refused };
  }, 1000).unref();
  process.on('SIGINT', () => void receiver.close().then(() => process.exit(0)));
}

void main();
