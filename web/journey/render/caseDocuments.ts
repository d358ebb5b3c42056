import { h } from '../dom';
import { humanize } from '../format';
import { graphql } from '../generated';
import type { CaseDocumentsQuery } from '../generated/graphql';
import { postGraphQL, type Credentials } from '../graphqlClient';
import { lazyDisclosure } from './lazyDisclosure';

const CASE_DOCUMENTS_QUERY = graphql(`
  query CaseDocuments($urn: ID!) {
    magistratesCase(urn: $urn) {
      documents {
        id
        kind
        title
        mediaType
        sizeBytes
        servedAfterSending
        downloadPath
      }
    }
  }
`);

type CaseDocument = NonNullable<CaseDocumentsQuery['magistratesCase']>['documents'][number];

/**
 * Fetches a document's bytes from the gateway with the caseworker's token and stated purpose (a link could carry
 * neither), then hands them to the browser as a download.
 */
async function download(
  document: CaseDocument,
  credentials: Credentials,
  status: HTMLElement,
): Promise<void> {
  status.textContent = 'Downloading…';
  const response = await fetch(document.downloadPath, {
    headers: {
      authorization: `Bearer ${credentials.token}`,
      'x-access-purpose': credentials.purpose,
      'x-access-purpose-detail': credentials.purposeDetail,
    },
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    status.textContent = body?.errors?.[0]?.message ?? `The gateway answered ${response.status}`;
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: document.id });
  link.click();
  URL.revokeObjectURL(url);
  status.textContent = '';
}

function documentItem(document: CaseDocument, credentials: Credentials): HTMLLIElement {
  const status = h('span', { class: 'muted', role: 'status' });
  const kilobytes = Math.max(1, Math.round(document.sizeBytes / 1024));
  return h(
    'li',
    { class: 'case-document' },
    `${document.title} `,
    h('span', { class: 'muted' }, `(${humanize(document.kind)}, ${document.mediaType}, ${kilobytes} KB)`),
    document.servedAfterSending ? h('strong', {}, ' served after sending') : '',
    ' ',
    h('button', { type: 'button', onclick: () => void download(document, credentials, status) }, 'Download'),
    ' ',
    status,
  );
}

async function readCaseFile(urn: string, credentials: Credentials): Promise<Node> {
  const response = await postGraphQL(CASE_DOCUMENTS_QUERY, { urn }, credentials);
  const documents = response.data?.magistratesCase?.documents;
  if (!documents) throw new Error(response.errors?.[0]?.message ?? 'the court has no such case');
  if (documents.length === 0) return h('p', {}, 'The case file is empty.');
  return h(
    'ul',
    { class: 'plain' },
    documents.map((document) => documentItem(document, credentials)),
  );
}

/**
 * A case's file from the magistrates' courts system, read only when the caseworker opens it, so that a look at
 * the documents is a request (and an audit record) of its own.
 */
export function caseDocuments(urn: string, credentials: Credentials): HTMLDetailsElement {
  return lazyDisclosure({
    className: 'case-file',
    summary: 'Case file',
    loading: 'Reading the case file…',
    failure: 'The case file could not be read',
    load: () => readCaseFile(urn, credentials),
  });
}
