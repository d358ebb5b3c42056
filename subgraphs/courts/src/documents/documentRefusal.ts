/**
 * A document request answered with an error: an HTTP status and a code, sent as a GraphQL-shaped error body by
 * the documents routes. A 4xx for what the caller sent or asked; 500 with its own code for content the store
 * holds wrongly (altered or missing), which is no fault of the caller but must not be served.
 */
export class DocumentRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
