// The PostgreSQL jest project's set-up file: every store this test file's harness opens is on PostgreSQL.
process.env.TEST_STORE_ENGINE = 'postgres';
