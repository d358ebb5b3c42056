import { postgresTestDatabases, sqliteTestDatabases } from './support/auditTestDatabases';
import { describeAuditLog } from './support/describeAuditLog';
import { describeCheckpoints } from './support/describeCheckpoints';
import { describePersonLookups } from './support/describePersonLookups';

describeAuditLog(sqliteTestDatabases());
describeCheckpoints(sqliteTestDatabases());
describePersonLookups(sqliteTestDatabases());

// No skip when the server is down: the audit log must be proven on PostgreSQL too, so an unreachable server fails.
describeAuditLog(postgresTestDatabases());
describeCheckpoints(postgresTestDatabases());
describePersonLookups(postgresTestDatabases());
