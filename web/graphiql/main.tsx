// Monaco's workers must be wired before GraphiQL first loads Monaco.
import './monacoWorkers';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { londonToday } from '../shared/londonDate';
import { exampleOperations } from './examples';
import { examplesPlugin } from './examplesPlugin';
import { IntrospectOnHeaderEdit } from './introspectOnHeaderEdit';
import { purposesPlugin } from './purposesPlugin';
import { REQUEST_HEADERS_TEMPLATE } from './requestHeaders';

const examples = exampleOperations(londonToday());
const examplesPane = examplesPlugin(examples);
const plugins = [examplesPane, purposesPlugin, HISTORY_PLUGIN];
const welcome = `# GraphiQL for the justice gateway
# 1. Headers tab: paste your token
#    (npm run -s token -- --agency analyst)
# 2. Examples pane: pick an operation
#    (personal data needs a purpose: see the Purposes pane)
# 3. Run it: play button or Ctrl-Enter
`;

const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <GraphiQL
        fetcher={createGraphiQLFetcher({ url: '/graphql' })}
        plugins={plugins}
        visiblePlugin={examplesPane}
        // Tabs, history and their headers last for this browser tab only: they may hold a token or a person's
        // identifiers, which should not outlive the session in localStorage.
        storage={sessionStorage}
        shouldPersistHeaders={false}
        initialHeaders={REQUEST_HEADERS_TEMPLATE}
        defaultHeaders={REQUEST_HEADERS_TEMPLATE}
        defaultEditorToolsVisibility="headers"
        defaultQuery={`${welcome}\n${examples[0]?.query ?? ''}`}
      >
        <GraphiQL.Logo>
          <span className="gateway-logo">Justice gateway</span>
          <a className="gateway-logo-link" href="/journey">
            Caseworker page
          </a>
          <IntrospectOnHeaderEdit />
        </GraphiQL.Logo>
      </GraphiQL>
    </StrictMode>,
  );
}
