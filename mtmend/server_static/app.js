"use strict";
// The review page. Document text only ever enters the page through textContent: a page that
// contains <script> or <img onerror=...> is shown as those characters and runs nothing.

const KINDS = ["untranslated", "punctuation", "spacing", "casing", "terminology", "encoding"];
const EXTENSIONS = { text: "txt", markdown: "md", html: "html", srt: "srt", po: "po", xliff: "xlf", tmx: "tmx", docx: "docx" };
const state = { report: null, review: null, rules: {}, accepted: new Map(), current: -1, request: null, marks: [] };

function $(id) { return document.getElementById(id); }

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

async function api(path, form) {
  const response = await fetch(path, { method: "POST", body: form, credentials: "same-origin" });
  if (!response.ok) {
    let message = response.status + " " + response.statusText;
    try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return response;
}

// What the document was sent as, kept so that /api/apply gets exactly the same request.
function currentRequest() {
  const file = $("file").files[0];
  return {
    file: file || null,
    text: file ? null : $("text").value,
    engine: $("engine").value,
    format: $("format").value,
  };
}

function formFor(request) {
  const form = new FormData();
  // Pasted text goes as a file too: a multipart text field would have its line breaks turned into CRLF.
  if (request.file) form.append("file", request.file, request.file.name);
  else form.append("file", new Blob([request.text], { type: "text/plain" }), "pasted");
  form.append("engine", request.engine);
  if (request.format) form.append("format", request.format);
  return form;
}

async function runCheck() {
  showError("");
  const request = currentRequest();
  if (!request.file && !request.text.trim()) { showError("Paste a page or choose a file first."); return; }
  const form = formFor(request);
  form.append("review", "true");
  $("busy").hidden = false;
  try {
    const report = await (await api("/api/fix", form)).json();
    state.request = request;
    state.report = report;
    state.review = report.review;
    state.accepted = new Map(report.edits.map((e) => [e.id, true]));
    state.current = -1;
    render();
  } catch (e) {
    showError(e.message);
  } finally {
    $("busy").hidden = true;
  }
}

function render() {
  $("results").hidden = false;
  renderLegend();
  renderDocument();
  renderEdits();
  renderNotes();
  $("detail").replaceChildren(el("p", "Click a highlighted issue.", "muted"));
  updateCounts();
}

function renderLegend() {
  const counts = {};
  for (const issue of state.report.issues) counts[issue.kind] = (counts[issue.kind] || 0) + 1;
  const legend = $("legend");
  legend.replaceChildren();
  for (const kind of KINDS) {
    const item = el("li");
    item.dataset.kind = kind;
    item.append(el("span", "", "swatch kind-" + kind), kind + " ", el("b", String(counts[kind] || 0), "count"));
    legend.append(item);
  }
  $("total").textContent = String(state.report.issues.length);
  $("edit-total").textContent = String(state.report.edits.length);
}

// One block's text cut at every issue boundary; each piece is a text node or a <mark> for the
// narrowest issue covering it.
function renderBlock(block, index, issues) {
  const node = el("div", undefined, "block");
  if (block.location) node.append(el("span", block.location, "location"));
  const text = block.text;
  const cuts = new Set([0, text.length]);
  for (const { issue } of issues) { cuts.add(issue.offset); cuts.add(issue.offset + issue.length); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  for (let p = 0; p < points.length; p++) {
    const at = points[p];
    for (const entry of issues) {
      if (entry.issue.length === 0 && entry.issue.offset === at) {
        const mark = el("mark", "", "insert kind-" + entry.issue.kind);
        mark.dataset.issues = String(entry.n);
        node.append(mark);
        state.marks[entry.n] = state.marks[entry.n] || mark;
      }
    }
    if (p + 1 >= points.length) break;
    const next = points[p + 1];
    const piece = text.slice(at, next);
    const covering = issues.filter(({ issue }) => issue.length > 0 && issue.offset <= at && issue.offset + issue.length >= next);
    if (!covering.length) { node.append(document.createTextNode(piece)); continue; }
    covering.sort((a, b) => a.issue.length - b.issue.length);
    const mark = el("mark", piece, "kind-" + covering[0].issue.kind);
    mark.dataset.issues = covering.map((c) => c.n).join(",");
    for (const c of covering) state.marks[c.n] = state.marks[c.n] || mark;
    node.append(mark);
  }
  node.dataset.block = String(index);
  return node;
}

function renderDocument() {
  const perBlock = state.review.blocks.map(() => []);
  state.review.issues.forEach((issue, n) => perBlock[issue.block].push({ issue, n }));
  state.marks = [];
  const doc = $("doc");
  doc.replaceChildren(...state.review.blocks.map((b, i) => renderBlock(b, i, perBlock[i])));
}

function rulesOf(edit) { return edit.rule.split("+"); }

function decisionButtons(edit) {
  const accept = el("button", "Accept");
  const reject = el("button", "Reject");
  accept.type = reject.type = "button";
  accept.className = "accept";
  reject.className = "reject";
  accept.addEventListener("click", () => decide([edit.id], true));
  reject.addEventListener("click", () => decide([edit.id], false));
  return [accept, reject];
}

function renderEdits() {
  const list = $("edits");
  list.replaceChildren();
  for (const edit of state.report.edits) {
    const item = el("li");
    item.dataset.editId = edit.id;
    item.append(el("span", JSON.stringify(edit.before), "before"), " \u2192 ", el("span", JSON.stringify(edit.after), "after"),
      " ", el("span", edit.rule, "rule"), " ", ...decisionButtons(edit));
    list.append(item);
  }
  const rules = {};
  for (const edit of state.report.edits) for (const r of rulesOf(edit)) rules[r] = (rules[r] || 0) + 1;
  const table = $("by-rule");
  table.replaceChildren();
  for (const [rule, count] of Object.entries(rules)) {
    const row = el("tr");
    row.dataset.rule = rule;
    const ids = state.report.edits.filter((e) => rulesOf(e).includes(rule)).map((e) => e.id);
    const accept = el("button", "Accept", "accept-rule");
    const reject = el("button", "Reject", "reject-rule");
    accept.type = reject.type = "button";
    accept.addEventListener("click", () => decide(ids, true));
    reject.addEventListener("click", () => decide(ids, false));
    const cell = el("td");
    cell.append(accept, " ", reject);
    row.append(el("td", rule), el("td", String(count)), cell);
    table.append(row);
  }
}

function renderNotes() {
  $("notes").replaceChildren(...state.report.notes.map((n) => el("li", n)));
}

function decide(ids, accepted) {
  for (const id of ids) state.accepted.set(id, accepted);
  updateCounts();
  if (state.current >= 0) showIssue(state.current);
}

function updateCounts() {
  let count = 0;
  for (const item of $("edits").children) {
    const accepted = state.accepted.get(item.dataset.editId);
    if (accepted) count++;
    item.classList.toggle("rejected", !accepted);
    item.querySelector(".accept").setAttribute("aria-pressed", String(accepted));
    item.querySelector(".reject").setAttribute("aria-pressed", String(!accepted));
  }
  $("accepted-total").textContent = String(count);
}

function editsOf(issue) {
  return state.review.edits.filter((e) => e.block === issue.block &&
    e.offset <= issue.offset + issue.length && issue.offset <= e.offset + e.length);
}

function showIssue(n) {
  const issue = state.review.issues[n];
  state.current = n;
  for (const mark of $("doc").querySelectorAll("mark.current")) mark.classList.remove("current");
  const mark = state.marks[n];
  if (mark) { mark.classList.add("current"); mark.scrollIntoView({ block: "nearest" }); }
  const rule = state.rules[issue.rule] || {};
  const detail = $("detail");
  detail.replaceChildren(
    el("h2", issue.rule + " (" + issue.severity + ")"),
    el("p", issue.message),
    el("p", rule.title || "", "muted"),
    el("p", rule.explanation || "", "explanation"),
  );
  if (issue.suggestion !== null && issue.suggestion !== undefined) {
    const p = el("p", "Suggestion: ");
    p.append(el("span", JSON.stringify(issue.suggestion), "after"));
    detail.append(p);
  }
  for (const edit of editsOf(issue)) {
    const p = el("p", undefined, state.accepted.get(edit.id) ? "accepted" : "rejected");
    p.dataset.editId = edit.id;
    p.append(el("span", JSON.stringify(edit.before), "before"), " \u2192 ", el("span", JSON.stringify(edit.after), "after"),
      " ", el("b", state.accepted.get(edit.id) ? "accepted" : "rejected"), " ", ...decisionButtons(edit));
    detail.append(p);
  }
}

function onDocClick(event) {
  const mark = event.target.closest("mark");
  if (!mark) return;
  const ns = mark.dataset.issues.split(",").map(Number);
  showIssue(ns[0]);
}

function onKey(event) {
  if (!state.review || event.target.closest("textarea, input, select") || event.ctrlKey || event.metaKey || event.altKey) return;
  const total = state.review.issues.length;
  if (!total) return;
  if (event.key === "j" || event.key === "n") showIssue((state.current + 1) % total);
  else if (event.key === "k" || event.key === "p") showIssue((state.current - 1 + total) % total);
  else if ((event.key === "a" || event.key === "r") && state.current >= 0) {
    decide(editsOf(state.review.issues[state.current]).map((e) => e.id), event.key === "a");
  } else return;
  event.preventDefault();
}

function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function resultName() {
  if (state.request.file) return state.request.file.name;
  return "pasted." + (EXTENSIONS[state.report.format] || "txt");
}

async function download() {
  showError("");
  const form = formFor(state.request);
  for (const [id, accepted] of state.accepted) if (accepted) form.append("accepted", id);
  try {
    const body = await (await api("/api/apply", form)).arrayBuffer();
    saveBlob(new Blob([body], { type: "application/octet-stream" }), resultName());
  } catch (e) {
    showError(e.message);
  }
}

function downloadReport() {
  const report = { ...state.report };
  delete report.review;
  report.accepted = [...state.accepted].filter(([, a]) => a).map(([id]) => id);
  report.rejected = [...state.accepted].filter(([, a]) => !a).map(([id]) => id);
  saveBlob(new Blob([JSON.stringify(report, null, 2)], { type: "application/json" }), resultName() + ".report.json");
}

function chooseFile(files) {
  const dt = new DataTransfer();
  if (files && files[0]) dt.items.add(files[0]);
  $("file").files = dt.files;
  onFileChange();
}

function onFileChange() {
  const file = $("file").files[0];
  $("file-name").textContent = file ? file.name + " (" + file.size + " bytes)" : "";
  $("clear-file").hidden = !file;
  $("text").disabled = Boolean(file);
}

async function init() {
  try {
    const info = await (await fetch("/api/engines", { credentials: "same-origin" })).json();
    for (const name of info.engines) {
      const option = el("option", name);
      option.value = name;
      option.selected = name === info.default;
      $("engine").append(option);
    }
    for (const name of info.formats) {
      const option = el("option", name);
      option.value = name;
      $("format").append(option);
    }
    for (const rule of await (await fetch("/api/rules", { credentials: "same-origin" })).json()) state.rules[rule.id] = rule;
  } catch (e) {
    showError("cannot reach the server: " + e.message);
  }
  $("run").addEventListener("click", runCheck);
  $("accept-all").addEventListener("click", () => decide(state.report.edits.map((e) => e.id), true));
  $("reject-all").addEventListener("click", () => decide(state.report.edits.map((e) => e.id), false));
  $("download").addEventListener("click", download);
  $("download-report").addEventListener("click", downloadReport);
  $("doc").addEventListener("click", onDocClick);
  $("file").addEventListener("change", onFileChange);
  $("clear-file").addEventListener("click", () => chooseFile(null));
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); chooseFile(e.dataTransfer.files); });
  document.addEventListener("keydown", onKey);
  document.body.dataset.ready = "true";
}

init();
