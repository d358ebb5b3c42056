import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { useEffect } from 'react';

const SETTLE_MS = 700;

/**
 * Fetches the schema again once the headers stop changing. GraphiQL introspects once, on load, before anyone
 * has pasted a token; the gateway allows introspection only to callers with schema:introspect, so without this
 * the documentation explorer would stay empty until the analyst found the re-fetch button.
 */
export function IntrospectOnHeaderEdit(): null {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const actions = useGraphiQLActions();
  useEffect(() => {
    if (!headerEditor) return undefined;
    let timer: number | undefined;
    const subscription = headerEditor.onDidChangeModelContent(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void actions.introspect(), SETTLE_MS);
    });
    return () => {
      window.clearTimeout(timer);
      subscription.dispose();
    };
  }, [headerEditor, actions]);
  return null;
}
