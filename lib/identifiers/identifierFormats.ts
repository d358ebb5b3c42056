/**
 * The formats of the identifiers used by the real systems (see shared/DOMAIN.md), each with an example that a
 * caller can be shown when their input does not match.
 */
export const IDENTIFIER_FORMATS = {
  prisonNumber: { pattern: /^[A-Z]\d{4}[A-Z]{2}$/, label: 'prison number', example: 'A1234BC' },
  bookingNumber: { pattern: /^\d{5}[A-Z]$/, label: 'booking number', example: '38412A' },
  urn: { pattern: /^\d{2}[A-Z]{2}\d{7}$/, label: 'case URN', example: '01AB2345678' },
  crownCourtCaseNumber: {
    pattern: /^[BASTU](199|20\d)\d{5}$/,
    label: 'Crown Court case number',
    example: 'T20230123',
  },
  courtCode: { pattern: /^[BC]\d{2}[A-Z]{2}00$/, label: 'court code', example: 'B01GU00' },
  prisonCode: { pattern: /^[A-Z]{2}I$/, label: 'prison code', example: 'LEI' },
  visitReference: { pattern: /^[a-z]{2}(-[a-z]{2}){3,}$/, label: 'visit reference', example: 'ab-cd-ef-gh' },
} as const;

/** The name of an identifier kind with a fixed format. */
export type IdentifierKind = keyof typeof IDENTIFIER_FORMATS;
