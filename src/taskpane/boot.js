/*
 * Runs before anything else, in any webview. Old Office builds host the pane in Internet Explorer (Trident) or, on
 * Windows 10 without WebView2, in EdgeHTML, which has every feature tested below but cannot parse `?.` or `??`:
 * instead of a blank pane, say plainly that this Office is not supported. EdgeHTML is known by its `Edge/` token
 * (Chromium Edge and WebView2 say `Edg/`); a syntax probe would need `new Function`, which the CSP forbids.
 * Deliberately ES3-compatible; the message text comes from the i18n catalog through the page's data attributes.
 */
(function () {
  var w = window;
  var modern =
    typeof w.Promise === "function" &&
    typeof w.Symbol === "function" &&
    typeof w.Proxy === "function" &&
    typeof w.fetch === "function" &&
    !!Array.prototype.includes &&
    !/Trident\/|MSIE |\bEdge\/\d/.test(w.navigator.userAgent);
  if (modern) return;
  w.__dienMauUnsupported = true;
  function show() {
    var box = document.getElementById("unsupported");
    var root = document.getElementById("root");
    if (!box) return;
    var lang = (w.navigator.userLanguage || w.navigator.language || "vi").toLowerCase();
    var message = box.getAttribute(lang.indexOf("en") === 0 ? "data-en" : "data-vi");
    if ("textContent" in box) box.textContent = message;
    else box.innerText = message;
    box.removeAttribute("hidden");
    box.style.display = "block";
    if (root) root.style.display = "none";
  }
  if (document.readyState === "loading") {
    document.attachEvent
      ? document.attachEvent("onreadystatechange", show)
      : document.addEventListener("DOMContentLoaded", show);
  } else show();
})();
