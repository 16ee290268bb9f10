// Helpers every console page uses: DOM nodes built from text only (whatever a caller or
// consumer said stays inert text), and the JSON API with the session's CSRF token.
"use strict";
window.ConsoleKit = (function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const csrf = meta ? meta.content : "";

  function $(id) { return document.getElementById(id); }

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function button(text, cls) {
    const node = el("button", text, cls);
    node.type = "button";
    return node;
  }

  async function api(method, path, body) {
    const response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error((data && (data.message || data.error)) || ("HTTP " + response.status));
      error.status = response.status;
      error.data = data;
      throw error;
    }
    return data;
  }

  function setStatus(text) {
    const node = $("status");
    if (node) node.textContent = text || "";
  }

  // An async handler whose failure is said in the status line, not lost in the console.
  function guard(fn) {
    return async (...args) => {
      try { await fn(...args); } catch (err) { setStatus("出错了：" + err.message); }
    };
  }

  return { $, el, button, api, csrf, setStatus, guard };
})();
