import { postgresTestDatabases, sqliteTestDatabases } from './support/auditTestDatabases';
import { describeAuditLog } from './support/describeAuditLog';

describeAuditLog(sqliteTestDatabases());

// No skip when the server is down: the audit log must be proven on PostgreSQL too, so an unreachable server fails.
describeAuditLog(postgresTestDatabases());
