/**
 * Word's search text as a JavaScript RegExp. Literal mode knows Word's special codes (`^t` TAB, `^l` line break,
 * `^^`, `^?` any character, `^#` digit, `^$` letter, `^w` white space, `^s` no-break space); wildcard mode also
 * has `?`, `*` (shortest), `@` (one or more of the previous), `{n}`/`{n,}`/`{n,m}` (`;` as separator too),
 * `[…]`, `[!…]`, ranges, `(…)` groups, `<`/`>` word edges, and `\x` for a literal x. Anything else is literal.
 */
import { SimError } from "./errors";

export const MAX_SEARCH_LENGTH = 255;

const WORD = "[\\p{L}\\p{N}_]";

function esc(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function caretCode(c: string | undefined, where: string): string {
  switch (c) {
    case "t":
      return "\\t";
    case "l":
    case "n":
      return "\\v";
    case "^":
      return "\\^";
    case "?":
      return "[^]";
    case "#":
      return "\\p{N}";
    case "$":
      return "\\p{L}";
    case "w":
      return "[ \\t\\u00a0]+";
    case "s":
      return "\\u00a0";
    case "m":
      return "\\f";
    case "-":
      return "\\u00ad";
    case "~":
      return "\\u2011";
    default:
      throw new SimError("InvalidArgument", `Unsupported special character ^${c ?? ""} in ${where}.`);
  }
}

export function searchRegExp(text: string, options: { matchCase?: boolean; matchWildcards?: boolean }): RegExp {
  if (text.length === 0) throw new SimError("InvalidArgument", "The search text is empty.");
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new SimError("InvalidArgument", `The search string is longer than ${MAX_SEARCH_LENGTH} characters.`);
  }
  const src = options.matchWildcards ? wildcardSource(text) : literalSource(text);
  return new RegExp(src, options.matchCase ? "gu" : "giu");
}

function literalSource(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "^") out += caretCode(text[++i], text);
    else out += esc(ch);
  }
  return out;
}

function wildcardSource(text: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    switch (ch) {
      case "?":
        out += "[^]";
        break;
      case "*":
        out += "[^]*?";
        break;
      case "@":
        if (!out) throw new SimError("InvalidArgument", "'@' needs something before it.");
        out += "+";
        break;
      case "<":
        out += `(?<!${WORD})(?=${WORD})`;
        break;
      case ">":
        out += `(?<=${WORD})(?!${WORD})`;
        break;
      case "(":
        depth++;
        out += "(?:";
        break;
      case ")":
        if (depth-- <= 0) throw new SimError("InvalidArgument", "Unbalanced ')' in the search text.");
        out += ")";
        break;
      case "{": {
        const close = text.indexOf("}", i);
        const m = close > 0 ? /^(\d+)(?:[,;](\d*))?$/.exec(text.slice(i + 1, close)) : null;
        if (!m || !out) throw new SimError("InvalidArgument", "Invalid {n,m} in the search text.");
        out += m[2] === undefined ? `{${m[1]}}` : `{${m[1]},${m[2]}}`;
        i = close;
        break;
      }
      case "[": {
        const close = text.indexOf("]", i + 2);
        if (close < 0) throw new SimError("InvalidArgument", "Unbalanced '[' in the search text.");
        let body = text.slice(i + 1, close);
        let neg = "";
        if (body.startsWith("!") && body.length > 1) {
          neg = "^";
          body = body.slice(1);
        }
        let cls = "";
        for (let k = 0; k < body.length; k++) {
          const c = body[k];
          if (c === "-" && k > 0 && k < body.length - 1) cls += "-";
          else if (c === "^" && k + 1 < body.length && /[tl#$]/.test(body[k + 1])) cls += caretCode(body[++k], text);
          else cls += /[\\\]^[-]/.test(c) ? `\\${c}` : c;
        }
        out += `[${neg}${cls}]`;
        i = close;
        break;
      }
      case "\\":
        if (i + 1 >= text.length) throw new SimError("InvalidArgument", "A trailing '\\' in the search text.");
        out += esc(text[++i]);
        break;
      case "^":
        out += caretCode(text[++i], text);
        break;
      default:
        out += esc(ch);
    }
  }
  if (depth !== 0) throw new SimError("InvalidArgument", "Unbalanced '(' in the search text.");
  return out;
}

/** Matches left to right, never overlapping, never empty: Word's search order. */
export function findAll(re: RegExp, text: string, from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const hay = text.slice(0, to);
  re.lastIndex = from;
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
