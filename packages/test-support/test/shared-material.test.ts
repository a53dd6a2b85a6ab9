import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { sharedMaterialRequired } from "../src/index.js";

describe("sharedMaterialRequired", () => {
  const missing = join(tmpdir(), "aml-errors-no-such-folder");

  it.each<[string, { env: Record<string, string>; want: boolean }]>([
    ["a developer's clone", { env: {}, want: false }],
    ["GitHub Actions", { env: { CI: "true", GITHUB_ACTIONS: "true" }, want: false }],
    ["CI elsewhere, which must have the material", { env: { CI: "true" }, want: true }],
  ])("without the folder, in %s: %s", (_name, { env, want }) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(sharedMaterialRequired("these tests", env, missing)).toBe(want);
    expect(warn).toHaveBeenCalledTimes(want ? 0 : 1);
    warn.mockRestore();
  });

  it("runs wherever the folder is", () => {
    expect(sharedMaterialRequired("these tests", { CI: "true", GITHUB_ACTIONS: "true" }, tmpdir())).toBe(true);
  });
});
