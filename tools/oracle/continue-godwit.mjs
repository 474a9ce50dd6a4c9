#!/usr/bin/env node
// Godwit first, drizzle-kit after: runs the real drizzle-kit on Godwit's migrations folders.
// usage (from the oracle folder, after run-cases.mjs has rendered the cases' schema.stepN.ts into scratch/):
//   node continue-godwit.mjs EXPORT_DIR
// EXPORT_DIR is what ContinuedDrizzleKitCasesTest writes with -Dgodwit.continued.export=EXPORT_DIR:
// EXPORT_DIR/<case>/step<K>/drizzle, Godwit's folder after step K. For each, drizzle-kit generate with
// step K's schema must say "No schema changes"; with step K+1's (renames answered as the case says)
// it must write a migration without an error. Prints one line per case and step.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCase } from "./lib/case.mjs";
import { generateWithPrompts } from "./lib/prompts.mjs";

const ORACLE = dirname(fileURLToPath(import.meta.url));
const DRIZZLE_KIT = join(ORACLE, "node_modules", "drizzle-kit", "bin.cjs");
const CASES = process.env.CASES_DIR ?? join(ORACLE, "cases");
const exported = process.argv[2];

function generate(work, renames, name) {
  const args = [DRIZZLE_KIT, "generate", `--name=${name}`];
  if (renames !== undefined) return generateWithPrompts(work, args, renames, 60_000);
  const r = spawnSync(process.execPath, args, { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" } });
  return { code: r.status ?? 1, output: (r.stdout ?? "") + (r.stderr ?? "") };
}

const sqlCount = (d) => readdirSync(d).filter((f) => f.endsWith(".sql")).length;

for (const name of readdirSync(exported).sort()) {
  const kase = loadCase(join(CASES, name + ".yaml"));
  const scratch = join(ORACLE, "scratch", name);
  for (const stepDir of readdirSync(join(exported, name)).sort((a, b) => +a.slice(4) - +b.slice(4))) {
    const k = +stepDir.slice(4);
    if (!existsSync(join(scratch, `schema.step${k}.ts`))) { console.log(`${name} step ${k}: not rendered by run-cases.mjs`); continue; }
    const work = join(ORACLE, "scratch-godwit", name, stepDir);
    rmSync(work, { recursive: true, force: true });
    cpSync(join(exported, name, stepDir, "drizzle"), join(work, "drizzle"), { recursive: true });
    writeFileSync(join(work, "drizzle.config.ts"),
      `import { defineConfig } from "drizzle-kit";\nexport default defineConfig({ dialect: "sqlite", schema: "./schema.ts", out: "./drizzle" });\n`);
    writeFileSync(join(work, "schema.ts"), readFileSync(join(scratch, `schema.step${k}.ts`)));
    let before = sqlCount(join(work, "drizzle"));
    const same = generate(work, undefined, "same");
    const sameOk = same.code === 0 && /No schema changes/.test(same.output) && sqlCount(join(work, "drizzle")) === before;
    let line = `${name} step ${k}: same schema ${sameOk ? "no changes" : "CHANGES: " + same.output.split("\n").slice(-12).join(" | ")}`;
    if (sameOk && existsSync(join(scratch, `schema.step${k + 1}.ts`))) {
      writeFileSync(join(work, "schema.ts"), readFileSync(join(scratch, `schema.step${k + 1}.ts`)));
      const next = generate(work, kase.steps[k + 1].renames, "next");
      const wrote = sqlCount(join(work, "drizzle")) > before;
      const err = /^\s*(\w*Error|error)\b[^\n]*:/m.test(next.output);
      line += `; step ${k + 1}: ${next.code === 0 && !err ? (wrote ? "migration written" : "no migration") : "FAILED: " + next.output.split("\n").slice(-8).join(" | ")}`;
    }
    console.log(line);
  }
}
