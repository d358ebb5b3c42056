import { startPostgresRunOnce } from './postgresRunOnce';

/** Jest's global set-up for the postgres project: every store of its suites is on PostgreSQL. */
export default startPostgresRunOnce;
