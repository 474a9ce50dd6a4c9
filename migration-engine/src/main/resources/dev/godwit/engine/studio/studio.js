// Godwit Studio. Every name and value goes into the page as text (textContent and DOM nodes, never parsed as markup).
// Values arrive tagged ({t: "i"|"r"|"s"|"b", v: text}): integers stay strings, so rowids and ids above
// 2^53 are never rounded by a JavaScript number. The view (table, filters, sort, page) lives in the URL.
// Every URL here is relative: the page is served under /s/<token>/, which carries the run's token (there is no cookie).
"use strict";

const $ = (id) => document.getElementById(id);
let META = null;            // /api/tables
let TABLES = {};            // name -> table
let CALLS = 0;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
  return jsonOf(await answered(path, init));
}

/**
 * An answer of the studio's as its JSON; a refusal (not ok) thrown as an Error in the studio's words, with the answer's
 * body and status, as is an answer that is not JSON (its text).
 */
async function jsonOf(res) {
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch (e) { throw new Error(text || res.statusText); }
  if (typeof json.dbCallsTotal === "number") showCalls(json);
  if (!res.ok) { const err = new Error(json.error || res.statusText); err.body = json; err.status = res.status; throw err; }
  return json;
}

/** fetch(path, init), where no answer at all (the browser says only "Failed to fetch") is said in the studio's words. */
async function answered(path, init) {
  try {
    return await fetch(path, init);
  } catch (e) {
    const method = (init && init.method) || "GET";
    throw new Error("the studio did not answer: has mvn db:studio stopped? Start it again and open the URL it prints (each run has"
        + " its own)" + (method === "GET" ? "" : "; a change sent just then may or may not have been made: look before sending it again"));
  }
}

function showCalls(json) {
  CALLS = json.dbCallsTotal;
  const remote = META && META.remote;
  $("calls").textContent = (remote ? "D1 API calls: " : "database calls: ") + CALLS + " so far, " + json.dbCalls + " for the last request";
}

// ---- URL state ----

function state() {
  const p = new URLSearchParams(location.search);
  let where = [];
  try { where = JSON.parse(p.get("where") || "[]"); } catch (e) { where = []; }
  return { view: p.get("view"), table: p.get("table"), sort: p.get("sort"), dir: p.get("dir") || "asc", where,
           after: p.get("after"), before: p.get("before"), at: p.get("at"), page: Number(p.get("p") || "1"), sql: p.get("sql") };
}

/**
 * The state s with changes, its place among the pages (after, before, at) dropped unless changes gives
 * one: every move (Next, Previous, First, Last, go to page, a sort or filter) starts from no cursor, so none is left behind.
 */
function moved(s, changes) {
  return Object.assign({}, s, { after: null, before: null, at: null }, changes);
}

function urlOf(s) {
  const p = new URLSearchParams();
  if (s.view) p.set("view", s.view);
  if (hasTable(s)) p.set("table", s.table);
  if (s.sort) { p.set("sort", s.sort); p.set("dir", s.dir || "asc"); }
  if (s.where && s.where.length) p.set("where", JSON.stringify(s.where));
  if (s.after) p.set("after", s.after);
  if (s.before) p.set("before", s.before);
  if (s.at) p.set("at", s.at);   // a jump (go to page, Last): the rows to skip, or "last"
  if (s.page && s.page > 1) p.set("p", String(s.page));
  if (s.sql) p.set("sql", s.sql);
  const q = p.toString();
  return "./" + (q ? "?" + q : "");   // relative: the studio is served under its secret path, /s/<token>/
}

/** A table is chosen: its name may be "" (SQLite allows a table named so), which is not "no table". */
function hasTable(s) {
  return typeof s.table === "string";
}

function go(s) {
  // Another page, table or filter: an open cell editor is left first, as opening another cell leaves it (saved as Enter does;
  // refused, it stays open with the reason and the page stays). What was typed was dropped with the grid.
  if (EDITOR) { EDITOR.leave().then(left => { if (left) go(s); }).catch(showError); return; }
  AT++;
  history.pushState({ at: AT }, "", urlOf(s));
  status("");   // what the last action said belongs to the view it was done in
  render().catch(showError);
}

function viewParams(s) {
  const p = new URLSearchParams();
  p.set("table", s.table);
  if (s.sort) { p.set("sort", s.sort); p.set("dir", s.dir); }
  if (s.where.length) p.set("where", JSON.stringify(s.where));
  return p;
}

// ---- tables ----

// given: the list as an answer brought it (the console's, after it changed the schema: over D1 four calls saved)
async function loadTables(given) {
  META = given || await api("GET", "api/tables");
  forgetCounts();   // read again after the console and a migration: the counts may have changed
  TABLES = {};
  for (const t of META.tables) TABLES[t.name] = t;
  $("database").textContent = META.database;
  $("mode").textContent = META.rowsWritable ? (META.consoleWritable ? "writes enabled (console too)" : "")
      : "read-only: remote database (start with -Ddb.studio.write to change rows)";
  drawTableList();
}

function drawTableList() {
  const nav = $("tables");
  nav.replaceChildren();
  const q = $("search").value.trim().toLowerCase();
  const current = state().table;
  for (const t of META.tables) {
    if (q && !t.name.toLowerCase().includes(q)) continue;
    const b = el("button", t.name);
    b.dataset.table = t.name;
    b.title = t.name;
    // virtual: its module (fts5); "…": not counted yet (on D1 a count is billed as a read of every row of the table)
    const count = el("span", t.virtual || (t.view ? "view" : typeof t.rows === "number" ? t.rows.toLocaleString("en-US") : "…"), "count");
    if (!t.view && typeof t.rows !== "number") {
      count.title = META.remote ? "not counted yet: on D1 a count is billed as a read of every row; open the table, or count all"
          : "not counted yet: the tables took more than a second to count (a count reads the whole table); open the table (counted"
            + " within a second too), or count all (however long it takes)";
    }
    b.prepend(count);
    if (t.name === current) b.className = "active";
    b.onclick = () => go({ table: t.name, where: [], page: 1 });
    nav.appendChild(b);
  }
  // "Count all" where some are not counted (D1): one request per 50 tables, billed as a read of every row of every table
  $("count-all").hidden = !META.tables.some(t => !t.view && typeof t.rows !== "number");
  for (const v of META.unreadableViews || []) {   // listed, so a broken view is seen, with why it cannot be opened
    if (q && !v.name.toLowerCase().includes(q)) continue;
    const b = el("button", v.name, "broken");
    b.dataset.table = v.name;
    b.title = "view " + v.name + " cannot be read: " + v.error;
    b.prepend(el("span", "broken", "count"));
    b.onclick = () => notice(b.title);
    nav.appendChild(b);
  }
}

$("count-all").onclick = async () => {
  try {
    const r = await api("GET", "api/counts");
    applyCounts({ counts: r.counts });
  } catch (e) {
    notice(e.message);
  }
};

// ---- values ----

function shortText(s, n) { return s.length > n ? s.slice(0, n) + "…" : s; }

// guessed: the column's timestamp mode comes from its type name alone (DATETIME), whose integers may be seconds or milliseconds:
// one 1e11 from 0 or farther is milliseconds (as seconds, past the year 5138), as the server writes and filters it (StudioSchema)
function isoFromEpoch(v, ms, guessed) {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) return null;
  if (guessed && Math.abs(n) >= 1e11) ms = true;
  const d = new Date(ms ? n : n * 1000);
  return isNaN(d.getTime()) ? null : d.toISOString().replace(".000Z", "Z");
}

/**
 * drizzle's blob({mode: 'json'}) and blob({mode: 'bigint'}) store text as bytes, the JSON in UTF-8 and the integer's digits: that
 * text, where the whole blob is such (else null: shown as bytes). It was shown as hex ("20 B · 31 32 33 …" for 12345678901234567890),
 * and an edit took only x'…'.
 */
function blobText(v, col) {
  if (!v || v.t !== "b" || !col || col.affinity !== "BLOB" || (col.mode !== "json" && col.mode !== "bigint") || v.v.length !== 2 * v.n) return null;
  const bytes = new Uint8Array(v.n);
  for (let i = 0; i < v.n; i++) bytes[i] = parseInt(v.v.substr(2 * i, 2), 16);
  let text;
  try { text = new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch (e) { return null; }
  if (col.mode === "bigint") return /^-?[0-9]+$/.test(text) ? text : null;
  try { JSON.parse(text); return text; } catch (e) { return null; }
}

/** Fills a cell with a value as its column's mode shows it; the raw value is on hover. */
function drawValue(td, v, col) {
  td.replaceChildren();
  td.className = "";
  if (v === null) { td.textContent = "NULL"; td.classList.add("null"); td.title = "NULL"; return; }
  const mode = col && col.mode;
  const stored = blobText(v, col);
  if (stored !== null) {   // bytes holding text: shown as the text, the bytes on hover
    const title = "blob, " + v.n + " bytes: x'" + v.v + "'";
    if (mode === "bigint") { td.textContent = stored; td.classList.add("num"); td.title = title; return; }
    drawValue(td, { t: "s", v: stored }, col);
    td.title = title;
    return;
  }
  td.title = v.t === "b" ? "blob, " + v.n + " bytes" : v.v;
  if (v.t === "i" || v.t === "r") {
    td.classList.add("num");
    if (v.t === "i" && mode === "boolean" && (v.v === "0" || v.v === "1")) { td.textContent = v.v === "1" ? "true" : "false"; td.classList.add("bool"); return; }
    if (v.t === "i" && (mode === "timestamp" || mode === "timestamp_ms")) {
      const iso = isoFromEpoch(v.v, mode === "timestamp_ms", col.unitGuessed);
      if (iso) { td.textContent = iso; td.title = "raw: " + v.v; return; }
    }
    td.textContent = v.v;
    return;
  }
  if (v.t === "b") {
    td.classList.add("blob");
    const hex = v.v.slice(0, 32).replace(/(..)/g, "$1 ").trim();
    td.textContent = v.n + " B · " + hex + (v.n > 16 ? " …" : "");
    return;
  }
  if (v.v === "") { td.classList.add("empty"); return; }
  if (v.truncated) {   // a long text: its start only; the export has it whole
    td.textContent = v.v.slice(0, 200) + "… (" + v.n.toLocaleString("en-US") + " characters)";
    td.title = "text of " + v.n.toLocaleString("en-US") + " characters; the page has the first " + v.v.length.toLocaleString("en-US")
        + ", an export has it whole";
    td.classList.add("long");
    return;
  }
  if (mode === "json") {
    try {
      JSON.parse(v.v);   // pretty-printed only where it is JSON
      const details = el("details");
      const summary = el("summary", shortText(v.v, 60));
      summary.title = "click to show the JSON whole; click it then, or double-click the cell, to edit";
      details.appendChild(summary);
      JSON_TEXT.set(details, v.v);   // pretty-printed when first opened (jsonShown): a page drew a thousand hidden ones
      td.appendChild(details);
      return;
    } catch (e) { /* not JSON: shown as text */ }
  }
  // The grid shows one line a cell: a line break is shown as a grey ↵ (it vanished into a space, so "a↵b" looked like "a b",
  // which a filter = "a b" does not find); the text as stored is on hover and in the editor.
  const lines = v.v.split(/\r\n|\r|\n/);
  if (lines.length === 1 && !/^\s|\s$/.test(v.v)) { td.textContent = v.v; return; }
  const breaks = v.v.match(/\r\n|\r|\n/g) || [];
  lines.forEach((line, i) => {
    if (i > 0) {
      const b = el("span", "↵", "break");
      b.dataset.eol = breaks[i - 1];   // what a copy of the cell puts in its place (copyCellText)
      td.appendChild(b);
    }
    appendLine(td, line);
  });
}

// A JSON cell's text by its <details>: pretty-printed into it when it is first opened, and what a copy of the closed cell takes.
const JSON_TEXT = new WeakMap();

/** The JSON of a cell's <details> as the open cell shows it (built there on first use). */
function jsonShown(details) {
  let pre = details.querySelector(":scope > pre");
  if (!pre) details.appendChild(pre = el("pre", prettyJson(JSON_TEXT.get(details))));
  return pre.textContent;
}
// "toggle" does not bubble: caught on its way down
document.addEventListener("toggle", (e) => { if (e.target.open && JSON_TEXT.has(e.target)) jsonShown(e.target); }, true);

// A copy of a text selected within one cell holds its line breaks as stored, not the ↵ the grid draws for them: "line 1↵line 2"
// was pasted where the text had a break.
document.addEventListener("copy", (e) => {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount !== 1 || !e.clipboardData) return;
  const range = sel.getRangeAt(0);
  const start = range.commonAncestorContainer;
  const td = (start.nodeType === Node.ELEMENT_NODE ? start : start.parentElement).closest("#grid td");
  if (!td) return;
  // A closed JSON cell shows its first 60 characters: a copy of it is the JSON whole, as the open cell shows it (it was the 60);
  // a part of those selected is that part (a word dragged over gave the whole JSON)
  const closed = td.querySelector("details:not([open])");
  if (closed && JSON_TEXT.has(closed) && coversText(range, closed.querySelector("summary"))) {
    e.clipboardData.setData("text/plain", jsonShown(closed));
    e.preventDefault();
    return;
  }
  const part = range.cloneContents();
  const marks = part.querySelectorAll(".break");
  if (!marks.length) return;
  marks.forEach(m => m.replaceWith(document.createTextNode(m.dataset.eol || "\n")));
  e.clipboardData.setData("text/plain", part.textContent);
  e.preventDefault();
});

/** Whether a range holds all of a node's text, from its first character to its last. */
function coversText(range, node) {
  const all = document.createRange();
  all.selectNodeContents(node);
  const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const first = texts.nextNode();
  let last = first;
  for (let t = first; t; t = texts.nextNode()) last = t;
  if (first) { all.setStart(first, 0); all.setEnd(last, last.length); }
  return range.compareBoundaryPoints(Range.START_TO_START, all) <= 0 && range.compareBoundaryPoints(Range.END_TO_END, all) >= 0;
}

// A line with the spaces at its start and end marked (tinted): the cell keeps runs of spaces (white-space: pre), but ones at a
// text's edges look like none, so '  pad  ' looked like its neighbour 'pad', which a filter = pad does not find.
function appendLine(td, line) {
  const [, lead, middle, trail] = line.match(/^(\s*)([\s\S]*?)(\s*)$/);
  if (lead) td.appendChild(el("span", lead, "edge-space"));
  td.appendChild(document.createTextNode(middle));
  if (trail) td.appendChild(el("span", trail, "edge-space"));
}

/**
 * JSON text (one JSON.parse took) indented as JSON.stringify(…, null, 2) indents it, but from its own tokens: a number stays as
 * stored, where a round trip through JavaScript showed 9007199254740993 as 9007199254740992, 1.0 as 1 and 1e400 as null, and a
 * repeated key stays (the round trip kept its last value alone).
 */
function prettyJson(text) {
  const space = " \t\n\r";
  let out = "", depth = 0, i = 0;
  const line = () => "\n" + "  ".repeat(depth);
  while (i < text.length) {
    const ch = text[i];
    if (space.includes(ch)) { i++; continue; }
    if (ch === '"') {   // a string as written, escapes and all
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "{" || ch === "[") {
      let j = i + 1;
      while (j < text.length && space.includes(text[j])) j++;
      if (text[j] === (ch === "{" ? "}" : "]")) { out += ch + text[j]; i = j + 1; continue; }   // {} and [] stay on their line
      depth++;
      out += ch + line();
      i++;
    } else if (ch === "}" || ch === "]") {
      depth--;
      out += line() + ch;
      i++;
    } else if (ch === ",") {
      out += "," + line();
      i++;
    } else if (ch === ":") {
      out += ": ";
      i++;
    } else {   // a number, true, false or null, as written
      let j = i;
      while (j < text.length && !(space + ",:]}").includes(text[j])) j++;
      out += text.slice(i, j);
      i = j;
    }
  }
  return out;
}

/** The text a user edits for a value: exact, as the server reads it back. */
function editText(v) {
  if (v === null) return "";   // shown as a NULL placeholder: typed NULL is text
  if (v.t === "b") return "x'" + v.v + "'";
  return v.v;
}

// ---- table view ----

let PAGE = null;   // the rows shown
const EXPORT_CAP = 1000000;   // ExportRows.MAX_EXPORT_ROWS
// The rows a view (table and filters) holds, counted once when it is opened, not for every page: a count reads the whole table
// (on 1,000,000 rows with a filter over a second locally; on D1 a request billed for every row read). The views shown lately
// keep theirs, so Back, Forward and a return to a view count nothing (one count was kept: Back to a filtered view counted it
// again). A write forgets the counts it may have changed; the console and a reload forget all. On a local file the server
// stops a count past its budget (a second): the view keeps UNCOUNTED, and its page line offers to count it however long it takes.
const COUNTS = new Map();   // countKey → count (or UNCOUNTED), least recently used first
const MAX_COUNTS = 50;
const UNCOUNTED = "uncounted";
// countKey → the count asked for and not answered yet: one request for a view, whichever of its pages asks (both read on the
// server's one reading connection, so a second would wait behind the first)
const COUNTING = new Map();
// The view asked for last: an answer (or error) for a view left meanwhile (another table clicked while a slow one loaded) is
// dropped, where it drew its grid, or its error, under the view asked for since; nor does a later count write that page line.
let DRAWN = 0;

function countKey(s) {
  return JSON.stringify([s.table, s.where]);
}

function keptCount(key) {
  return COUNTS.has(key) ? COUNTS.get(key) : null;
}

function keepCount(key, count) {
  COUNTS.delete(key);
  COUNTS.set(key, count);
  if (COUNTS.size > MAX_COUNTS) COUNTS.delete(COUNTS.keys().next().value);
}

/**
 * The view's count: a number, or UNCOUNTED where the server stopped it at its budget ({wait}: not stopped). Kept when it comes,
 * unless a write forgot the view's count meanwhile (it was counted before the write).
 */
function countOf(key, p, wait) {
  if (!wait && COUNTING.has(key)) return COUNTING.get(key);
  const asked = api("GET", "api/count?" + p + (wait ? "&wait=1" : "")).then(r => {
    const count = typeof r.count === "number" ? r.count : UNCOUNTED;
    if (COUNTING.get(key) === asked) { COUNTING.delete(key); keepCount(key, count); }
    return count;
  }, e => {
    if (COUNTING.get(key) === asked) COUNTING.delete(key);
    throw e;
  });
  COUNTING.set(key, asked);
  return asked;
}

/**
 * Forgets the kept counts of the table's filtered views (a write may have moved rows in or out of them) and of every view (one
 * may read the table), or all counts; and the counts asked for them and not answered yet.
 */
function forgetCounts(table) {
  for (const map of [COUNTS, COUNTING]) {
    for (const k of [...map.keys()]) {
      const [name, where] = JSON.parse(k);
      const view = TABLES[name] && TABLES[name].view;
      if (table === undefined || name === table && where.length || view) map.delete(k);
    }
  }
}

/**
 * A view that cannot be shown (its table gone, a query of it refused): the grid and page line of the view shown before (another
 * table's rows, editable as they were) go, under this view's title and filters.
 */
function clearGrid() {
  $("grid").replaceChildren();
  GRID = null;
  $("page").textContent = "";
  PAGE = null;
}

function noTable(name) {
  return new Error("no table \"" + name + "\" in the database (dropped or renamed since the page loaded it?): pick one from the list");
}

async function renderTable(s, again) {
  const drawn = ++DRAWN;
  let t = TABLES[s.table];
  if (!t && !again) { await loadTables(); t = TABLES[s.table]; }   // made since the list was read (a migration, the console)
  if (!t) {
    clearGrid();
    showError(noTable(s.table));
    return;
  }
  $("title").textContent = t.name;
  const colSelect = $("filter-col");
  const picked = colSelect.value;
  colSelect.replaceChildren();
  for (const c of t.columns) { const o = el("option", c.name); o.value = c.name; colSelect.appendChild(o); }
  if (t.columns.some(c => c.name === picked)) colSelect.value = picked;
  drawFilters(s);
  drawSchema(t);
  $("add").disabled = !META.rowsWritable || !!t.view;
  const p = viewParams(s);
  $("export-csv").href = "api/export?" + p + "&format=csv&download=1";
  $("export-csv-bom").href = "api/export?" + p + "&format=csv&bom=1&download=1";
  $("export-json").href = "api/export?" + p + "&format=json&download=1";
  const rp = viewParams(s);
  if (s.after) rp.set("after", s.after);
  if (s.before) rp.set("before", s.before);
  if (s.at) rp.set("at", s.at);
  const key = countKey(s);
  // On D1 a table's count in the list (counted when it was opened, or by Count all) serves when it is opened again: each count
  // is billed as a read of every row, and going from one table to another and back counted both again.
  const listed = META.remote && !s.where.length && !t.view && typeof t.rows === "number" ? t.rows : null;
  const known = keptCount(key) !== null ? keptCount(key) : listed;
  let page, counted = null;
  try {
    // Over D1 the page brings its count in the same call (one request, not two). Locally, and where it could not, the count is
    // asked apart, after the page: both read on one connection, and the grid waited for the count (half a minute for a table of
    // a 4.1 GB file).
    if (known === null && META.remote) rp.set("count", "1");
    page = await api("GET", "api/rows?" + rp);
    if (typeof page.count === "number") counted = page.count;
  } catch (e) {
    if (drawn !== DRAWN) return;
    clearGrid();
    // The table went, or changed, since the list was read (the server reads its schema again): the list follows.
    if (e.status === 404 || e.status === 409) {
      await loadTables();
      if (!TABLES[s.table]) throw noTable(s.table);
    }
    throw e;
  }
  // Columns added or dropped underneath (a migration while the page is open): read the tables again and show them as they are.
  if (drawn !== DRAWN) return;
  if (!again && JSON.stringify(page.columns) !== JSON.stringify(t.columns.map(c => c.name))) { await loadTables(); return renderTable(s, true); }
  PAGE = page;
  if (typeof page.at === "number") landed(s, page);
  drawGrid(t, s, page);
  document.querySelector("main").scrollTop = 0;
  $("next").disabled = !page.next;
  $("prev").disabled = !page.prev;
  $("first").disabled = !s.after && !s.before && !s.at;
  $("last").disabled = !page.next;
  $("next").onclick = () => go(moved(s, { after: page.next, page: s.page + 1 }));
  $("prev").onclick = () => go(moved(s, { before: page.prev, page: Math.max(1, s.page - 1) }));
  $("first").onclick = () => go(moved(s, { page: 1 }));
  $("last").onclick = () => {
    // with the count known, the last page's offset; else the server counts ("last")
    const n = keptCount(key);
    const at = typeof n === "number" && n > 0 ? String(Math.floor((n - 1) / page.limit) * page.limit) : "last";
    go(moved(s, { at, page: at === "last" ? s.page : Number(at) / page.limit + 1 }));
  };
  $("goto").value = "";
  $("goto").onkeydown = (e) => { if (e.key === "Enter") { e.preventDefault(); $("goto-go").click(); } };
  $("goto-go").onclick = () => {
    const text = $("goto").value.trim();
    if (!/^[0-9]+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
      status("go to page: type a page number from 1 up, not \"" + text + "\"", true);
      $("goto").focus();
      return;
    }
    const n = Number(text);
    go(moved(s, { at: n === 1 ? null : String((n - 1) * page.limit), page: n }));
  };
  // An empty page may be one whose rows were deleted meanwhile: count again then (not where the count already says none).
  // Nor may a kept count be below the rows the page shows (rows added meanwhile): count again then too.
  const shown = (s.page - 1) * page.limit + page.rows.length;
  const stale = counted === null && typeof known === "number" && (page.rows.length === 0 && known !== 0 || shown > known);
  const count = counted !== null ? counted : stale ? null : known;
  drawPageLine(s, page, count);   // "…" until counted: the grid does not wait for it
  const counts = (c) => {
    if (!s.where.length && !t.view && typeof c === "number" && t.rows !== c) { t.rows = c; drawTableList(); }   // the list shows it too (on D1 "…" until now)
    if (drawn === DRAWN) drawPageLine(s, page, c);
  };
  $("count-view").onclick = () => {
    drawPageLine(s, page, null);
    countOf(key, p, true).then(counts).catch(e => { if (drawn === DRAWN) showError(e); });
  };
  if (count !== null) {
    keepCount(key, count);
    counts(count);
  } else {
    countOf(key, p, false).then(counts).catch(e => { if (drawn === DRAWN) showError(e); });
  }
}

/**
 * Where a jump (go to page, Last) landed: the page number from the rows it skipped, kept in the URL in place of what was asked
 * (Last, or a page past the end, which shows the last page and says so).
 */
function landed(s, page) {
  const asked = s.page;
  s.page = Math.floor(page.at / page.limit) + 1;
  s.at = page.at > 0 ? String(page.at) : null;
  history.replaceState(history.state, "", urlOf(s));
  if (typeof page.past === "number") {
    const pages = Math.max(1, Math.ceil(page.count / page.limit));
    status("page " + asked.toLocaleString("en-US") + " is past the end: " + page.count.toLocaleString("en-US") + (page.count === 1 ? " row" : " rows")
        + " make " + pages.toLocaleString("en-US") + (pages === 1 ? " page" : " pages") + "; this is the last");
  }
}

/**
 * "page 3 · rows 101–150 of 2,000" and the export links' cap; the count may be null (being counted: "…") or UNCOUNTED (stopped at
 * the server's budget: "more than" the rows up to this page where there is a next, with a button to count it however long it takes).
 */
function drawPageLine(s, page, count) {
  const from = (s.page - 1) * page.limit + 1;
  const to = from + page.rows.length - 1;
  const counted = typeof count === "number";
  const all = counted ? count.toLocaleString("en-US") : count === null ? "…"
      : page.next ? "more than " + to.toLocaleString("en-US") : !page.prev ? page.rows.length.toLocaleString("en-US") : "…";
  $("page").textContent = page.rows.length === 0 ? (count === 0 ? "no rows" : counted ? "no rows here (" + all + " in all)" : "no rows here")
      : "page " + s.page + " · rows " + from.toLocaleString("en-US") + "–" + to.toLocaleString("en-US") + " of " + all;
  $("page").title = count === null ? "counting the rows…" : counted ? ""
      : "not counted: a count reads every row it counts, and this one took more than a second, so the server stopped it";
  $("count-view").hidden = count !== UNCOUNTED;
  if (page.readOnly) $("page").textContent += " · " + page.readOnly;
  // An export streams, so its own count comes only at the end (trailers the browser does not show): say the cap here.
  const capped = counted && count > EXPORT_CAP;
  for (const [id, label] of [["export-csv", "Export CSV"], ["export-csv-bom", "CSV for Excel"], ["export-json", "Export JSON"]]) {
    $(id).textContent = capped ? label + " (first " + EXPORT_CAP.toLocaleString("en-US") + ")" : label;
    const cap = capped ? "exports hold the first " + EXPORT_CAP.toLocaleString("en-US") + " of " + count.toLocaleString("en-US") + " rows"
        : counted ? "" : "exports hold the first " + EXPORT_CAP.toLocaleString("en-US") + " rows at most";
    $(id).title = [$(id).dataset.why, cap].filter(Boolean).join("; ");   // CSV for Excel: what it is for
  }
}

function drawFilters(s) {
  const box = $("active-filters");
  box.replaceChildren();
  const names = { eq: "=", ne: "≠", lt: "<", gt: ">", contains: "contains", null: "is null", notnull: "is not null" };
  s.where.forEach((f, i) => {
    const chip = el("span", f[0] + " " + (names[f[1]] || f[1]) + (f.length > 2 && f[2] !== null ? " " + f[2] : ""), "chip");
    chip.dataset.filter = String(i);
    const x = el("button", "×");
    x.title = "remove this filter";
    x.onclick = () => go(moved(s, { where: s.where.filter((_, k) => k !== i), page: 1 }));
    chip.appendChild(x);
    box.appendChild(chip);
  });
}

$("filter-value").onkeydown = (e) => { if (e.key === "Enter") $("filter-add").click(); };
$("filter-add").onclick = () => {
  const s = state();
  const op = $("filter-op").value;
  const f = [$("filter-col").value, op];
  if (op !== "null" && op !== "notnull") f.push($("filter-value").value);
  $("filter-value").value = "";
  go(moved(s, { where: s.where.concat([f]), page: 1 }));
};

/** The foreign key a column is part of (one column, or one of a composite key's) and that names its referenced columns. */
function fkOf(t, column) {
  return t.foreignKeys.find(f => f.columns.includes(column) && f.refColumns.length === f.columns.length);
}

// A row is found again by its rowid, or (a WITHOUT ROWID table) by its primary key's values, exactly as the page got them.
function addressOf(row) {
  return row.rowid !== undefined ? { rowid: row.rowid } : { key: row.key };
}

function addressQuery(row) {
  return row.rowid !== undefined ? "rowid=" + encodeURIComponent(row.rowid) : "key=" + encodeURIComponent(JSON.stringify(row.key));
}

/** "row 7", or a WITHOUT ROWID row by its key: "row a" or "row (a, 2)". */
function rowName(row) {
  if (row.rowid !== undefined) return "row " + row.rowid;
  const parts = row.key.map(editText);
  return "row " + (parts.length === 1 ? parts[0] : "(" + parts.join(", ") + ")");
}

function drawGrid(t, s, page) {
  const grid = $("grid");
  grid.replaceChildren();
  EDITOR = null;   // an editor open in the grid is gone with it
  const head = grid.insertRow();
  head.appendChild(el("th", ""));
  const cols = {};
  for (const c of t.columns) cols[c.name] = c;
  for (const name of page.columns) {
    const th = el("th");
    th.dataset.col = name;
    const b = el("button", name, "sort");
    const sorted = s.sort === name;
    if (sorted) b.textContent = name + (s.dir === "asc" ? " ▲" : " ▼");
    b.title = "sort by " + name;
    b.onclick = () => go(moved(s, { sort: name, dir: sorted && s.dir === "asc" ? "desc" : "asc", page: 1 }));
    th.appendChild(b);
    th.appendChild(el("span", (cols[name] && cols[name].type) || "", "type"));
    head.appendChild(th);
  }
  // Rows without a key (a view) come read-only: no refs, no edits, no delete.
  const writable = META.rowsWritable && !page.readOnly;
  // The rows are built apart and put in at once, and a cell gets no handlers of its own (the grid's, below, find its row and
  // column): 6,000 cells of a 120-column page took 0.5-1.8 s to draw, each with three closures and inserted one by one.
  const body = document.createElement("tbody");
  for (const r of page.rows) {
    const tr = body.insertRow();
    const actions = tr.insertCell();
    actions.className = "actions";
    if (r.rowid !== undefined || r.key) {
      if (r.rowid !== undefined) tr.dataset.rowid = r.rowid;
      else tr.dataset.key = JSON.stringify(r.key);
      if (t.referencedBy && t.referencedBy.length) {   // no foreign key points here: "refs" could only ever say so
        const refs = el("button", "refs", "refs");
        refs.title = "rows that reference this row";
        refs.onclick = () => showRefs(t, r).catch(showError);
        actions.appendChild(refs);
      }
    }
    if (writable) {
      const del = el("button", "delete", "delete");
      del.onclick = () => afterEditor(() => confirmDelete(t, rowNow(r))).catch(showError);
      actions.appendChild(del);
    }
    r.values.forEach((v, i) => {
      const name = page.columns[i];
      const col = cols[name];
      const td = tr.insertCell();
      drawCell(td, t, page, r, name, v, col);
      // By keyboard too: Tab reaches the cell, Enter (or F2) opens its editor, Escape or Enter closes it back onto the cell.
      if (writable && !(col && col.generated)) td.tabIndex = 0;
    });
  }
  grid.appendChild(body);
  GRID = { t, page, cols };
}

// The page the grid shows ({t, page, cols}), for the grid's handlers to find a cell's row, column and value.
let GRID = null;

/** The value of a grid cell and its links; again when its editor closes unsaved (drawn as the bare value, its ⤓ and → were gone). */
function drawCell(td, t, page, r, name, v, col) {
  drawValue(td, v, col);
  td.dataset.col = name;
  cellLinks(td, t, page, r, name, v);
}

/** An editable grid cell (tabIndex 0: its column is not generated, the rows are writable) holding a node, else null. */
function editableCell(node) {
  const td = node && node.closest ? node.closest("#grid td[data-col]") : null;
  return td && td.tabIndex === 0 && GRID ? td : null;
}

/** Opens the editor of an editable grid cell: its row and column found by where it stands in the grid. */
function openCell(td) {
  const { t, page, cols } = GRID;
  const r = page.rows[td.parentElement.sectionRowIndex];
  const i = td.cellIndex - 1;   // after the row's actions
  const name = page.columns[i];
  const v = r.values[i];
  edit(td, t, r, name, v, cols[name], () => drawCell(td, t, page, r, name, v, cols[name]));
}

// The cell or its text's ↵, not its link, its JSON's summary (which opens and closes the JSON) or the editor in it; the JSON
// shown whole is: a JSON cell opened its editor from its padding alone, every click on it toggling the JSON
$("grid").addEventListener("click", (e) => {
  const td = editableCell(e.target);
  if (td && (e.target === td || e.target.classList.contains("break") || e.target.matches("details > pre"))) openCell(td);
});
// a double-click anywhere in it, as in a spreadsheet (its → link goes to the referenced row instead, its ⤓ downloads)
$("grid").addEventListener("dblclick", (e) => {
  const td = editableCell(e.target);
  if (td && !e.target.closest("a.fk, a.download, input, textarea, button")) openCell(td);
});
$("grid").addEventListener("keydown", (e) => {
  const td = editableCell(e.target);
  if (td && e.target === td && (e.key === "Enter" || e.key === "F2")) { e.preventDefault(); openCell(td); }
});

/**
 * A grid cell's links beside its value: a blob's ⤓ (its bytes as a file), a foreign key's → (the referenced row). Drawn with
 * the grid, and again over the value when the cell's editor closes without a save.
 */
function cellLinks(td, t, page, r, name, v) {
  if (v && v.t === "b" && (r.rowid !== undefined || r.key)) {   // a blob's bytes as a file (an image, a PDF): the grid shows its start
    const a = el("a", null, "download");   // its ⤓ is the stylesheet's: the cell's text stays the value's
    a.setAttribute("aria-label", "download");
    a.href = "api/cell?table=" + encodeURIComponent(t.name) + "&" + addressQuery(r) + "&column=" + encodeURIComponent(name);
    a.setAttribute("download", "");
    a.title = "download its " + v.n.toLocaleString("en-US") + " bytes as a file";
    a.onclick = (e) => {   // a download, not the cell's editor; made by the page, so a refusal is said in the status line
      e.stopPropagation();
      e.preventDefault();
      if (e.detail > 1) return;   // a double-click's second click: it downloaded the blob twice
      downloadCell(a.getAttribute("href"), v.n).catch(e => status("The download failed: " + e.message, true));
    };
    td.prepend(a);
  }
  const fk = fkOf(t, name);
  // The referenced row: every column of the key filtered by this row's values (a key with a NULL references nothing).
  const key = fk ? fk.columns.map(c => r.values[page.columns.indexOf(c)]) : [];
  if (fk && !key.includes(null) && !key.includes(undefined) && !key.some(k => k.truncated)) {
    const a = el("a", "→", "fk");
    const target = { table: fk.refTable, where: fk.refColumns.map((c, k) => [c, "eq", editText(key[k])]), page: 1 };
    a.href = urlOf(target);
    a.title = "open the referenced row in " + fk.refTable;
    a.onclick = (e) => { e.preventDefault(); e.stopPropagation(); go(target); };
    td.prepend(a);   // first and floated right: a long value (a blob's hex) cut off by the cell's width does not hide it
  }
}

// The one cell editor open in the grid, or null: { leave() } saves it as Enter does (unchanged: closes it) and resolves true once
// it is gone, false where it stays open (the value was refused, or a dialog asks first). Opening another cell, another page,
// table or filter leaves it first, like a spreadsheet; Escape cancels. Two editors could be open at once, and the first one's
// typing was lost unseen.
let EDITOR = null;

// A write sends the row's version and values as loaded: its guard is the row as shown (no read of it first; on D1 a call saved),
// so the server refuses it if the row changed or another took its rowid (or key) since.
function edit(td, t, row, column, value, col, draw) {
  if (td.querySelector("input, textarea")) return;
  if (EDITOR) {
    // The open editor is saved first; the grid is then drawn again, so this cell is found anew (by its row's key and column).
    EDITOR.leave().then(left => { if (left) editCell(row, column); }).catch(showError);
    return;
  }
  if (value && value.truncated) {
    status("this " + (value.t === "b" ? "blob" : "text") + " is too large to edit here (" + value.n.toLocaleString("en-US")
        + (value.t === "b" ? " bytes" : " characters") + "); change it in the SQL console", true);
    return;
  }
  const stored = blobText(value, col);   // a blob json or bigint as its text, which is written back as bytes
  const original = stored !== null ? stored : editText(value);
  // A text with line breaks is edited in a textarea (Shift+Enter: a new line): an input drops them from its value, so Enter on
  // such a cell, changed or not, wrote the text back without them. A textarea's value has LF for CRLF and for a lone CR: the
  // text's one kind of break is put back below. Where it has two kinds (CRLF beside LF, or a lone CR), no editor can keep them:
  // an edit of one character made every break LF.
  const breaks = new Set(original.match(/\r\n|\r|\n/g) || []);
  if (breaks.size > 1) {
    status("this text has line breaks of two kinds (" + [...breaks].map(b => b === "\r\n" ? "CRLF" : b === "\r" ? "CR" : "LF").join(", ")
        + "), which the editor would make all LF; change it in the SQL console", true);
    return;
  }
  const eol = breaks.size === 1 ? [...breaks][0] : "\n";
  const lines = breaks.size === 1;
  const input = el(lines ? "textarea" : "input", null, "cell");
  if (lines) input.rows = Math.min(8, original.split(/\r\n|\r|\n/).length);
  input.value = original;
  const shown = input.value;   // the original as the editor holds it
  if (value === null) input.placeholder = "NULL";
  let typed = false;
  input.oninput = () => { typed = true; };
  // What is typed is always a value (the text NULL too); NULL itself is the button beside it.
  input.title = "Enter saves" + (lines ? ", Shift+Enter starts a new line" : "") + ", Escape cancels; the NULL button stores NULL"
      + (col && col.affinity === "BLOB" ? "; bytes as x'00ff'" : "");
  const setNull = el("button", "NULL", "cell-null");
  setNull.type = "button";
  setNull.title = "store NULL in " + column;
  td.replaceChildren(input);
  if (!(col && col.notNull)) td.appendChild(setNull);
  input.focus();
  input.select();
  let saving = null;   // the save under way: a second Enter, or another cell opened meanwhile, waits for it
  const commit = (v) => saving || (saving = save(v).finally(() => { saving = null; }));
  // Saves v; true once saved (the grid is drawn again, without this editor), false where the editor stays open.
  const save = async (v) => {
    const values = {};
    values[column] = v;
    const put = async (confirm) => {
      const r = await api("PUT", "api/rows?table=" + encodeURIComponent(t.name), Object.assign(addressOf(row), { version: row.version, shown: row.values, values, confirm }));
      status("Saved " + column + ": " + r.ok, false, r.sql);
      // Undo writes the old value back, as an edit of the row as it is now; not where triggers or cascades changed other rows
      // (writing it back would not undo those) or the change needed confirming
      if (!confirm && !(r.counts || []).length) offerUndo(t, row, column, value, r.wrote);
      // The page again, not the table list (which counts every table's rows: on D1 six requests and a read of the whole
      // database for each edit): the answer has the counts of the tables the edit's triggers and cascades reached. Under
      // filters the row may have left them: count again.
      applyCounts(r);
      forgetCounts(t.name);
      await render();
      focusCell(row, column);   // the grid was drawn again: the keyboard goes on from the same cell
    };
    try {
      await put(false);
      return true;
    } catch (err) {
      if (err.body && err.body.needsConfirmation) {
        dialog("Change " + column + " of " + rowName(row) + " of " + t.name + "?", "Save", (body) => {
          // a key other rows reference, or (ON CONFLICT REPLACE) a value another row holds, which saving deletes
          body.appendChild(el("p", err.body.reason ? err.body.reason + ":" : "Other rows reference this key:"));
          body.appendChild(effectList(err.body.effects));
          body.appendChild(el("pre", err.body.sql.join(";\n") + ";"));
        }, () => put(true));
        return false;
      }
      input.classList.add("invalid");
      status(err.message, true);
      input.focus();
      return false;
    }
  };
  const close = () => { if (EDITOR === editor) EDITOR = null; draw(); td.focus(); };
  // What Enter saves: null when nothing changed (a blob stays a blob; a NULL cell stays NULL unless something was typed).
  const typedValue = () => {
    if (input.value === shown && (value !== null || !typed)) return null;
    // Line breaks as the text had them: CRLF where it had CRLF, CR where it had CR (the textarea made them LF).
    const text = eol !== "\n" ? input.value.replace(/\n/g, eol) : input.value;
    return { input: text };
  };
  const editor = {
    changed: () => typedValue() !== null,
    leave: () => {
      if (saving) return saving;
      const v = typedValue();
      if (v === null) { close(); return Promise.resolve(true); }
      return commit(v);
    },
  };
  EDITOR = editor;
  setNull.onclick = () => { if (value === null) { close(); return; } commit(null); };
  input.onkeydown = async (e) => {
    e.stopPropagation();   // the cell's own Enter opens the editor
    if (e.key === "Escape") { if (!saving) close(); return; }
    if (e.key !== "Enter" || e.shiftKey) return;
    e.preventDefault();
    await editor.leave();
  };
}

/**
 * Runs what draws the grid again (a delete, Add row, Undo) once the open cell editor is left, saved as Enter does (refused, it
 * stays open with the reason and nothing runs): the grid drawn again dropped what was typed in it, unsaved and unsaid.
 */
function afterEditor(then) {
  if (!EDITOR) return Promise.resolve(then());
  return EDITOR.leave().then(left => left ? then() : undefined);
}

/** The row as the grid has it now (an edit saved just before draws it again with its new version), else as it was. */
function rowNow(row) {
  const address = JSON.stringify(addressOf(row));
  return (PAGE && PAGE.rows.find(r => JSON.stringify(addressOf(r)) === address)) || row;
}

/** Opens the editor of a row's cell in the grid as drawn now (the row found by its rowid or key; nothing if it is gone). */
function editCell(row, column) {
  const td = cellOf(row, column);
  if (td) openCell(td);
}

/** Puts the focus on a row's cell in the grid as drawn now (the row found by its rowid or key; nothing if it is gone). */
function focusCell(row, column) {
  const td = cellOf(row, column);
  if (td) td.focus();
}

/** A row's editable cell in the grid as drawn now, or null. */
function cellOf(row, column) {
  const address = row.rowid !== undefined ? row.rowid : JSON.stringify(row.key);
  for (const tr of $("grid").rows) {
    if ((row.rowid !== undefined ? tr.dataset.rowid : tr.dataset.key) !== address) continue;
    for (const td of tr.cells) if (td.dataset.col === column && td.tabIndex === 0) return td;
  }
  return null;
}

/** The rows a write reaches in other tables, one line per table. */
function effectList(effects) {
  const ul = el("ul", null, "effects");
  for (const e of effects) {
    const rows = e.count + (e.count === 1 ? " row" : " rows") + " of " + e.table;
    const what = e.kind === "deleted" ? "deletes " + rows
        : e.kind === "updated" ? "updates the key of " + rows
        : e.kind === "nulled" ? "sets the key of " + rows + " to NULL"
        : e.kind === "defaulted" ? "sets the key of " + rows + " to its default"
        : "is blocked by " + rows + " that reference it";
    const li = el("li", what, e.kind);
    li.dataset.table = e.table;
    li.dataset.kind = e.kind;
    ul.appendChild(li);
  }
  return ul;
}

/**
 * A row write's answer has the row counts it may have changed (its table's, and those of the tables its triggers and foreign-key
 * actions reach), counted again ({rows}), or, where the database said the write changed its own row and nothing else, how its
 * table's count moved ({change}: +1, -1; nothing was counted): the list and the view's count take them, and no other table is
 * counted.
 */
function applyCounts(r) {
  const s = state();
  for (const c of r.counts || []) {
    const t = TABLES[c.table];
    const counted = typeof c.rows === "number";
    if (t && !t.view) t.rows = counted ? c.rows : typeof t.rows === "number" ? t.rows + c.change : t.rows;
    // the table's filtered views may have gained or lost rows; its own count is the one the list now has
    forgetCounts(c.table);
    const all = countKey({ table: c.table, where: [] });
    const known = keptCount(all);
    const count = counted ? c.rows : typeof known === "number" ? known + c.change : null;
    if (count === null) COUNTS.delete(all); else keepCount(all, count);
  }
  drawTableList();
}

// ---- schema panel ----

function drawSchema(t) {
  const box = $("schema");
  box.replaceChildren();
  box.appendChild(el("h4", "Columns"));
  const ct = el("table");
  const h = ct.insertRow();
  for (const n of ["column", "type", "not null", "default", "key", "mode", "generated"]) h.appendChild(el("th", n));
  for (const c of t.columns) {
    const r = ct.insertRow();
    for (const v of [c.name, c.type, c.notNull ? "NOT NULL" : "", c.default || "", c.primaryKey ? (c.autoincrement ? "PK autoincrement" : "PK") : "",
                     c.mode || "", c.generated || ""]) r.insertCell().textContent = v;
  }
  box.appendChild(ct);
  const list = (title, items, text) => {
    if (!items.length) return;
    box.appendChild(el("h4", title));
    const ul = el("ul");
    for (const i of items) ul.appendChild(el("li", text(i)));
    box.appendChild(ul);
  };
  list("Indexes", t.indexes, i => (i.unique ? "UNIQUE " : "") + i.name + " (" + i.keys.join(", ") + ")" + (i.where ? " WHERE " + i.where : ""));
  list("Foreign keys", t.foreignKeys, f => "(" + f.columns.join(", ") + ") → " + f.refTable + " (" + f.refColumns.join(", ") + ") on delete " + f.onDelete + ", on update " + f.onUpdate);
  list("Checks", t.checks, c => c.name + ": " + c.expression);
  list("Referenced by", t.referencedBy, f => f.table + " (" + f.columns.join(", ") + ") on delete " + f.onDelete);
}

$("toggle-schema").onclick = () => { $("schema").hidden = !$("schema").hidden; };

// ---- relations ----

async function showRefs(t, row) {
  const r = await api("GET", "api/refs?table=" + encodeURIComponent(t.name) + "&" + addressQuery(row) + madeQuery(t, row));
  const box = $("refs");
  box.replaceChildren(el("h4", "Rows that reference " + rowName(row) + " of " + t.name));
  if (!r.references.length) box.appendChild(el("p", "No table references " + t.name + ".", "hint"));
  const ul = el("ul");
  for (const f of r.references) {
    const li = el("li");
    li.dataset.child = f.table;
    // The key as the editor spells it (bytes as x'…', which a filter on a blob column reads as bytes; hex alone is text).
    const label = f.table + " (" + f.columns.join(", ") + "): " + f.count + (f.count === 1 ? " row" : " rows");
    if (f.values.includes(null)) {   // = NULL matches nothing: a link to "is null" would list rows that reference no row at all
      li.appendChild(el("span", label + " (a NULL key references nothing)"));
      ul.appendChild(li);
      continue;
    }
    const where = f.columns.map((c, i) => [c, "eq", editText(f.values[i])]);
    const a = el("a", label);
    const target = { table: f.table, where, page: 1 };
    a.href = urlOf(target);
    a.onclick = (e) => { e.preventDefault(); go(target); };
    li.appendChild(a);
    ul.appendChild(li);
  }
  box.appendChild(ul);
  box.hidden = false;
}

// ---- dialogs: delete preview, add row ----

function dialog(title, okText, build, onOk) {
  $("dialog-title").textContent = title;
  const body = $("dialog-body");
  body.replaceChildren();
  build(body);
  $("dialog-error").textContent = "";
  $("dialog-ok").textContent = okText;
  $("dialog-ok").disabled = false;
  $("dialog").hidden = false;
  // The keyboard starts in the dialog: its first field, else Cancel (Enter then does not delete); Escape cancels.
  const first = body.querySelector("input, select, textarea");
  (first || $("dialog-cancel")).focus();
  $("dialog-ok").onclick = async () => {
    $("dialog-ok").disabled = true;
    try { await onOk(); $("dialog").hidden = true; } catch (e) { $("dialog-error").textContent = e.message; $("dialog-ok").disabled = false; }
  };
}
$("dialog-cancel").onclick = () => { $("dialog").hidden = true; };
document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("dialog").hidden) $("dialog-cancel").click(); });

async function confirmDelete(t, row) {
  const p = await api("GET", "api/delete-preview?table=" + encodeURIComponent(t.name) + "&" + addressQuery(row)
      + "&version=" + encodeURIComponent(row.version) + madeQuery(t, row));
  dialog("Delete " + rowName(row) + " of " + t.name + "?", "Delete", (body) => {
    const shown = el("table", null, "row-preview");
    const cols = {};
    for (const c of t.columns) cols[c.name] = c;
    p.row.columns.forEach((name, i) => {
      const tr = shown.insertRow();
      tr.appendChild(el("th", name));
      const td = tr.insertCell();
      drawValue(td, p.row.values[i], cols[name]);
      td.dataset.col = name;
    });
    body.appendChild(shown);
    body.appendChild(el("p", p.effects.length > 1 ? "This delete cascades:" : "This delete:"));
    body.appendChild(effectList(p.effects));
    if (p.depthLimited) body.appendChild(el("p", "The cascade goes deeper than shown; counts are a lower bound.", "hint"));
    // triggers run too, and their rows are not in the counts above (a trigger that deletes a row's items took them unannounced)
    if ((p.triggerTables || []).length) {
      body.appendChild(el("p", "Triggers it fires run too, and may change rows of " + p.triggerTables.join(", ")
          + " (not counted above).", "error"));
    }
    if (p.blocked) body.appendChild(el("p", "The database will refuse it while those rows exist.", "error"));
    body.appendChild(el("pre", p.sql.join(";\n") + ";"));
  }, async () => {
    // The effects the user confirmed go with it: a delete that would now take more (or other) rows than they list takes none
    const r = await api("DELETE", "api/rows?table=" + encodeURIComponent(t.name), Object.assign(addressOf(row), { version: row.version, shown: row.values,
        effects: p.effects }));
    status(r.ok, false, r.sql);
    $("refs").hidden = true;
    applyCounts(r);
    await render();
  });
}

$("add").onclick = () => afterEditor(addRow).catch(showError);

function addRow() {
  const t = TABLES[state().table];
  const fields = [];
  dialog("Add a row to " + t.name, "Insert", (body) => {
    for (const c of t.columns) {
      if (c.generated) continue;
      const row = el("div", null, "form-row");
      row.dataset.col = c.name;
      const label = el("label", c.name + " ");
      label.appendChild(el("span", c.type + (c.mode ? " · " + c.mode : ""), "hint"));
      const required = c.notNull && c.default === undefined && !c.rowidAlias;
      if (required) label.appendChild(el("span", " required", "required"));
      const how = el("select");
      for (const [v, text] of [["value", "value"], ["null", "NULL"], ["default", "default"], ["empty", "empty text"]]) {
        if (v === "null" && c.notNull) continue;
        if (v === "default" && required) continue;
        if (v === "empty" && !(required && c.affinity === "TEXT")) continue;   // a required text left blank is refused: this stores 
        const o = el("option", text); o.value = v; how.appendChild(o);
      }
      how.value = c.default !== undefined || c.rowidAlias ? "default" : (c.notNull ? "value" : "null");
      const input = el("input");
      input.placeholder = c.default !== undefined ? "default: " + c.default : c.rowidAlias ? "automatic rowid" : c.mode === "boolean" ? "true / false"
          : (c.mode === "timestamp" || c.mode === "timestamp_ms") ? "2024-05-01T12:00:00Z or a number" : c.affinity === "BLOB" ? "x'00ff'" : c.type;
      input.oninput = () => { how.value = "value"; };
      row.append(label, how, input);
      body.appendChild(row);
      fields.push({ c, how, input, required });
    }
  }, async () => {
    // A required column left blank is said at its field: a text one was inserted as '' (NOT NULL holds), unseen
    const blank = fields.filter(f => f.required && f.how.value === "value" && f.input.value === "");
    for (const f of fields) f.input.classList.toggle("invalid", blank.includes(f));
    if (blank.length) {
      blank[0].input.focus();
      throw new Error(blank.map(f => f.c.name).join(", ") + (blank.length === 1 ? " is" : " are") + " required (NOT NULL without a default):"
          + " type a value" + (blank.some(f => f.c.affinity === "TEXT") ? ", or pick \"empty text\" to store ''" : "") + "; nothing was inserted");
    }
    const values = {};
    for (const f of fields) {
      if (f.how.value === "null") values[f.c.name] = null;
      else if (f.how.value === "value") values[f.c.name] = { input: f.input.value };
      else if (f.how.value === "empty") values[f.c.name] = { input: "" };
    }
    const r = await api("POST", "api/rows?table=" + encodeURIComponent(t.name), { values });
    status(r.ok, false, r.sql);
    applyCounts(r);
    await render();
  });
}

// ---- console ----

async function renderConsole(s) {
  $("console-mode").textContent = META.consoleWritable ? "writes enabled: statements run in one transaction"
      : "read-only (start with -Ddb.studio.write to change data)";
  if (s.sql !== null && $("sql").value === "") $("sql").value = s.sql;
  updateConsoleExports();
}

function updateConsoleExports() {
  const q = encodeURIComponent($("sql").value);
  $("console-csv").href = "api/sql/export?sql=" + q + "&format=csv&download=1";
  $("console-csv-bom").href = "api/sql/export?sql=" + q + "&format=csv&bom=1&download=1";
  $("console-json").href = "api/sql/export?sql=" + q + "&format=json&download=1";
}
$("sql").oninput = updateConsoleExports;
// The table view's exports, handed over and watched as the console's are; once for a double-click (its second click made a second file)
for (const id of ["export-csv", "export-csv-bom", "export-json"]) {
  $(id).addEventListener("click", (e) => { e.preventDefault(); if (e.detail < 2) handOver(e.currentTarget.getAttribute("href")); });
}
// Chromium follows no URL past 2 MB (the link's click did nothing at all): such a query is sent to the studio first, which
// holds it, and the export goes by its digest
const LONGEST_URL = 2 * 1024 * 1024;
for (const id of ["console-csv", "console-csv-bom", "console-json"]) {
  $(id).addEventListener("click", async (e) => {
    const link = e.currentTarget;
    e.preventDefault();
    if (e.detail > 1) return;   // a double-click's second click: a second file
    if (link.href.length < LONGEST_URL - 1024) { handOver(link.getAttribute("href")); return; }
    try {
      const r = await api("POST", "api/sql/export", { sql: $("sql").value });
      handOver(link.getAttribute("href").replace(/^api\/sql\/export\?sql=[^&]*/, "api/sql/export?held=" + r.held));
    } catch (err) {
      $("console-status").className = "error";
      $("console-status").textContent = err.message;
    }
  });
}
// Ctrl+Enter (Cmd+Enter on a Mac) runs, as in most SQL consoles (Enter alone starts a line): the hand left the keyboard for Run
$("sql").onkeydown = (e) => {
  if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey)) return;
  e.preventDefault();
  if (!$("run").disabled) $("run").click();
};

$("run").onclick = async () => {
  const sql = $("sql").value;
  // A query whose URL is past Chromium's longest is not kept in it: the browser keeps no such URL (a reload showed an empty console),
  // and one of 3 MB cost its processes 0.9 s of CPU at the Run and 1.3 s at the next click (0.45 and 0.55 s without)
  const url = urlOf({ view: "sql", sql });
  history.replaceState({ at: AT }, "", url.length < LONGEST_URL - 1024 ? url : urlOf({ view: "sql" }));
  const out = $("result");
  out.replaceChildren();
  $("console-sql").hidden = true;
  $("console-status").className = "";
  $("console-status").textContent = "running…";   // a long query is stopped by the studio after its time limit, with the reason
  $("run").disabled = true;
  $("stop-sql").hidden = META.remote;   // D1 stops its own queries at 30 s; the studio cannot stop one sooner
  $("stop-sql").disabled = false;
  const run = CONSOLE_RUN = Math.random().toString(36).slice(2) + Date.now().toString(36);   // its Stop stops this run alone
  try {
    const r = await api("POST", "api/sql", { sql, run });
    const rowCount = () => r.rows.length + (r.rows.length === 1 ? " row" : " rows") + (r.truncated ? " (first " + r.rows.length + " shown)" : "");
    if (r.rows) {   // a query's rows, or what a write's RETURNING gave
      const h = out.insertRow();
      for (const c of r.columns) h.appendChild(el("th", c));
      for (const row of r.rows) {
        const tr = out.insertRow();
        row.forEach(v => drawValue(tr.insertCell(), v, null));
      }
    }
    if (r.kind === "rows") {
      $("console-status").className = "";
      $("console-status").textContent = rowCount();
    } else {
      const parts = [r.ok];
      if (typeof r.rowsChanged === "number") parts.push(r.rowsChanged + " row(s) changed");
      for (const c of r.tables) {
        parts.push(c.change === "created" ? "created " + c.table : c.change === "dropped" ? "dropped " + c.table
            : c.table + ": " + c.before + " → " + c.rows + " rows");
      }
      if (r.rows) parts.push("returned " + rowCount());
      $("console-status").className = "";
      $("console-status").textContent = parts.join("; ");
      $("console-sql").textContent = r.sql.join(";\n") + ";";
      $("console-sql").hidden = false;
      if (r.schemaChanged) {
        const was = TABLES;
        await loadTables(r.list);
        // Over D1 the list counts no table: those the script did not touch keep the counts known before, its own come in (the
        // new list showed "…" for every table, the ones just counted too)
        for (const t of Object.values(TABLES)) {
          const w = was[t.name];
          if (!t.view && typeof t.rows !== "number" && w && !w.view && typeof w.rows === "number") t.rows = w.rows;
        }
        applyCounts({ counts: r.tables.filter(c => c.change !== "dropped").map(c => ({ table: c.table, rows: c.rows })) });
      } else {   // rows alone: the counts that changed are in the answer, the list is not read again (every table counted)
        applyCounts({ counts: r.tables.filter(c => c.change === "rows").map(c => ({ table: c.table, rows: c.rows })) });
        forgetCounts();
      }
    }
  } catch (e) {
    $("console-status").className = "error";
    $("console-status").textContent = e.message;
  } finally {
    $("run").disabled = false;
    $("stop-sql").hidden = true;
  }
};

// Stop: the studio interrupts the running query or script (its answer, above, then says so)
let CONSOLE_RUN = null;
$("stop-sql").onclick = async () => {
  $("stop-sql").disabled = true;
  try {
    const r = await api("POST", "api/sql/stop", { run: CONSOLE_RUN });
    if (!r.stopped && !$("run").disabled) return;   // it had ended
    if (!r.stopped) {   // it had not started: another tab's query (or script) holds the console
      $("console-status").textContent = "running… (waiting for a query or script of another tab to end; stop it there)";
      $("stop-sql").disabled = false;
    }
  } catch (e) { /* the query's own answer says what happened */ }
};

$("open-console").onclick = () => go({ view: "sql" });

// ---- page ----

function status(text, isError, sql) {
  const s = $("status");
  s.textContent = text;
  s.className = isError ? "error" : "";
  $("home-status").textContent = text;   // the home page's line: cleared with the table view's, as the page moves on
  $("home-status").className = s.className;
  const pre = $("sql-ran");
  if (sql && sql.length) { pre.textContent = "ran: " + sql.join(";\n") + ";"; pre.hidden = false; } else { pre.hidden = true; }
}

/**
 * An "Undo" beside the status of an edit: it writes the cell's old value back (exactly as the page had it), guarded as any edit
 * by the row as the page now shows it, and by the values the edit wrote ({@code wrote}, from its answer: as SQLite stored them,
 * so 5.0 typed into a NUMERIC column is the 5 the row holds, not a change by someone else): the page drawn again
 * after the edit may have read someone else's change, which the Undo then overwrote. A row changed by someone else since the edit
 * is refused, not overwritten. Gone with the status.
 */
function offerUndo(t, row, column, before, wrote) {
  // the page the edit was made on (drawn again after it); another table's, or none, where one was opened while the edit ran
  const columns = PAGE && PAGE.table === t.name ? PAGE.columns : t.columns.map(c => c.name);
  const undo = el("button", "Undo", "undo");
  undo.type = "button";
  undo.id = "undo";
  undo.title = "write the old value of " + column + " back";
  undo.onclick = () => afterEditor(undoIt).catch(showError);
  const undoIt = async () => {
    const address = JSON.stringify(addressOf(row));
    let now = PAGE && PAGE.table === t.name ? PAGE.rows.find(r => JSON.stringify(addressOf(r)) === address) : null;
    const values = {};
    values[column] = before;
    try {
      // The edit moved the row off this page (its sorted column, a filter it no longer meets): it is read by its rowid or key
      // (one request; on D1 one call), as a page shows it (it said to change the value back by hand)
      if (!now) {
        const read = await api("GET", "api/rows?table=" + encodeURIComponent(t.name) + "&" + addressQuery(row));
        now = read.rows[0];
      }
      if (!now) {
        status(rowName(row) + " of " + t.name + " is not in the table any more (deleted since?): nothing was written", true);
        return;
      }
      // The row at that rowid must be the one edited (a migration's table rebuild, or a VACUUM, gives the rows of a table without an
      // INTEGER PRIMARY KEY new rowids): the server checks it against the row as the edit found it ("made"), and refuses, saying why
      const r = await api("PUT", "api/rows?table=" + encodeURIComponent(t.name), Object.assign(addressOf(now), { version: now.version, shown: now.values, values,
          edited: wrote, made: madeOf(columns, row) }));
      status("Undone: " + r.ok, false, r.sql);
      applyCounts(r);
      forgetCounts(t.name);
      await render();
    } catch (e) {
      showError(e);
    }
  };
  $("status").appendChild(document.createTextNode(" "));
  $("status").appendChild(undo);
}

/**
 * A row as the page has it, by column name ({"id": {"t": "s", "v": "t-b"}, …}), for the server to tell it is still the row at its
 * rowid (api/refs, api/delete-preview, an Undo's "made"). In a URL ({@code cut}) a value over 256 characters goes as its start and
 * length, as the page's own long values do.
 */
function madeOf(columns, row, cut) {
  const made = {};
  columns.forEach((c, i) => {
    const v = row.values[i];
    if (!cut || v === null || v.v.length <= 256) { made[c] = v; return; }
    const n = v.truncated ? v.n : v.t === "b" ? v.n : [...v.v].length;
    made[c] = { t: v.t, n, v: v.t === "b" ? v.v.slice(0, 256) : [...v.v].slice(0, 256).join(""), truncated: true };
  });
  return made;
}

/** The query part that names the row the page shows to api/refs and api/delete-preview (madeOf). */
function madeQuery(t, row) {
  const columns = PAGE && PAGE.table === t.name ? PAGE.columns : t.columns.map(c => c.name);
  return "&made=" + encodeURIComponent(JSON.stringify(madeOf(columns, row, true)));
}

/** Blobs up to this size are fetched into the page, then saved; larger ones the browser downloads itself, streamed to disk. */
let BLOB_IN_PAGE_MAX = 16 * 1024 * 1024;

/**
 * A blob cell's download. A plain link said a refusal (the row deleted or changed since the page was drawn, the studio's
 * temporary folder full) only as "Failed" in the browser's download bar. Up to BLOB_IN_PAGE_MAX the bytes are fetched here, so
 * every refusal is the studio's own words, then saved from memory under the name the studio gives; a larger blob is not held in
 * the page: the cell is checked first (api/cell?...&check: the row, the blob, no bytes read), then the browser downloads it,
 * watched (handOver), so a refusal while its bytes are read is said too.
 */
async function downloadCell(url, size) {
  if (size > BLOB_IN_PAGE_MAX) {
    await api("GET", url + "&check=");
    handOver(url);
    return;
  }
  const res = await answered(url);
  if (!res.ok) await jsonOf(res);   // throws the refusal, in the studio's words
  const blob = await res.blob();
  const cd = res.headers.get("Content-Disposition") || "";
  const utf8 = /filename\*=UTF-8''([^;]+)/.exec(cd);
  const ascii = /filename="([^"]*)"/.exec(cd);
  const href = URL.createObjectURL(blob);
  saveAs(href, utf8 ? decodeURIComponent(utf8[1]) : ascii ? ascii[1] : "");
  setTimeout(() => URL.revokeObjectURL(href), 60000);   // the browser has taken the bytes by then
}

/** Has the browser download href, by a link made for it and gone at once, saved as name ("": as the answer names it). */
function saveAs(href, name) {
  const a = el("a");
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * Hands a download to the browser (a blob too large to fetch into the page, an export: streamed to disk with its progress) and
 * watches it at the studio (api/download?watch=): a refusal there, before its first byte (the row changed while its bytes were
 * read, D1 failing) or midway (an export cut after some rows), showed only as "Failed" in the browser's download bar; it is said
 * where the page says things, in the studio's words.
 */
function handOver(href) {
  const id = Math.random().toString(36).slice(2) + Date.now().toString(36);
  saveAs(href + "&watch=" + id, "");   // the studio's name for it (Content-Disposition)
  watchDownload(id, Date.now());
}

/**
 * Asks the studio how the download went until it is sent, cancelled or failed (said then); a request that never came is given up
 * after a minute.
 */
async function watchDownload(id, since) {
  let o;
  try {
    o = await api("GET", "api/download?watch=" + id);
  } catch (e) {
    notice("The download failed: " + e.message);
    return;
  }
  if (o.state === "failed") { notice("The download failed: " + o.error); return; }
  // sent whole, or cancelled in the browser (its download bar says so; it was said here as a failure): nothing to say
  if (o.state === "sent" || o.state === "cancelled" || o.state === "unknown" && Date.now() - since > 60000) return;
  setTimeout(() => watchDownload(id, since), o.state === "running" ? 1000 : 250);
}

function showError(e) {
  status(e.message, true);
}

/**
 * A reason said where it is seen: the table view's line, else the console's or the home page's (the table view's line is hidden
 * there, and a broken view or Count all clicked on them said nothing).
 */
function notice(text) {
  if (!$("console-view").hidden) { $("console-status").className = "error"; $("console-status").textContent = text; return; }
  status(text, true);
}

async function render() {
  if (!META) await loadTables();
  const s = state();
  DRAWN++;   // a table's answer still coming is not drawn over the console or the home page
  drawTableList();
  $("table-view").hidden = !hasTable(s) || s.view === "sql";
  $("console-view").hidden = s.view !== "sql";
  $("home-view").hidden = hasTable(s) || s.view === "sql";
  if (s.view === "sql") return renderConsole(s);
  if (hasTable(s)) {
    $("refs").hidden = true;
    return renderTable(s);
  }
}

$("search").oninput = drawTableList;
// Each history entry knows its place ({at}), so Back or Forward with a cell editor open can return to the editor's page, leave
// the editor as another page does (saved as Enter does; refused, it stays open with the reason and the page stays), then go on.
// The browser has moved by then, and the editor's typing was dropped with the grid, unsaved and unsaid.
let AT = history.state && typeof history.state.at === "number" ? history.state.at : 0;
if (!history.state) history.replaceState({ at: 0 }, "", location.href);
let LEAVING = null;   // { to }: the entry Back or Forward went to, while the page returns to its editor to leave it
window.addEventListener("popstate", (e) => {
  const to = e.state && typeof e.state.at === "number" ? e.state.at : 0;
  if (LEAVING) {   // back on the editor's page: leave it, then go where Back or Forward went
    const target = LEAVING.to;
    LEAVING = null;
    AT = to;
    if (EDITOR) { EDITOR.leave().then(left => { if (left) history.go(target - AT); }).catch(showError); return; }
    history.go(target - AT);
    return;
  }
  if (EDITOR && to !== AT) { LEAVING = { to }; history.go(AT - to); return; }
  AT = to;
  status("");
  render().catch(showError);
});
window.addEventListener("beforeunload", (e) => {
  // A reload or a closed tab with a changed value in the editor: the browser asks first (it cannot be saved on the way out).
  if (EDITOR && EDITOR.changed()) { e.preventDefault(); e.returnValue = ""; }
});
render().catch(showError);
