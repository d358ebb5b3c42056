import type { Kysely } from 'kysely';
import { fixedStatement } from '@lib/store/fixedStatement';
import type { WriteUnit } from './storeWriter';
import type { BookerLinkTable, VisitsTables } from './visitsTables';

/** The link between a booking account and a prisoner, if the account linked them: asked by every booking. */
export const bookerLink = fixedStatement(
  (db: Kysely<VisitsTables>, v: { bookingAccount: string; prisonNumber: string }) =>
    db
      .selectFrom('bookerLink')
      .selectAll()
      .where('bookingAccount', '=', v.bookingAccount)
      .where('prisonNumber', '=', v.prisonNumber),
);

const saveLink = fixedStatement((db: Kysely<VisitsTables>, v: BookerLinkTable) =>
  db
    .insertInto('bookerLink')
    .values({
      bookingAccount: v.bookingAccount,
      prisonNumber: v.prisonNumber,
      prisonCode: v.prisonCode,
      linkedAt: v.linkedAt,
    })
    .onConflict((conflict) =>
      conflict.columns(['bookingAccount', 'prisonNumber']).doUpdateSet({
        prisonCode: (eb) => eb.ref('excluded.prisonCode'),
        linkedAt: (eb) => eb.ref('excluded.linkedAt'),
      }),
    ),
);

/** The write of a link: a prisoner linked again (after a transfer, say) keeps one link, with the new prison. */
export function saveLinkUnit(link: BookerLinkTable): WriteUnit<BookerLinkTable> {
  return async (trx, dialect) => {
    await saveLink(trx, dialect, link);
    return link;
  };
}
