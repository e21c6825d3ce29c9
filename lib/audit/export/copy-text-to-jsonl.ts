import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { EXPORT_COLUMNS } from "./export-format";

// COPY's text format escapes exactly these; nothing else follows a backslash in its output.
const UNESCAPE: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };
const unescape = (v: string) => (v.includes("\\") ? v.replace(/\\(.)/g, (_, c: string) => UNESCAPE[c] ?? c) : v);

// Fields that are a number, a formatted time, an enum or already JSON: written as they are.
const VERBATIM = new Set(["seq", "at", "outcome"]);

/**
 * Turns COPY's text format (tab-separated rows, \N for NULL, backslash escapes)
 * into JSON Lines with EXPORT_COLUMNS as keys. The JSON is built here rather
 * than in SQL because PostgreSQL formats plain rows about twice as fast as JSON:
 * with the database formatting rows on one core and this on another, the export
 * keeps pace with a plain COPY. Raw newlines only end rows (a newline inside a
 * value arrives as \n), so rows are found however the stream is chunked.
 */
export function copyTextToJsonl(): Transform {
  let carry = "";
  // A chunk may end inside a multi-byte character; the decoder holds its first bytes back.
  const decoder = new StringDecoder("utf8");
  const keys = EXPORT_COLUMNS.map((c, i) => `${i === 0 ? "{" : ","}"${c}":`);
  const convert = (row: string) => {
    const fields = row.split("\t");
    if (fields.length !== EXPORT_COLUMNS.length) throw new Error(`a COPY row has ${fields.length} fields`);
    let out = "";
    for (let i = 0; i < fields.length; i++) {
      const raw = fields[i]!;
      const c = EXPORT_COLUMNS[i]!;
      const value =
        raw === "\\N"
          ? "null"
          : c === "changes"
            ? unescape(raw)
            : VERBATIM.has(c)
              ? `"${raw}"`
              : JSON.stringify(unescape(raw));
      out += keys[i] + value;
    }
    return `${out}}\n`;
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const text = carry + decoder.write(chunk);
      const end = text.lastIndexOf("\n");
      if (end === -1) {
        carry = text;
        return done();
      }
      carry = text.slice(end + 1);
      let out = "";
      try {
        for (const row of text.slice(0, end).split("\n")) out += convert(row);
      } catch (err) {
        return done(err as Error);
      }
      done(null, Buffer.from(out, "utf8"));
    },
    flush(done) {
      if (carry + decoder.end()) return done(new Error("COPY ended in the middle of a row"));
      done();
    },
  });
}
