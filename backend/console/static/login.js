// Staff login through the backend's own endpoint (/api/v1/auth/login): session cookie + CSRF.
"use strict";
(function () {
  const { $, api } = window.ConsoleKit;
  $("login-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("login-error");
    error.textContent = "";
    const credentials = { username: $("username").value, password: $("password").value };
    try {
      try {
        await api("POST", "/api/v1/auth/login", credentials);
      } catch (err) {
        // "busy": another login's password check was running; the server asks for a second.
        if (err.status !== 429 || !err.data || err.data.error !== "busy") throw err;
        await new Promise((resolve) => setTimeout(resolve, 1200));
        await api("POST", "/api/v1/auth/login", credentials);
      }
    } catch (err) {
      error.textContent = err.status === 401 ? "用户名或密码不正确"
        : err.status === 429 && err.data && err.data.error === "busy" ? "登录人数较多，请稍后再试"
        : err.status === 429 ? "登录失败次数过多，请稍后再试" : "登录失败，请稍后再试";
      return;
    }
    const next = document.body.dataset.next || "/console/";
    // Only a path on this site: the next parameter must not send the agent elsewhere.
    // Browsers drop tabs/newlines and read "\" as "/": "/\t/evil" would leave the site.
    window.location.assign(/^\/(?![\/\\])/.test(next) && !/[\x00-\x1f\\]/.test(next) ? next : "/console/");
  });
})();
