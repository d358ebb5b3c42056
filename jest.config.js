/** Jest runs the TypeScript tests under tests/ with ts-jest; integration tests boot real HTTP servers. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: { '^@lib/(.*)$': '<rootDir>/lib/$1' },
  testTimeout: 60_000,
};
