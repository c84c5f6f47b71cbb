// The workgroup page tree: drag a row, or use its move buttons, and the whole new order is posted at once.
// Without this script the move buttons post a form and the server moves the page.
(() => {
  "use strict";

  const form = document.querySelector("form[data-page-tree]");
  if (!form) return;
  const list = form.querySelector("ol");
  const status = document.getElementById("tree-status");
  const rows = () => [...list.querySelectorAll("li[data-page-id]")];
  let dragged = null;
  let before = "";

  const order = () => rows().map(row => row.dataset.pageId).join(",");

  const refreshButtons = () => {
    const all = rows();
    all.forEach((row, index) => {
      row.querySelector("[data-move='up']").disabled = index === 0;
      row.querySelector("[data-move='down']").disabled = index === all.length - 1;
    });
  };

  const announce = text => { status.textContent = text; };

  const save = async moved => {
    refreshButtons();
    const position = rows().indexOf(moved) + 1;
    announce(`${moved.dataset.title} moved to position ${position} of ${rows().length}. Saving…`);
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    const body = await response.json().catch(() => ({}));
    form.dataset.state = response.ok ? "saved" : "failed";
    announce(response.ok
      ? `${moved.dataset.title} is now at position ${position}. ${body.message ?? ""}`
      : `The order was not saved: ${body.detail ?? response.statusText} Reload the page to see the saved order.`);
    if (!response.ok) status.classList.remove("visually-hidden");
  };

  // Keyboard and pointer alike: the buttons move the row one place and keep focus on it, so it can move again.
  form.addEventListener("click", event => {
    const button = event.target.closest("button[data-move]");
    if (!button) return;
    event.preventDefault();
    const row = button.closest("li");
    const up = button.dataset.move === "up";
    const sibling = up ? row.previousElementSibling : row.nextElementSibling;
    if (!sibling) return;
    list.insertBefore(row, up ? sibling : sibling.nextElementSibling);
    refreshButtons();
    const again = row.querySelector(`[data-move='${button.dataset.move}']`);
    (again.disabled ? row.querySelector(`[data-move='${up ? "down" : "up"}']`) : again).focus();
    save(row);
  });

  list.addEventListener("dragstart", event => {
    dragged = event.target.closest("li[data-page-id]");
    if (!dragged) return;
    before = order();
    dragged.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", dragged.dataset.pageId);
  });

  list.addEventListener("dragover", event => {
    const target = event.target.closest("li[data-page-id]");
    if (!dragged || !target || target === dragged) return;
    event.preventDefault();
    const box = target.getBoundingClientRect();
    list.insertBefore(dragged, event.clientY < box.top + box.height / 2 ? target : target.nextElementSibling);
  });

  list.addEventListener("drop", event => { if (dragged) event.preventDefault(); });

  list.addEventListener("dragend", () => {
    if (!dragged) return;
    const moved = dragged;
    dragged = null;
    moved.classList.remove("dragging");
    if (order() !== before) {
      moved.focus();
      save(moved);
    }
  });
})();
