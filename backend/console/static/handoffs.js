// The handoff queue: conversations where a consumer asked for a human. Transcript and
// draft are rendered as text only; the agent's reply goes back through Rasa.
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const CHANNELS = { web: "网页", wechat: "微信", telegram: "Telegram", rest: "其他" };
  const REASONS = { human_handoff: "用户要求转人工", gave_up: "机器人无法处理" };
  const SPEAKERS = { user: "用户", bot: "机器人", agent: "坐席" };
  const DELIVERY = { delivered: "已送达", recorded: "已记录，待渠道转发", failed: "发送失败" };

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  async function api(method, path, body) {
    const response = await fetch(path, {
      method, credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) throw new Error((data && data.message) || ("HTTP " + response.status));
    return data;
  }

  function render(items) {
    const queue = document.getElementById("queue");
    queue.textContent = "";
    if (!items.length) queue.append(el("li", "目前没有等待人工的会话。", "empty"));
    for (const h of items) {
      const item = el("li", null, "handoff");
      item.dataset.id = h.id;
      item.append(el("h2", (CHANNELS[h.channel] || h.channel) + " · " + h.conversation_id));
      item.append(el("p", REASONS[h.reason] || h.reason, "badge"));
      const transcript = el("ol", null, "transcript");
      for (const t of h.transcript) {
        const line = el("li", null, "line " + t.speaker);
        line.append(el("span", SPEAKERS[t.speaker] || t.speaker, "who"), el("span", t.text, "text"));
        transcript.append(line);
      }
      item.append(transcript);
      if (h.draft && Object.keys(h.draft).length) {
        const draft = el("dl", null, "draft");
        for (const [k, v] of Object.entries(h.draft)) {
          if (v === null || v === "") continue;
          draft.append(el("dt", k), el("dd", typeof v === "object" ? JSON.stringify(v) : v));
        }
        item.append(el("h3", "工单草稿"), draft);
      }
      for (const r of h.replies || []) {
        item.append(el("p", "坐席 " + r.agent + "：" + r.text + "（" + (DELIVERY[r.delivery] || r.delivery) + "）", "reply-log"));
      }
      const form = el("form", null, "reply-form");
      const input = el("input");
      input.placeholder = "回复用户…";
      input.setAttribute("aria-label", "回复内容");
      const send = el("button", "发送");
      send.type = "submit";
      const close = el("button", "结束会话");
      close.type = "button";
      form.append(input, send, close);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        if (!input.value.trim()) return;
        try {
          await api("POST", "/console/api/handoffs/" + h.id + "/reply", { text: input.value.trim() });
          load();
        } catch (err) { status("回复失败：" + err.message); }
      });
      close.addEventListener("click", async () => {
        await api("POST", "/console/api/handoffs/" + h.id + "/close", {});
        load();
      });
      item.append(form);
      queue.append(item);
    }
  }

  function status(text) { document.getElementById("status").textContent = text; }

  async function load() {
    try { render((await api("GET", "/console/api/handoffs")).handoffs); }
    catch (err) { status("加载失败：" + err.message); }
  }

  load();
  setInterval(load, 10000);
})();
