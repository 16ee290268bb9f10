// Transfer form: suggest bureaus as the officer types (GET /api/v1/bureaus?q=); the value sent is the code.
"use strict";
(function () {
  const input = document.getElementById("bureau-code");
  const list = document.getElementById("bureau-options");
  if (!input || !list) return;
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2 || /^\d{6}$/.test(q)) return;
    timer = setTimeout(async () => {
      const r = await fetch("/api/v1/bureaus?q=" + encodeURIComponent(q), { credentials: "same-origin" });
      if (!r.ok) return;
      const { items } = await r.json();
      list.replaceChildren(...items.map((b) => {
        const option = document.createElement("option");
        option.value = b.code;
        option.label = b.name;
        option.textContent = b.name;
        return option;
      }));
    }, 200);
  });
})();
