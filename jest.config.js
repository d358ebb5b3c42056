/** Jest runs the TypeScript tests under tests/ with ts-jest; integration tests boot real HTTP servers. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    // jose and faker ship only ES modules, which Jest cannot require on Node 20: they are transpiled too.
    '^.+/node_modules/(jose|@faker-js/faker)/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true }, isolatedModules: true },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|@faker-js/faker)/)'],
  moduleNameMapper: { '^@lib/(.*)$': '<rootDir>/lib/$1' },
  testTimeout: 60_000,
};
