// Dashboard charts with the vendored Chart.js (static/vendor, from npm chart.js 4.5.1).
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("figures").textContent);
  const color = "#12477a";
  const bar = (id, pairs, horizontal) => new Chart(document.getElementById(id), {
    type: "bar",
    data: { labels: pairs.map((p) => p[0]), datasets: [{ data: pairs.map((p) => p[1]), backgroundColor: color }] },
    options: { indexAxis: horizontal ? "y" : "x", plugins: { legend: { display: false } },
               scales: { [horizontal ? "x" : "y"]: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  new Chart(document.getElementById("chart-days"), {
    type: "line",
    data: { labels: data.days.map((d) => d.slice(5)),
            datasets: [{ label: "件数", data: data.per_day, borderColor: color, backgroundColor: color, tension: 0.2 }] },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  bar("chart-merchants", data.merchants, true);
  new Chart(document.getElementById("chart-types"), {
    type: "doughnut",
    data: { labels: data.dispute_types.map((p) => p[0]), datasets: [{ data: data.dispute_types.map((p) => p[1]) }] },
  });
  bar("chart-districts", data.districts, true);
  document.body.dataset.chartsReady = "1";
})();
