import { Button, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { Kind, parse } from 'graphql';
import type { ExampleOperation } from './examples';

/** The name of an example's (first) operation. */
function operationNameOf(query: string): string | undefined {
  const operation = parse(query).definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none" stroke="currentColor">
      <path
        strokeWidth="1.5"
        d="M4 5.5A1.5 1.5 0 0 1 5.5 4H11v16H5.5A1.5 1.5 0 0 1 4 18.5zM13 4h5.5A1.5 1.5 0 0 1 20 5.5v13a1.5 1.5 0 0 1-1.5 1.5H13z"
      />
    </svg>
  );
}

/**
 * Opens an example in the current tab rather than a new one: headers belong to a tab and are never stored, so a
 * new tab would lose the token the analyst just pasted.
 */
function ExamplesPane({ examples }: { examples: readonly ExampleOperation[] }) {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const actions = useGraphiQLActions();
  function open(example: ExampleOperation): void {
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(JSON.stringify(example.variables, null, 2));
    // GraphiQL reads the operation's name from the editor only after a pause in typing: until then it would send
    // the new text with the old example's name ("Unknown operation named ..."), so the name is set at once.
    const operationName = operationNameOf(example.query);
    if (operationName) actions.setOperationName(operationName);
    queryEditor?.focus();
  }
  return (
    <section className="examples-pane" aria-labelledby="examples-title">
      <div className="graphiql-doc-explorer-title" id="examples-title">
        Examples
      </div>
      <p className="examples-hint">
        Paste a token into the Headers tab first. An example replaces the operation in the current tab.
      </p>
      <ul className="examples-list">
        {examples.map((example) => (
          <li key={example.title}>
            <Button type="button" onClick={() => open(example)}>
              {example.title}
            </Button>
            <p>{example.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A sidebar pane listing ready-made operations for analysts. */
export function examplesPlugin(examples: readonly ExampleOperation[]): GraphiQLPlugin {
  return {
    title: 'Examples',
    icon: ExamplesIcon,
    content: () => <ExamplesPane examples={examples} />,
  };
}
