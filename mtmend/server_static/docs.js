"use strict";
// Renders /openapi.json as a list of endpoints and their form fields; everything as text.
function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function schemaOf(spec, op) {
  const content = (op.requestBody || {}).content || {};
  const body = content["multipart/form-data"] || content["application/x-www-form-urlencoded"];
  if (!body) return null;
  let schema = body.schema;
  if (schema && schema.$ref) schema = spec.components.schemas[schema.$ref.split("/").pop()];
  return schema;
}

async function main() {
  const spec = await (await fetch("/openapi.json")).json();
  const root = document.getElementById("api");
  root.append(el("p", spec.info.description || ""));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const section = el("section", undefined, "endpoint");
      section.append(el("h2", method.toUpperCase() + " " + path));
      section.append(el("p", op.summary || ""));
      const schema = schemaOf(spec, op);
      if (schema && schema.properties) {
        const table = el("table");
        const head = el("tr");
        head.append(el("th", "field"), el("th", "type"), el("th", "default"));
        table.append(head);
        for (const [name, prop] of Object.entries(schema.properties)) {
          const row = el("tr");
          const type = prop.type || (prop.anyOf || []).map((t) => t.type || t.format).join(" | ");
          row.append(el("td", name), el("td", type), el("td", prop.default === undefined ? "" : JSON.stringify(prop.default)));
          table.append(row);
        }
        section.append(table);
      }
      root.append(section);
    }
  }
}

main().catch((e) => { document.getElementById("api").textContent = String(e); });
