import { Button, useGraphiQL, type GraphiQLPlugin } from '@graphiql/react';
import { useEffect, useState } from 'react';

/** A lawful purpose the gateway lists for the token's agency. */
interface PurposeChoice {
  code: string;
  description: string;
}

/** The headers the header editor holds, or null while they are not a JSON object. */
function headersIn(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function PurposesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none" stroke="currentColor">
      <path strokeWidth="1.5" d="M12 3l8 4v5c0 4.5-3.4 8.3-8 9-4.6-.7-8-4.5-8-9V7z M9 12l2 2 4-4" />
    </svg>
  );
}

/**
 * Lists the purposes the pasted token's agency may state for personal data (GET /access/purposes), and puts the
 * one chosen into the x-access-purpose header: the gateway refuses any other (PURPOSE_NOT_ALLOWED).
 */
function PurposesPane() {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const [authorization, setAuthorization] = useState<string>('');
  const [purposes, setPurposes] = useState<PurposeChoice[] | null>(null);
  const [problem, setProblem] = useState<string>('');

  useEffect(() => {
    if (!headerEditor) return undefined;
    const read = () => {
      const value = headersIn(headerEditor.getValue())?.authorization;
      setAuthorization(typeof value === 'string' ? value : '');
    };
    read();
    const subscription = headerEditor.onDidChangeModelContent(read);
    return () => subscription.dispose();
  }, [headerEditor]);

  useEffect(() => {
    if (!/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/.test(authorization)) {
      setPurposes(null);
      setProblem('Paste a token into the Headers tab to see the purposes your agency may state.');
      return undefined;
    }
    const controller = new AbortController();
    fetch('/access/purposes', { headers: { authorization }, signal: controller.signal, cache: 'no-store' })
      .then(async (response) => {
        if (!response.ok) throw new Error('the gateway refused this token');
        const body = (await response.json()) as { purposes: PurposeChoice[] };
        setPurposes(body.purposes);
        setProblem(body.purposes.length === 0 ? 'Your agency may not look at personal data.' : '');
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setPurposes(null);
        setProblem(`No purposes: ${error instanceof Error ? error.message : String(error)}.`);
      });
    return () => controller.abort();
  }, [authorization]);

  function choose(code: string): void {
    if (!headerEditor) return;
    const headers = headersIn(headerEditor.getValue()) ?? {};
    headerEditor.setValue(JSON.stringify({ ...headers, 'x-access-purpose': code }, null, 2));
  }

  return (
    <section className="examples-pane" aria-labelledby="purposes-title">
      <div className="graphiql-doc-explorer-title" id="purposes-title">
        Purposes
      </div>
      <p className="examples-hint">
        Reading personal data needs a lawful purpose of your agency in <code>x-access-purpose</code>, and may
        say more in <code>x-access-purpose-detail</code>. Both are audited.
      </p>
      {problem && <p className="examples-hint">{problem}</p>}
      <ul className="examples-list">
        {(purposes ?? []).map((purpose) => (
          <li key={purpose.code}>
            <Button type="button" onClick={() => choose(purpose.code)}>
              {purpose.code}
            </Button>
            <p>{purpose.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A sidebar pane offering the lawful purposes of the pasted token's agency. */
export const purposesPlugin: GraphiQLPlugin = {
  title: 'Purposes',
  icon: PurposesIcon,
  content: () => <PurposesPane />,
};
