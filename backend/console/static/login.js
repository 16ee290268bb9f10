// Staff login through the backend's own endpoint (/api/v1/auth/login): session cookie + CSRF.
"use strict";
(function () {
  const { $, api } = window.ConsoleKit;
  $("login-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("login-error");
    error.textContent = "";
    try {
      await api("POST", "/api/v1/auth/login", { username: $("username").value, password: $("password").value });
    } catch (err) {
      error.textContent = err.status === 401 ? "用户名或密码不正确"
        : err.status === 429 ? "登录失败次数过多，请稍后再试" : "登录失败，请稍后再试";
      return;
    }
    const next = document.body.dataset.next || "/console/";
    // Only a path on this site: the next parameter must not send the agent elsewhere.
    // Browsers drop tabs/newlines and read "\" as "/": "/\t/evil" would leave the site.
    window.location.assign(/^\/(?![\/\\])/.test(next) && !/[\x00-\x1f\\]/.test(next) ? next : "/console/");
  });
})();
