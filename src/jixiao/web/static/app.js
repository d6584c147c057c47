// Editor behaviour: CSRF header on every htmx request, conflict/validation responses shown,
// indicator rows added, removed and moved (the server reads rows in page order).
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { event.detail.headers["X-CSRF-Token"] = meta.content; }
});
document.addEventListener("htmx:beforeSwap", function (event) {
  var status = event.detail.xhr.status;
  if (status === 409 || status === 422 || status === 403 || status === 400) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
function jxRenumber(table) {
  var rows = table.querySelectorAll("tbody tr.indicator");
  rows.forEach(function (row, index) {
    var number = row.querySelector('input[name="ind_number"]');
    if (number && number.dataset.auto !== "off") { number.value = String(index + 1); }
  });
}
function jxChanged(el) {
  var form = el.closest("form");
  if (form) {
    htmx.trigger(form, "jx-recompute");
    if (form.id === "editor-form") { jxDirty = true; jxKeep(form); jxState("未保存（已暂存在本机）", false); }
  }
}
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-row-action]");
  if (!button) { return; }
  event.preventDefault();
  var table = button.closest("table");
  var action = button.dataset.rowAction;
  if (action === "add") {
    var template = document.getElementById("indicator-row-template");
    var row = template.content.firstElementChild.cloneNode(true);
    table.querySelector("tbody").appendChild(row);
    jxRenumber(table);
    jxChanged(table);
    var name = row.querySelector('input[name="ind_name"]');
    if (name) { name.focus(); }
    return;
  }
  var current = button.closest("tr");
  if (action === "remove") {
    var named = current.querySelector('input[name="ind_name"]');
    var label = named && named.value ? "「" + named.value + "」" : "这一行";
    if (!window.confirm("删除指标" + label + "？删除后点“保存”才生效。")) { return; }
    current.remove();
  } else if (action === "up" && current.previousElementSibling) {
    current.parentNode.insertBefore(current, current.previousElementSibling);
  } else if (action === "down" && current.nextElementSibling) {
    current.parentNode.insertBefore(current.nextElementSibling, current);
  }
  jxRenumber(table);
  jxChanged(table);
});
// Unsaved edits: the sticky bar says 已保存 / 未保存; every edit is also kept in this browser
// (localStorage), so a lost session (expired, logged out in another tab) loses nothing: after the
// new login the page comes back and the kept text is put back into the form.
var jxDirty = false;
function jxForm() { return document.getElementById("editor-form"); }
function jxKey(form) { return "jixiao-draft:" + form.dataset.evaluation; }
function jxState(text, saved) {
  var state = document.getElementById("save-state");
  if (state) { state.textContent = text; state.className = saved ? "saved" : "unsaved"; }
}
function jxFields(form) {
  var fields = {};
  Array.prototype.forEach.call(form.elements, function (el) {
    if (!el.name || el.type === "hidden" && el.name !== "ind_extra") { return; }
    if (el.closest("template")) { return; }
    (fields[el.name] = fields[el.name] || []).push(el.value);
  });
  return fields;
}
function jxKeep(form) {
  try {
    localStorage.setItem(jxKey(form), JSON.stringify({
      version: form.dataset.version, kept: new Date().toISOString(), fields: jxFields(form)
    }));
  } catch (e) { /* storage full or disabled: the beforeunload warning still guards */ }
}
function jxForget(form) { try { localStorage.removeItem(jxKey(form)); } catch (e) { /* ignore */ } }
function jxRestore(form, kept) {
  var table = form.querySelector("#indicators");
  var want = (kept.fields.ind_name || []).length;
  if (table) {
    var body = table.querySelector("tbody");
    var template = document.getElementById("indicator-row-template");
    while (body.querySelectorAll("tr.indicator").length < want) {
      body.appendChild(template.content.firstElementChild.cloneNode(true));
    }
    var rows = body.querySelectorAll("tr.indicator");
    for (var i = rows.length - 1; i >= want; i--) { rows[i].remove(); }
  }
  var seen = {};
  Array.prototype.forEach.call(form.elements, function (el) {
    if (!el.name || !kept.fields[el.name] || el.closest("template")) { return; }
    var index = seen[el.name] || 0;
    seen[el.name] = index + 1;
    if (index < kept.fields[el.name].length) { el.value = kept.fields[el.name][index]; }
  });
}
var jxTimer = null;
document.addEventListener("input", function (event) {
  var form = event.target.closest("#editor-form");
  if (!form) { return; }
  jxDirty = true;
  jxState("未保存", false);
  clearTimeout(jxTimer);
  jxTimer = setTimeout(function () {
    if (jxDirty) { jxKeep(form); jxState("未保存（已暂存在本机）", false); }
  }, 400);
});
document.addEventListener("htmx:beforeRequest", function () {
  var form = jxForm();
  if (form && jxDirty) { jxKeep(form); }
});
document.addEventListener("htmx:beforeOnLoad", function (event) {
  var form = jxForm();
  if (form && event.detail.xhr.status === 401) {  // the session is gone: keep the text, go to login
    if (jxDirty) { jxKeep(form); }
    jxDirty = false;
  }
});
document.addEventListener("htmx:afterRequest", function (event) {
  var form = jxForm();
  if (form && event.detail.elt && event.detail.elt.id === "save" && event.detail.xhr.status === 200) {
    jxDirty = false;
    clearTimeout(jxTimer);
    jxForget(form);
    var version = document.getElementById("version");
    if (version) { form.dataset.version = version.value; }
    jxState("已保存", true);
  }
});
document.addEventListener("DOMContentLoaded", function () {
  var form = jxForm();
  if (!form || !document.getElementById("save")) { return; }
  var kept = null;
  try { kept = JSON.parse(localStorage.getItem(jxKey(form)) || "null"); } catch (e) { kept = null; }
  if (!kept || !kept.fields) { return; }
  if (JSON.stringify(kept.fields) === JSON.stringify(jxFields(form))) { jxForget(form); return; }
  var notice = document.getElementById("restored");
  var when = kept.kept ? new Date(kept.kept).toLocaleString("zh-CN", {hour12: false}) : "";
  if (kept.version === form.dataset.version) {
    jxRestore(form, kept);
    jxDirty = true;
    jxState("未保存（已恢复本机暂存）", false);
    notice.textContent = "已恢复您 " + when + " 在本机暂存、尚未保存的输入，请检查后点“保存”。";
    notice.hidden = false;
    htmx.trigger(form, "jx-recompute");
  } else {
    notice.textContent = "本机暂存有您 " + when + " 基于第 " + kept.version + " 版的未保存输入，但此后已有第 "
      + form.dataset.version + " 版。";
    var button = document.createElement("button");
    button.type = "button";
    button.id = "restore-kept";
    button.textContent = "仍然恢复我的输入";
    button.addEventListener("click", function () {
      jxRestore(form, kept); jxDirty = true; jxState("未保存（已恢复本机暂存）", false);
      notice.hidden = true; htmx.trigger(form, "jx-recompute");
    });
    notice.appendChild(button);
    notice.hidden = false;
  }
});
window.addEventListener("beforeunload", function (event) {
  if (jxDirty) { event.preventDefault(); event.returnValue = ""; }
});
// Forms that ask before they act (停用用户 …): the question is the form's data-confirm.
document.addEventListener("submit", function (event) {
  var form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) { event.preventDefault(); }
});
// The history page's comparison form goes to the first chosen version (no inline handler: CSP).
document.addEventListener("submit", function (event) {
  var form = event.target.closest("form[data-version-base]");
  if (form) { form.action = form.dataset.versionBase + form.elements.a.value; }
});
// The amount unit (元 / 万元 / 亿元): switching it converts the amounts already typed without a unit,
// so a figure keeps its value; the server stores every amount in 万元.
var JX_WAN = {"元": 0.0001, "万元": 1, "亿元": 10000};
function jxConvert(text, factor, everyCell) {
  // every bare number of a line (a 资金来源 row's cells), or only the one that ends it (名称 数值)
  var bare = everyCell ? /(^|[\s:：])([-+]?\d[\d,]*(?:\.\d+)?)(?=\s|$)/gm
                       : /(^|[\s:：])([-+]?\d[\d,]*(?:\.\d+)?)(?=\s*$)/gm;
  return text.replace(bare, function (all, lead, number) {
    var value = parseFloat(number.replace(/,/g, "")) * factor;
    return lead + String(parseFloat(value.toFixed(6)));
  });
}
document.addEventListener("focusin", function (event) {
  if (event.target.id === "budget-unit") { event.target.dataset.previous = event.target.value; }
});
document.addEventListener("change", function (event) {
  var select = event.target;
  if (select.id !== "budget-unit") { return; }
  var previous = select.dataset.previous || "万元";
  var factor = JX_WAN[previous] / JX_WAN[select.value];
  select.dataset.previous = select.value;
  document.querySelectorAll("[data-money-cells]").forEach(function (field) {
    field.value = jxConvert(field.value, factor, true);
  });
  document.querySelectorAll("[data-money]").forEach(function (field) {
    field.value = jxConvert(field.value, factor, false);
    field.placeholder = field.placeholder.replace("（" + previous + "）", "（" + select.value + "）");
  });
});
// A reviewer attaches a comment to a field by clicking the field's name (its label, or its cell in
// the indicator table): the comment form (and the 退回 form) then name that field.
var JX_FIELDS = {
  title: "title", year: "year", kind: "kind", rule_pack: "rule_pack", unit_name: "unit.name",
  unit_region: "unit.region", unit_supervising: "unit.supervising_department", staff_total: "unit.staff_total",
  staff_parts: "unit.staff_parts", unit_internal: "unit.internal_bodies", unit_subordinate: "unit.subordinate_bodies",
  unit_duties: "unit.duties", income_items: "budget.income_items", expenditure_items: "budget.expenditure_items",
  fund_rows: "budget.fund_rows", adjustment_note: "budget.adjustment_note", execution_note: "budget.execution_note",
  budget_unit: "budget.source_unit",
  stated_total: "stated_total", stated_grade: "stated_grade"
};
var JX_INDICATOR = {
  ind_number: "number", ind_level1: "level1", ind_level2: "level2", ind_name: "name", ind_weight: "weight",
  ind_rule: "rule", ind_cmp: "target", ind_target: "target", ind_target_unit: "target", ind_target_text: "target",
  ind_actual_cmp: "actual", ind_actual: "actual", ind_actual_unit: "actual", ind_tier: "actual",
  ind_actual_text: "actual", ind_sample: "evidence",
  ind_stated: "stated_score", ind_deviation: "deviation_note", ind_narrative: "narrative"
};
function jxFieldOf(control) {
  var name = control.name;
  if (JX_FIELDS[name]) { return JX_FIELDS[name]; }
  if (name.indexOf("budget_") === 0) { return "budget." + name.slice(7); }
  if (name.indexOf("sec_") === 0) { return "sections." + name.slice(4); }
  if (name.indexOf("project_") === 0) { return "project." + name.slice(8); }
  if (JX_INDICATOR[name]) {
    var row = control.closest("tr.indicator");
    var rows = Array.prototype.slice.call(row.parentNode.querySelectorAll("tr.indicator"));
    return "indicators[" + rows.indexOf(row) + "]." + JX_INDICATOR[name];
  }
  return null;
}
// pointerdown, not click: a browser delivers no click to a disabled field (the page is read-only to a
// reviewer), but it does deliver pointer events.
document.addEventListener("pointerdown", function (event) {
  var target = document.getElementById("comment-target");
  if (!target || !event.target.closest("#editor-form")) { return; }
  var holder = event.target.closest("label, td");
  if (!holder || event.target.closest("button")) { return; }
  var control = holder.querySelector("input:not([type=hidden]), select, textarea");
  var field = control ? jxFieldOf(control) : null;
  if (!field) { return; }
  var caption;
  if (holder.tagName === "TD") {
    var row = holder.closest("tr.indicator");
    var name = row.querySelector('input[name="ind_name"]');
    var header = holder.closest("table").querySelectorAll("thead th")[holder.cellIndex];
    caption = "指标「" + (name && name.value ? name.value : "未命名") + "」" + (header ? header.textContent : "");
  } else {
    caption = (holder.firstChild && holder.firstChild.textContent || field).trim();
  }
  document.getElementById("comment-field").value = field;
  document.querySelectorAll("input.return-field").forEach(function (input) { input.value = field; });
  target.textContent = "针对：" + caption + "（点击其他字段名称可改选）";
  var text = document.querySelector("form.add-comment input[name=text]");
  if (text) { text.focus(); }
});
// Import and export take seconds: say so while they run (an export is fetched, then saved).
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.id !== "import" || event.defaultPrevented) { return; }
  var button = form.querySelector("button[type=submit]");
  button.disabled = true;
  button.textContent = "正在读取文件，请稍候…";
});
document.addEventListener("click", function (event) {
  var link = event.target.closest("a.export");
  if (!link || !window.fetch) { return; }
  event.preventDefault();
  var progress = document.getElementById("export-progress");
  progress.textContent = "正在生成" + link.textContent + "，请稍候…";
  progress.className = "progress busy";
  fetch(link.href, {credentials: "same-origin"}).then(function (response) {
    if (!response.ok) {
      return response.text().then(function (text) { throw new Error(text.replace(/<[^>]+>/g, " ").trim().slice(0, 200)); });
    }
    var header = response.headers.get("Content-Disposition") || "";
    var match = /filename\*=UTF-8''([^;]+)/.exec(header);
    var name = match ? decodeURIComponent(match[1]) : "export." + link.dataset.format;
    return response.blob().then(function (blob) {
      var url = URL.createObjectURL(blob);
      var save = document.createElement("a");
      save.href = url; save.download = name;
      document.body.appendChild(save); save.click(); save.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      progress.textContent = "已生成 " + name;
      progress.className = "progress done";
    });
  }).catch(function (error) {
    progress.textContent = "导出失败：" + (error.message || "请稍后重试");
    progress.className = "progress failed";
  });
});
