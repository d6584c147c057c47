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
  if (form) { htmx.trigger(form, "jx-recompute"); }
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
    current.remove();
  } else if (action === "up" && current.previousElementSibling) {
    current.parentNode.insertBefore(current, current.previousElementSibling);
  } else if (action === "down" && current.nextElementSibling) {
    current.parentNode.insertBefore(current.nextElementSibling, current);
  }
  jxRenumber(table);
  jxChanged(table);
});
// Unsaved edits: warn before leaving the page; a successful save clears the flag.
var jxDirty = false;
document.addEventListener("input", function (event) {
  if (event.target.closest("#editor-form")) { jxDirty = true; }
});
document.addEventListener("htmx:afterRequest", function (event) {
  if (event.detail.elt && event.detail.elt.id === "save" && event.detail.xhr.status === 200) { jxDirty = false; }
});
window.addEventListener("beforeunload", function (event) {
  if (jxDirty) { event.preventDefault(); event.returnValue = ""; }
});
// Forms that ask before they act (停用用户 …): the question is the form's data-confirm.
document.addEventListener("submit", function (event) {
  var form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) { event.preventDefault(); }
});
