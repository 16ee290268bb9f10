// The hotline console: the agent types (or ASR pushes) what the caller says; after each
// caller line the suggestion panel updates. Everything from the call is rendered with
// textContent, never as HTML, so whatever a caller line contains stays inert text.
"use strict";

(function () {
  const { $, el, api, setStatus, guard } = window.ConsoleKit;
  const SOURCE_LABELS = {
    agent: "坐席修改", extractor: "规则提取", validator: "校验", guide: "争议指南",
  };
  const REASON_LABELS = { missing: "未提供", invalid: "需核实" };
  const DEGRADED = {
    rasa: "语义识别服务未连接（已改用规则提取）", knowledge_base: "法律知识库", guide: "争议指南",
    "actions.extraction": "字段提取规则",
  };
  const POLL_WAIT_S = 10;

  let callKey = document.body.dataset.callKey || null;
  let lastSeq = 0;
  let poller = null;         // the live-lines loop of the open call
  let current = null;        // the latest suggestions
  let inserted = null;       // the draft now in the reply box: {id, type, text, seq}
  const handled = new Set(); // draft ids the agent inserted or rated for this line
  // One id per browser tab (kept across reloads): the backend caps how many pages an
  // agent keeps live, and a reload must not count as another page.
  const viewId = (() => {
    try {
      const id = sessionStorage.getItem("console-view") || Math.random().toString(36).slice(2) + Date.now().toString(36);
      sessionStorage.setItem("console-view", id);
      return id;
    } catch (e) { return Math.random().toString(36).slice(2); }
  })();

  // ------------------------------------------------------------------ call
  function enableCall(on) {
    for (const id of ["line-text", "line-add", "reply-send", "end-call", "file-ticket"]) {
      $(id).disabled = !on;
    }
  }

  async function newCall() {
    const data = await api("POST", "/console/api/calls", {});
    openCall(data.call_key);
    $("transcript").textContent = "";
    $("summary").hidden = true;
    $("ticket-result").textContent = "";
    render(data.suggestions);
    history.replaceState(null, "", "/console/?call=" + encodeURIComponent(callKey));
    $("line-text").focus();
  }

  function setLive(on) {
    $("live").classList.toggle("on", on);
    $("live").setAttribute("aria-label", "实时接收语音识别内容：" + (on ? "已连接" : "未连接"));
  }

  // Lines pushed by ASR (or typed in another window) arrive by long polling: the backend
  // answers as soon as a line is stored, or after a while with nothing (see live.py).
  function startPolling(key) {
    const loop = { stopped: false };
    poller = loop;
    (async () => {
      let wait = 0;  // the first poll answers at once: the page knows it is live
      while (!loop.stopped && callKey === key) {
        let delay = 0;
        try {
          const data = await api("GET", "/console/api/calls/" + encodeURIComponent(key) + "/lines?after=" +
                                 lastSeq + "&wait=" + wait + "&view=" + viewId);
          wait = POLL_WAIT_S;
          if (loop.stopped) return;
          setLive(true);
          let callerSpoke = false;
          for (const line of data.lines) {
            if (line.seq <= lastSeq) continue;
            addLine(line);
            callerSpoke = callerSpoke || line.speaker === "caller";
          }
          if (callerSpoke) guard(refresh)();
          if (data.status !== "active") { setLive(false); return; }
          delay = data.retry_ms || 0;
        } catch (err) {
          setLive(false);
          if (err.status === 429) setStatus(err.message);
          if (err.status === 404) return;
          delay = err.status === 429 ? 15000 : 2000;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    })();
  }

  function openCall(key) {
    if (poller) poller.stopped = true;
    callKey = key;
    lastSeq = 0;
    $("call-key").textContent = key;
    enableCall(true);
    startPolling(key);
  }

  function addLine(line) {
    lastSeq = Math.max(lastSeq, line.seq);
    const item = el("li", null, "line " + line.speaker);
    item.dataset.seq = line.seq;
    item.append(el("span", line.speaker === "caller" ? "来电人" : "坐席", "who"));
    item.append(el("span", line.text, "text"));
    if (line.origin === "asr") item.append(el("span", "语音识别", "badge"));
    $("transcript").append(item);
    item.scrollIntoView({ block: "nearest" });
  }

  async function sendLine(speaker, text) {
    const data = await api("POST", "/console/api/calls/" + encodeURIComponent(callKey) + "/lines",
                           { speaker, text });
    if (data.line.seq > lastSeq) addLine(data.line);
    if (data.suggestions) render(data.suggestions);
  }

  async function refresh() {
    const data = await api("GET", "/console/api/calls/" + encodeURIComponent(callKey) + "/suggestions");
    render(data);
  }

  // ------------------------------------------------------------ feedback
  function feedback(draft, action, finalText) {
    return api("POST", "/console/api/feedback", {
      call_key: callKey, suggestion_id: draft.id, suggestion_type: draft.type,
      line_seq: draft.seq, action, text: draft.text, final_text: finalText || null,
    }).catch((err) => setStatus("反馈未记录：" + err.message));
  }

  function ignoreUnused() {
    // Drafts the agent saw and neither inserted nor rated before the next caller line.
    if (!current) return;
    for (const draft of current.drafts) {
      if (!handled.has(draft.key)) feedback(draft, "ignored");
    }
  }

  // -------------------------------------------------------------- render
  function render(s) {
    if (!s) return;
    // Answers can cross on the wire (typed line and its SSE echo): never go back in time.
    if (current && s.seq < current.seq) return;
    if (current && current.seq !== s.seq) ignoreUnused();
    if (!current || current.seq !== s.seq) handled.clear();
    current = s;
    for (const draft of s.drafts) { draft.seq = s.seq; draft.key = s.seq + ":" + draft.id; }

    const next = s.next_question;
    $("next-question").textContent = next ? next.question : "信息已齐全，可以跟来电人核对后提交工单。";
    const missing = $("missing");
    missing.textContent = "";
    for (const m of s.missing) {
      const item = el("li", null, "missing-" + m.reason);
      item.append(el("span", m.label, "label"));
      item.append(el("span", REASON_LABELS[m.reason] || m.reason, "badge"));
      if (m.message) item.append(el("span", m.message, "hint"));
      missing.append(item);
    }

    const drafts = $("drafts");
    drafts.textContent = "";
    for (const draft of s.drafts) {
      const item = el("li", null, "draft draft-" + draft.type);
      item.dataset.id = draft.id;
      item.append(el("p", draft.text, "draft-text"));
      const insert = el("button", "插入", "insert");
      insert.type = "button";
      insert.addEventListener("click", () => {
        const box = $("reply-text");
        box.value = draft.text;
        box.focus();
        inserted = draft;
        handled.add(draft.key);
      });
      const useful = el("button", "有用", "useful");
      useful.type = "button";
      useful.addEventListener("click", () => { handled.add(draft.key); feedback(draft, "useful"); useful.disabled = true; });
      const useless = el("button", "没用", "not-useful");
      useless.type = "button";
      useless.addEventListener("click", () => { handled.add(draft.key); feedback(draft, "not_useful"); useless.disabled = true; });
      item.append(insert, useful, useless);
      drafts.append(item);
    }

    const types = s.dispute_types || [];
    $("dispute-type").textContent = types.length ? "争议类型：" + types.map((t) => t.name).join("；") : "";
    $("rights-answer").textContent = s.rights ? s.rights.text : "";
    const articles = $("articles");
    articles.textContent = "";
    for (const a of s.articles) {
      const item = el("li", null, "article");
      item.append(el("strong", a.citation, "citation"));
      item.append(el("p", a.text, "article-text"));
      if (a.note) item.append(el("p", a.note, "note"));
      articles.append(item);
    }
    const cases = $("cases");
    cases.textContent = "";
    for (const c of s.cases) {
      const item = el("li", null, "case");
      item.append(el("strong", c.title));
      item.append(el("p", c.line1));
      if (c.line2) item.append(el("p", c.line2, "outcome"));
      cases.append(item);
    }

    renderTicket(s.ticket);
    if (s.degraded && s.degraded.length) {
      setStatus("部分功能暂不可用：" + s.degraded.map((d) => DEGRADED[d] || d).join("、"));
    }
    else setStatus("建议已更新（" + Math.round(s.elapsed_ms) + " 毫秒）");
  }

  function renderTicket(ticket) {
    const box = $("ticket-fields");
    const focused = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.field : null;
    box.textContent = "";
    for (const [name, f] of Object.entries(ticket)) {
      const row = el("div", null, "field" + (f.value !== null && !f.valid ? " invalid" : ""));
      const label = el("label", f.label);
      label.htmlFor = "field-" + name;
      const input = el("input");
      input.id = "field-" + name;
      input.dataset.field = name;
      input.value = f.value === null ? (f.raw || "") : String(f.value);
      input.addEventListener("change", () => correct(name, input.value));
      const source = el("span", provenance(f), "source");
      row.append(label, input, source);
      if (f.message) row.append(el("span", f.message, "hint"));
      box.append(row);
      if (focused === name) input.focus();
    }
  }

  function provenance(f) {
    if (!f.source) return "";
    let text = f.source.startsWith("rasa:") ? "语义识别" : (SOURCE_LABELS[f.source] || "其他");
    if (f.line) text += " · 第" + f.line + "句";
    if (f.evidence && f.source !== "agent") text += " · “" + f.evidence + "”";
    return "来源：" + text;
  }

  async function correct(name, value) {
    const data = await api("PUT", "/console/api/calls/" + encodeURIComponent(callKey) + "/corrections",
                           { field: name, value });
    render(data);
  }

  async function fileTicket() {
    let data;
    try {
      data = await api("POST", "/console/api/calls/" + encodeURIComponent(callKey) + "/ticket",
                       { type: $("ticket-type").value });
    } catch (err) {
      // Said next to the button (the status line above is rewritten by every suggestion).
      $("ticket-result").textContent = "提交失败：" + err.message;
      $("ticket-result").scrollIntoView({ block: "nearest" });
      throw err;
    }
    $("ticket-result").textContent = "工单已提交：" + data.ticket_no;
    $("ticket-result").scrollIntoView({ block: "nearest" });
    await loadTickets();
    document.querySelector(".my-tickets").open = true;
  }

  async function endCall() {
    const data = await api("POST", "/console/api/calls/" + encodeURIComponent(callKey) + "/end", {});
    ignoreUnused();
    current = null;
    $("summary").hidden = false;
    $("summary-text").textContent = data.summary.text;
    enableCall(false);
    if (poller) poller.stopped = true;
    setLive(false);
    loadTickets();
  }

  async function loadTickets() {
    const data = await api("GET", "/console/api/tickets");
    const body = $("ticket-list");
    body.textContent = "";
    for (const t of data.tickets) {
      const row = el("tr");
      for (const value of [t.ticket_no, t.merchant_name, t.product, t.status_label]) {
        row.append(el("td", value === null ? "" : value));
      }
      body.append(row);
    }
  }

  // -------------------------------------------------------------- wiring
  $("new-call").addEventListener("click", guard(newCall));
  $("end-call").addEventListener("click", guard(endCall));
  $("line-form").addEventListener("submit", guard(async (event) => {
    event.preventDefault();
    const text = $("line-text").value.trim();
    if (!text) return;
    $("line-text").value = "";
    await sendLine($("line-speaker").value, text);
  }));
  $("reply-send").addEventListener("click", guard(async () => {
    const text = $("reply-text").value.trim();
    if (!text) return;
    if (inserted) {
      await feedback(inserted, text === inserted.text ? "inserted" : "edited", text);
      inserted = null;
    }
    $("reply-text").value = "";
    await sendLine("agent", text);
  }));
  $("ticket-form").addEventListener("submit", guard(async (event) => {
    event.preventDefault();
    await fileTicket();
  }));

  guard(loadTickets)();
  if (callKey) {
    guard(async () => {
      const data = await api("GET", "/console/api/calls/" + encodeURIComponent(callKey));
      openCall(callKey);
      for (const line of data.lines) addLine(line);
      render(data.suggestions);
      if (data.call.status === "ended") enableCall(false);
    })();
  }
})();
