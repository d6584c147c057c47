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
function jxConvert(text, factor) {
  return text.replace(/(^|[\s:：])([-+]?\d[\d,]*(?:\.\d+)?)(?=\s*$)/gm, function (all, lead, number) {
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
  document.querySelectorAll("[data-money]").forEach(function (field) {
    field.value = jxConvert(field.value, factor);
  });
});
