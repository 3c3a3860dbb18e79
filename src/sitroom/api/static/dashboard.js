// Draw each chart from the JSON the server embedded in the page (no inline script: the CSP forbids it).
"use strict";
(function () {
  function draw() {
    var charts = document.querySelectorAll("[data-figure]");
    charts.forEach(function (el) {
      var source = document.getElementById(el.getAttribute("data-figure"));
      if (!source || typeof Plotly === "undefined") { return; }
      var figure = JSON.parse(source.textContent);
      var config = {topojsonURL: "/static/topojson/", displaylogo: false, responsive: true};
      Plotly.newPlot(el, figure.data, figure.layout, config).then(function () {
        el.setAttribute("data-drawn", "true");
        var links = el.getAttribute("data-links");
        if (links) {
          el.on("plotly_click", function (ev) {
            var point = ev.points && ev.points[0];
            if (point && point.customdata) { window.location.href = links + encodeURIComponent(point.customdata); }
          });
        }
      });
    });
    var focus = document.querySelector("mark.focus");
    if (focus) { focus.scrollIntoView({block: "center"}); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
