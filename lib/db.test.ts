// Every encrypted column is omitted from default reads. The list is read from
// the schema (the generated client's fields, named `…Enc` by the schema's rule
// for sealed secrets), so a new encrypted column fails here until it is added
// to SECRET_COLUMNS.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { SECRET_COLUMNS } from "./db";

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

function scalarFields(model: string): string[] {
  const fields = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[`${model}ScalarFieldEnum`];
  if (!fields) throw new Error(`no scalar fields for ${model}`);
  return Object.values(fields);
}

const models = Object.values(Prisma.ModelName);
const encrypted = models.flatMap((m) =>
  scalarFields(m)
    .filter((f) => f.endsWith("Enc"))
    .map((f) => `${m}.${f}`),
);

describe("secret columns", () => {
  it("finds the schema's encrypted columns", () => {
    expect(models.length).toBeGreaterThan(30);
    expect(encrypted).toEqual([
      "MemberSsoConfig.clientSecretEnc",
      "SigningKey.privateKeyEnc",
      "ConsoleUser.totpSecretEnc",
      "SsoConnection.clientSecretEnc",
    ]);
  });

  it("omits every encrypted column from default reads", () => {
    const omitted = new Set(
      Object.entries(SECRET_COLUMNS).flatMap(([model, cols]) => Object.keys(cols).map((c) => `${model}.${c}`)),
    );
    expect(encrypted.filter((c) => !omitted.has(`${lowerFirst(c.split(".")[0]!)}.${c.split(".")[1]}`))).toEqual([]);
  });

  it("names only columns that exist", () => {
    const byModel = new Map(models.map((m) => [lowerFirst(m), new Set(scalarFields(m))]));
    for (const [model, cols] of Object.entries(SECRET_COLUMNS)) {
      for (const c of Object.keys(cols)) expect(byModel.get(model)?.has(c), `${model}.${c}`).toBe(true);
    }
  });
});
