// The handoff queue: conversations where a consumer asked for a human. Transcript and
// draft are rendered as text only; the agent's reply goes back through Rasa (web) or the
// channel's bridge, and its delivery is shown as the backend checked it.
"use strict";
(function () {
  const { $, el, api, setStatus } = window.ConsoleKit;
  const SPEAKERS = { user: "用户", bot: "机器人", agent: "坐席" };
  const drafts = new Map();  // what the agent is typing per conversation survives refreshes

  function render(items) {
    const queue = $("queue");
    const focused = document.activeElement && document.activeElement.dataset.handoff;
    queue.textContent = "";
    if (!items.length) queue.append(el("li", "目前没有等待人工的会话。", "empty"));
    for (const h of items) {
      const item = el("li", null, "handoff");
      item.dataset.id = h.id;
      const title = el("h3", h.channel_label + " · 会话 " + h.conversation_id);
      item.append(title, el("p", h.reason_label, "badge"));
      const transcript = el("ol", null, "transcript");
      transcript.setAttribute("aria-label", "对话记录");
      for (const t of h.transcript) {
        const line = el("li", null, "line " + t.speaker);
        line.append(el("span", SPEAKERS[t.speaker] || "其他", "who"), el("span", t.text, "text"));
        transcript.append(line);
      }
      item.append(transcript);
      if (h.draft_items && h.draft_items.length) {
        const draft = el("dl", null, "draft");
        for (const f of h.draft_items) {
          draft.append(el("dt", f.label), el("dd", typeof f.value === "object" ? JSON.stringify(f.value) : f.value));
        }
        item.append(el("h4", "工单草稿"), draft);
      }
      for (const r of h.replies || []) {
        const line = el("p", null, "reply-log delivery-" + r.delivery);
        line.append(el("span", "坐席 " + r.agent + "：" + r.text));
        line.append(el("span", r.delivery_label + (r.error ? "（" + r.error + "）" : ""), "delivery"));
        item.append(line);
      }
      const form = el("form", null, "reply-form");
      const input = el("input");
      input.id = "reply-" + h.id;
      input.dataset.handoff = String(h.id);
      input.placeholder = "回复用户…";
      input.value = drafts.get(h.id) || "";
      input.addEventListener("input", () => drafts.set(h.id, input.value));
      const label = el("label", "回复内容", "visually-hidden");
      label.htmlFor = input.id;
      const send = el("button", "发送");
      send.type = "submit";
      const close = el("button", "结束会话");
      close.type = "button";
      form.append(label, input, send, close);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const text = input.value.trim();
        if (!text) return;
        send.disabled = true;
        try {
          await api("POST", "/console/api/handoffs/" + h.id + "/reply", { text });
          drafts.delete(h.id);
          setStatus("回复已发出，送达后会显示“已送达”。");
        } catch (err) { setStatus("回复失败：" + err.message); }
        send.disabled = false;
        load();
      });
      close.addEventListener("click", async () => {
        try { await api("POST", "/console/api/handoffs/" + h.id + "/close", {}); }
        catch (err) { setStatus("结束会话失败：" + err.message); }
        load();
      });
      item.append(form);
      queue.append(item);
      if (focused === String(h.id)) input.focus();
    }
  }

  async function load() {
    try { render((await api("GET", "/console/api/handoffs")).handoffs); }
    catch (err) { setStatus("加载失败：" + err.message); }
  }

  load();
  // Delivery confirmations arrive within seconds: refresh often while a reply is on its way.
  setInterval(load, 3000);
})();
