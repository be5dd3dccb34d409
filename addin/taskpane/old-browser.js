// Plain ES5 on purpose: Excel on Windows 7/8.1 or an old Windows 10 shows add-ins in Internet Explorer 11, which
// cannot read the pane's script. This says so in words staff can act on, instead of an empty pane.
(function () {
  if (!document.documentMode) return;
  document.addEventListener("DOMContentLoaded", function () {
    var app = document.getElementById("app");
    if (!app) return;
    var vi = document.createElement("p");
    vi.textContent =
      "Excel trên máy này hiển thị tiện ích bằng Internet Explorer, trình duyệt đã quá cũ để chạy Chỉ số CCHC. " +
      "Hãy dùng Excel trên web (office.com), hoặc nhờ bộ phận CNTT cập nhật Windows 10 (bản 1903 trở lên) hoặc cài Microsoft Edge WebView2.";
    var en = document.createElement("p");
    en.textContent =
      "This Excel shows add-ins in Internet Explorer, which is too old for PAR Index. Use Excel on the web, " +
      "or ask IT to update Windows 10 (1903 or later) or install the Microsoft Edge WebView2 runtime.";
    app.innerHTML = "";
    app.appendChild(vi);
    app.appendChild(en);
  });
})();
