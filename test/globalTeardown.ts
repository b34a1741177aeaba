// Removes the shared production build of the browser tests (test/globalSetup.ts), if one was made.
import { rmSync } from "fs";
import { SHARED_BUILD_ENV } from "./support/sharedBuild";

export default function globalTeardown(): void {
  const dir = process.env[SHARED_BUILD_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
