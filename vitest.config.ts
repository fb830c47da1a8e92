import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Chromium and LibreOffice installed once if missing; one DynamoDB Local for the whole run, and every
    // test file makes its own table.
    globalSetup: [
      'test/support/chromium-global-setup.ts',
      'test/support/libreoffice-global-setup.ts',
      'test/support/dynamodb-global-setup.ts',
    ],
    include: ['test/**/*.test.ts', 'shared/**/*.test.ts', 'functions/**/*.test.ts', 'infra/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: two workers keep DynamoDB Local responsive.
    maxWorkers: 2,
  },
});
