// Staff login through the backend's own endpoint (/api/v1/auth/login): session cookie + CSRF.
"use strict";
document.getElementById("login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = document.getElementById("login-error");
  error.textContent = "";
  const response = await fetch("/api/v1/auth/login", {
    method: "POST",
    credentials: "same-origin",
    headers: {
      "Content-Type": "application/json",
      "X-CSRF-Token": document.querySelector('meta[name="csrf-token"]').content,
    },
    body: JSON.stringify({
      username: document.getElementById("username").value,
      password: document.getElementById("password").value,
    }),
  });
  if (response.ok) {
    const next = document.body.dataset.next || "/console/";
    // Only a path on this site: the next parameter must not send the agent elsewhere.
    window.location.assign(next.startsWith("/") && !next.startsWith("//") ? next : "/console/");
  } else {
    error.textContent = response.status === 401 ? "用户名或密码不正确" : "登录失败，请稍后再试";
  }
});
