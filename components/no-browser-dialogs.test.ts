// The console asks with its own dialog (components/ui/confirm-dialog.tsx), which
// names what it acts on, is translated and starts on Cancel; the browser's
// confirm(), alert() and prompt() do none of that and block the page. This
// test reads every source file of the UI with the TypeScript parser (so
// comments and strings do not count) and fails on any use of them.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const BROWSER_DIALOGS = new Set(["confirm", "alert", "prompt"]);
const GLOBALS = new Set(["window", "globalThis", "self", "top", "parent"]);

/** "line: text" for each use of a browser dialog in one file's source. */
function browserDialogs(source: string, fileName = "file.tsx"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${line + 1}: ${node.getText(file)}`);
  };
  const visit = (node: ts.Node) => {
    // window.confirm, globalThis.alert, … called or not (a reference can be called later).
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      GLOBALS.has(node.expression.text) &&
      BROWSER_DIALOGS.has(node.name.text)
    )
      report(node);
    // window["confirm"]
    else if (
      ts.isElementAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      GLOBALS.has(node.expression.text) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      BROWSER_DIALOGS.has(node.argumentExpression.text)
    )
      report(node);
    // A bare confirm(…), alert(…), prompt(…).
    else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && BROWSER_DIALOGS.has(node.expression.text))
      report(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("no browser dialogs in the console", () => {
  it("the checker finds each way of calling one, and ignores comments, strings and look-alikes", () => {
    const source = [
      "// confirm() in a comment",
      'const s = "window.confirm(x)";',
      "if (!window.confirm(message)) e.preventDefault();",
      "confirm(`Delete ${name}?`);",
      "globalThis.alert('done');",
      'const ask = window["prompt"];',
      "const c = { confirm: props.confirm }; c.confirm.title;",
      "<ConfirmActionButton confirm={{ title }} />;",
      "form.confirmSlug(); confirmFirst();",
    ].join("\n");
    expect(browserDialogs(source)).toEqual([
      "3: window.confirm",
      "4: confirm(`Delete ${name}?`)",
      "5: globalThis.alert",
      '6: window["prompt"]',
    ]);
  });

  it("components/ and app/ use none", () => {
    const files = [...sourceFiles(path.join(root, "components")), ...sourceFiles(path.join(root, "app"))];
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      browserDialogs(readFileSync(file, "utf8"), file).map((use) => `${path.relative(root, file)}:${use}`),
    );
    expect(found).toEqual([]);
  });
});
