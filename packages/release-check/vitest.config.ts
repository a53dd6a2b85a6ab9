import { defineConfig } from "vitest/config";

// Packing and installing four packages takes seconds, not milliseconds.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
