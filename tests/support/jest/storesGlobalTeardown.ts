import { endPostgresRunOnce } from './postgresRunOnce';

/** Jest's global teardown for both projects: drops the PostgreSQL run's schemas, if a run was started. */
export default endPostgresRunOnce;
