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
        contentBase64
      }
    }
  }
`);

type CaseDocument = NonNullable<CaseDocumentsQuery['magistratesCase']>['documents'][number];

function text(document: CaseDocument): string {
  if (!document.mediaType.startsWith('text/')) return `This document is ${document.mediaType}, not text.`;
  const bytes = Uint8Array.from(atob(document.contentBase64), (character) => character.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function documentItem(document: CaseDocument): HTMLLIElement {
  return h(
    'li',
    {},
    h(
      'details',
      {},
      h('summary', {}, `${document.title} `, h('span', { class: 'muted' }, `(${humanize(document.kind)})`)),
      h('pre', { class: 'document-text' }, text(document)),
    ),
  );
}

async function readCaseFile(urn: string, credentials: Credentials): Promise<Node> {
  const response = await postGraphQL(CASE_DOCUMENTS_QUERY, { urn }, credentials);
  const documents = response.data?.magistratesCase?.documents;
  if (!documents) throw new Error(response.errors?.[0]?.message ?? 'the court has no such case');
  if (documents.length === 0) return h('p', {}, 'The case file is empty.');
  return h('ul', { class: 'plain' }, documents.map(documentItem));
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
