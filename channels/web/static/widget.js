/*
 * 12315 消费维权助手 — web widget for the bureau's site.
 *
 * Embed with one tag (the attributes are optional):
 *   <script src="https://BACKEND/widget/widget.js" defer
 *           data-rasa-url="https://RASA"               socket.io server (default: this script's origin)
 *           data-upload-url="https://BACKEND/api/v1/widget/evidence"
 *           data-open="false"></script>
 *
 * It talks to Rasa's socket.io channel with session persistence: the session id
 * and the transcript are kept in localStorage, so a reload (or a dropped network)
 * continues the same conversation. Everything is rendered with textContent:
 * bot and user text can never become markup (only **bold**, line breaks and
 * http(s) links are recognised, and they are built as DOM nodes).
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__rasa12315Loaded) return;
  window.__rasa12315Loaded = true;

  var base = new URL(".", script.src).href;           // .../widget/
  var data = script.dataset;
  var config = {
    rasaUrl: data.rasaUrl || new URL(script.src).origin,
    socketPath: data.socketPath || "/socket.io/",
    uploadUrl: data.uploadUrl || new URL("../api/v1/widget/evidence", base).href,
    // Where the widget confirms that an agent's reply reached this page (the console
    // shows 已送达 only then).
    ackUrl: data.ackUrl || new URL("../api/v1/widget/handoff-ack", base).href,
    // Agent replies pushed while this page was closed or offline are fetched from here.
    missedUrl: data.missedUrl || new URL("../api/v1/widget/handoff-replies", base).href,
    // Messages from the bureau about this conversation's complaint (accepted, rejected,
    // closed...), fetched when the consumer comes back.
    noticesUrl: data.noticesUrl || new URL("../api/v1/widget/notifications", base).href,
    evidencePayload: data.evidencePayload || "/inform_evidence",
    maxUploadBytes: parseInt(data.maxUploadBytes || String(10 * 1024 * 1024), 10),
    startOpen: data.open === "true",
    storageKey: data.storageKey || "rasa12315",
    // A conversation idle this long starts afresh (shared computers in service halls).
    sessionHours: parseFloat(data.sessionHours || "24")
  };
  var MAX_STORED_MESSAGES = 200;
  var TYPING_TIMEOUT_MS = 30000;
  var TEXT = {
    launcher: "在线咨询",
    title: "12315 消费维权助手",
    subtitle: "市场监管投诉举报智能助手",
    close: "收起对话窗口",
    log: "对话记录",
    inputLabel: "输入您的问题",
    placeholder: "请输入您的问题…",
    send: "发送",
    upload: "上传凭证",
    uploadHint: "可上传图片或PDF，不超过10MB",
    typing: "助手正在输入…",
    you: "我",
    bot: "助手",
    quickReplies: "快捷回复",
    connecting: "正在连接…",
    online: "在线",
    offline: "网络已断开，正在尝试重新连接…",
    reconnected: "已重新连接",
    uploading: "正在上传：",
    uploaded: "已上传凭证：",
    uploadTooLarge: "文件太大了，请上传不超过10MB的图片或PDF。",
    uploadWrongType: "只能上传图片（JPG、PNG、WebP、GIF、HEIC）或PDF文件。",
    uploadFailed: "凭证上传失败，请稍后再试。",
    agent: "人工客服",
    details: "查看法律依据、证据和办理步骤",
    welcome: "您好！我是12315消费维权智能助手。您可以直接描述遇到的消费问题，我会帮您整理投诉、解答维权法律问题或查询投诉进度。"
  };
  var ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif", "image/heic", "application/pdf"];

  // ---------------------------------------------------------------- storage
  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function loadState() {
    try {
      var state = JSON.parse(window.localStorage.getItem(config.storageKey) || "null");
      if (state && typeof state.sessionId === "string" && Array.isArray(state.messages)) {
        var last = state.messages[state.messages.length - 1];
        if (!last || Date.now() - last.ts < config.sessionHours * 3600 * 1000) return state;
      }
    } catch (e) { /* storage blocked or corrupted: start afresh */ }
    return { sessionId: "web:" + randomId(), messages: [], open: config.startOpen };
  }

  var state = loadState();

  function saveState() {
    state.messages = state.messages.slice(-MAX_STORED_MESSAGES);
    try { window.localStorage.setItem(config.storageKey, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }

  // ---------------------------------------------------------------- DOM
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "className") node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  /* Icons are inline SVG: emoji fonts are missing on many office PCs. */
  function icon(pathData) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "20");
    svg.setAttribute("height", "20");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", pathData);
    path.setAttribute("fill", "none");
    path.setAttribute("stroke", "currentColor");
    path.setAttribute("stroke-width", "2");
    path.setAttribute("stroke-linecap", "round");
    path.setAttribute("stroke-linejoin", "round");
    svg.appendChild(path);
    return svg;
  }
  var CHAT_ICON = "M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z";
  var CLIP_ICON = "M21 11.5l-8.5 8.5a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8";

  var host = el("div", { id: "rasa12315-widget" });
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var styles = el("link", { rel: "stylesheet", href: base + "widget.css" });
  // Shown once styled (no flash of unstyled widget); then the log can scroll to the end.
  host.style.visibility = "hidden";
  function stylesReady() { host.style.visibility = ""; scrollToEnd(); }
  styles.addEventListener("load", stylesReady);
  styles.addEventListener("error", stylesReady);
  root.appendChild(styles);

  var launcher = el("button", { type: "button", className: "launcher", "aria-expanded": "false",
                                "aria-controls": "rasa12315-panel" }, [
    icon(CHAT_ICON),
    el("span", { text: TEXT.launcher })
  ]);
  var statusLine = el("span", { className: "status", role: "status", text: TEXT.connecting });
  var closeButton = el("button", { type: "button", className: "close", "aria-label": TEXT.close, text: "×" });
  var log = el("div", { className: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
                        "aria-label": TEXT.log, tabindex: "0" });
  var typing = el("div", { className: "typing", hidden: "" }, [
    el("span", { className: "dots", "aria-hidden": "true" }, [el("i"), el("i"), el("i")]),
    el("span", { text: TEXT.typing })
  ]);
  var fileInput = el("input", { type: "file", id: "rasa12315-file", className: "visually-hidden",
                                accept: ACCEPTED_TYPES.join(",") + ",.heic", tabindex: "-1",
                                "aria-hidden": "true" });
  var uploadButton = el("button", { type: "button", className: "upload", title: TEXT.uploadHint,
                                    "aria-label": TEXT.upload + "（" + TEXT.uploadHint + "）" }, [
    icon(CLIP_ICON),
    el("span", { className: "upload-text", text: TEXT.upload })
  ]);
  var input = el("textarea", { id: "rasa12315-input", rows: "1", maxlength: "1000", placeholder: TEXT.placeholder,
                               autocomplete: "off", enterkeyhint: "send" });
  var sendButton = el("button", { type: "submit", className: "send", text: TEXT.send });
  var form = el("form", { className: "composer" }, [
    uploadButton, fileInput,
    el("label", { "for": "rasa12315-input", className: "visually-hidden", text: TEXT.inputLabel }),
    input, sendButton
  ]);
  var panel = el("section", { id: "rasa12315-panel", className: "panel", role: "dialog",
                              "aria-labelledby": "rasa12315-title", hidden: "" }, [
    el("header", {}, [
      el("div", { className: "heading" }, [
        el("h2", { id: "rasa12315-title", text: TEXT.title }),
        el("p", { className: "subtitle" }, [el("span", { text: TEXT.subtitle + " · " }), statusLine])
      ]),
      closeButton
    ]),
    log, typing, form
  ]);
  root.appendChild(launcher);
  root.appendChild(panel);

  // ---------------------------------------------------------------- rendering
  var LINK_OR_BOLD = /(\*\*[^*\n]+\*\*|https?:\/\/[^\s<>"'，。；）]+)/g;

  /* Text with a tiny markdown subset, built node by node (never innerHTML). */
  function renderRich(container, text) {
    String(text).split("\n").forEach(function (line, index) {
      if (index > 0) container.appendChild(document.createElement("br"));
      var last = 0;
      line.replace(LINK_OR_BOLD, function (match, _group, offset) {
        if (offset > last) container.appendChild(document.createTextNode(line.slice(last, offset)));
        if (match.indexOf("**") === 0) {
          container.appendChild(el("strong", { text: match.slice(2, -2) }));
        } else {
          container.appendChild(el("a", { href: match, target: "_blank", rel: "noopener noreferrer nofollow",
                                          text: match }));
        }
        last = offset + match.length;
        return match;
      });
      if (last < line.length) container.appendChild(document.createTextNode(line.slice(last)));
    });
  }

  function formatTime(ms) {
    var d = new Date(ms);
    return ("0" + d.getHours()).slice(-2) + ":" + ("0" + d.getMinutes()).slice(-2);
  }

  /* The details of a law answer (articles, evidence, a case, next steps), one tap away. */
  function renderDetails(bubble, sections) {
    var details = el("details", { className: "details" }, [el("summary", { text: TEXT.details })]);
    sections.forEach(function (section) {
      if (!section || !section.body) return;
      var block = el("section", { className: "detail" });
      if (section.title) block.appendChild(el("h3", { text: String(section.title) }));
      var body = el("p");
      renderRich(body, String(section.body));
      block.appendChild(body);
      details.appendChild(block);
    });
    bubble.appendChild(details);
  }

  function renderMessage(message, isLast) {
    var who = message.from === "user" ? TEXT.you : (message.agent ? TEXT.agent : TEXT.bot);
    var bubble = el("div", { className: "bubble" });
    bubble.appendChild(el("span", { className: message.agent ? "agent-tag" : "visually-hidden",
                                    text: message.agent ? who : who + "：" }));
    if (message.text) renderRich(bubble, message.text);
    if (message.details && message.details.length) renderDetails(bubble, message.details);
    if (message.image && /^https?:\/\//.test(message.image)) {
      bubble.appendChild(el("img", { src: message.image, alt: "助手发送的图片", loading: "lazy" }));
    }
    var item = el("div", { className: "msg " + (message.from === "user" ? "from-user" : "from-bot") }, [
      bubble,
      el("time", { datetime: new Date(message.ts).toISOString(), text: formatTime(message.ts) })
    ]);
    log.appendChild(item);
    if (isLast && message.buttons && message.buttons.length) renderQuickReplies(message.buttons);
    return item;
  }

  function clearQuickReplies() {
    Array.prototype.forEach.call(log.querySelectorAll(".quick-replies"), function (group) { group.remove(); });
  }

  function renderQuickReplies(buttons) {
    clearQuickReplies();
    var group = el("div", { className: "quick-replies", role: "group", "aria-label": TEXT.quickReplies });
    buttons.forEach(function (button) {
      var node = el("button", { type: "button", className: "quick-reply", text: button.title });
      node.addEventListener("click", function () {
        sendMessage(button.payload, button.title);
        input.focus();  // the buttons are gone now: keep keyboard users in the conversation
      });
      group.appendChild(node);
    });
    log.appendChild(group);
  }

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }

  /* A reply is read from its start: the log scrolls to the end, unless that would push
     the first new message's beginning out of view (a long answer on a phone). */
  function scrollToReply() {
    var items = log.querySelectorAll(".msg");
    var first = null;
    for (var i = items.length - 1; i >= 0 && !items[i].classList.contains("from-user"); i--) first = items[i];
    if (!first) return scrollToEnd();
    var end = log.scrollHeight - log.clientHeight;
    var start = log.scrollTop + first.getBoundingClientRect().top - log.getBoundingClientRect().top - 12;
    log.scrollTop = Math.max(0, Math.min(end, start));
  }

  function addMessage(message) {
    message.ts = message.ts || Date.now();
    if (message.from === "user") clearQuickReplies();
    state.messages.push(message);
    saveState();
    renderMessage(message, true);
    if (message.from === "user") scrollToEnd(); else scrollToReply();
  }

  /* Re-renders the last message after something was added to it (details, agent tag). */
  function updateLastMessage(change) {
    var message = state.messages[state.messages.length - 1];
    if (!message || message.from !== "bot") return false;
    change(message);
    saveState();
    var items = log.querySelectorAll(".msg");
    var old = items[items.length - 1];
    var groups = log.querySelectorAll(".quick-replies");
    Array.prototype.forEach.call(groups, function (group) { group.remove(); });
    if (old) old.remove();
    renderMessage(message, true);
    scrollToReply();
    return true;
  }

  function renderHistory() {
    log.textContent = "";
    var last = state.messages.length - 1;
    state.messages.forEach(function (message, index) { renderMessage(message, index === last); });
    scrollToEnd();
  }

  var typingTimer = null;
  function showTyping(on) {
    clearTimeout(typingTimer);
    if (on) {
      typing.hidden = false;
      typingTimer = setTimeout(function () { typing.hidden = true; }, TYPING_TIMEOUT_MS);
    } else {
      typing.hidden = true;
    }
  }

  // ---------------------------------------------------------------- socket.io
  var socket = null;
  var ready = false;          // connected and session confirmed: replies reach us
  var wasConnected = false;
  var outbox = [];            // messages typed while (re)connecting

  function emitUser(message) {
    socket.emit("user_uttered", { message: message, session_id: state.sessionId, metadata: { channel: "web" } });
  }

  function sendMessage(payload, shownText) {
    if (!payload) return;
    if (shownText !== null) addMessage({ from: "user", text: shownText === undefined ? payload : shownText });
    showTyping(true);
    if (ready) emitUser(payload); else outbox.push(payload);
  }

  function setStatus(text) { statusLine.textContent = text; }

  function acknowledged(id) {
    state.acked = (state.acked || []).concat([id]).slice(-50);
    saveState();
  }

  /* Replies an agent sent while the page was closed or offline: shown now, confirmed. */
  function fetchMissedReplies() {
    fetch(config.missedUrl + "?conversation_id=" + encodeURIComponent(state.sessionId), { credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : { replies: [] }; })
      .then(function (body) {
        (body.replies || []).forEach(function (reply) {
          if (!reply || !reply.id) return;
          if ((state.acked || []).indexOf(reply.id) < 0) {
            addMessage({ from: "bot", text: String(reply.text || ""), agent: true });
          }
          acknowledge(reply);
        });
      })
      .catch(function () { /* asked again at the next connection */ });
  }

  function acknowledge(reply) {
    acknowledged(reply.id);
    // No cookies: the token that came with the reply is the proof.
    fetch(config.ackUrl, {
      method: "POST", credentials: "omit", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ conversation_id: state.sessionId, reply_id: reply.id, ack: String(reply.ack) })
    }).catch(function () { /* the console then shows it as sent, not delivered */ });
  }

  function fetchNotices() {
    // Each message is handed out once (the backend marks it shown), so show it and keep it.
    fetch(config.noticesUrl + "?conversation_id=" + encodeURIComponent(state.sessionId), { credentials: "omit" })
      .then(function (r) { return r.ok ? r.json() : { messages: [] }; })
      .then(function (body) {
        (body.messages || []).forEach(function (m) {
          if (m && m.text) addMessage({ from: "bot", text: String(m.text), notice: true });
        });
      })
      .catch(function () { /* offline: they stay waiting in the backend */ });
  }

  function onBotMessage(message) {
    if (!message || typeof message !== "object") return;
    // An agent's reply (its text came just before): confirm it arrived, and say who wrote it.
    if (message.handoff_reply && typeof message.handoff_reply === "object") {
      updateLastMessage(function (last) { last.agent = true; });
      if (message.handoff_reply.id && message.handoff_reply.ack) acknowledge(message.handoff_reply);
      return;
    }
    // The details of the law answer whose short answer came just before.
    if (Array.isArray(message.law_details)) {
      var sections = message.law_details.filter(function (d) { return d && d.body; }).map(function (d) {
        return { title: d.title ? String(d.title) : "", body: String(d.body) };
      });
      if (!updateLastMessage(function (last) { last.details = sections; })) {
        addMessage({ from: "bot", text: "", details: sections });
      }
      return;
    }
    showTyping(false);
    var buttons = (message.quick_replies || message.buttons || []).filter(function (b) {
      return b && (b.title || b.payload);
    }).map(function (b) { return { title: String(b.title || b.payload), payload: String(b.payload || b.title) }; });
    var image = message.attachment && message.attachment.type === "image" && message.attachment.payload
      ? message.attachment.payload.src : message.image;
    if (!message.text && !image && !buttons.length) return;
    addMessage({ from: "bot", text: message.text ? String(message.text) : "", buttons: buttons,
                 image: image ? String(image) : undefined });
  }

  function connect() {
    socket = window.io(config.rasaUrl, {
      path: config.socketPath,
      transports: ["websocket", "polling"],
      reconnection: true,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 5000
    });
    socket.on("connect", function () {
      // Rejoin our conversation (Rasa puts this socket in the session's room).
      socket.emit("session_request", { session_id: state.sessionId });
    });
    socket.on("session_confirm", function (confirmed) {
      var id = typeof confirmed === "string" ? confirmed : confirmed && confirmed.session_id;
      if (id && id !== state.sessionId) { state.sessionId = id; saveState(); }
      ready = true;
      setStatus(wasConnected ? TEXT.reconnected : TEXT.online);
      wasConnected = true;
      panel.classList.remove("is-offline");
      while (outbox.length) emitUser(outbox.shift());
      fetchMissedReplies();
      fetchNotices();
    });
    socket.on("bot_uttered", onBotMessage);
    socket.on("disconnect", function () {
      ready = false;
      panel.classList.add("is-offline");
      setStatus(TEXT.offline);
    });
    socket.on("connect_error", function () {
      panel.classList.add("is-offline");
      setStatus(wasConnected ? TEXT.offline : TEXT.connecting);
    });
  }

  // ---------------------------------------------------------------- upload
  function upload(file) {
    if (file.size > config.maxUploadBytes) return addMessage({ from: "bot", text: TEXT.uploadTooLarge });
    var lowerName = (file.name || "").toLowerCase();
    if (ACCEPTED_TYPES.indexOf(file.type) < 0 && !/\.heic$/.test(lowerName)) {
      return addMessage({ from: "bot", text: TEXT.uploadWrongType });
    }
    var body = new FormData();
    body.append("file", file, file.name);
    body.append("conversation_id", state.sessionId);
    setStatus(TEXT.uploading + file.name);
    // No cookies: the upload is tied to the conversation id only.
    fetch(config.uploadUrl, { method: "POST", body: body, credentials: "omit" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        addMessage({ from: "user", text: TEXT.uploaded + file.name });
        sendMessage(config.evidencePayload, null);
      })
      .catch(function () { addMessage({ from: "bot", text: TEXT.uploadFailed }); })
      .then(function () { setStatus(ready ? TEXT.online : TEXT.offline); });
  }

  // ---------------------------------------------------------------- behaviour
  function setOpen(open, focus) {
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    state.open = open;
    saveState();
    if (open) {
      scrollToReply();
      if (focus) input.focus();
    } else if (focus) {
      launcher.focus();
    }
  }

  launcher.addEventListener("click", function () { setOpen(true, true); });
  closeButton.addEventListener("click", function () { setOpen(false, true); });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") setOpen(false, true);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    sendMessage(text);
    input.focus();
  });
  input.addEventListener("keydown", function (event) {
    // Enter sends; Shift+Enter starts a new line; IME composition is left alone.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
    }
  });
  uploadButton.addEventListener("click", function () { fileInput.click(); });
  fileInput.addEventListener("change", function () {
    if (fileInput.files && fileInput.files[0]) upload(fileInput.files[0]);
    fileInput.value = "";
  });

  function start() {
    document.body.appendChild(host);
    if (!state.messages.length) addMessage({ from: "bot", text: TEXT.welcome });
    renderHistory();
    setOpen(!!state.open, false);
    if (window.io) return connect();
    // The socket.io client is vendored next to this file: no third-party CDN.
    var loader = document.createElement("script");
    loader.src = base + "vendor/socket.io.min.js";
    loader.onload = connect;
    loader.onerror = function () { setStatus(TEXT.offline); };
    document.head.appendChild(loader);
  }

  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
