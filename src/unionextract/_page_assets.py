"""The inline stylesheet and script of the HTML page (see :mod:`unionextract.html`).

Kept apart so that the renderer stays readable; both are static text, hashed into the page's
Content-Security-Policy. The script builds the tooltip only by cloning the page's own (escaped)
value cards, never from strings, so nothing from the text is ever parsed as markup.
"""

CSS = """
:root{--ink:#1c2430;--mute:#5b6675;--line:#d9dee5;--bg:#f6f7f9;--card:#fff;
--font:"Noto Sans","Segoe UI","Liberation Sans","DejaVu Sans",Arial,sans-serif}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--ink);font:15px/1.5 var(--font)}
body{margin:0 auto;max-width:84rem;padding:1.5rem 2rem 4rem}
header h1{font-size:1.5rem;margin:.2rem 0 .1rem;overflow-wrap:anywhere}
.hint{color:var(--mute);margin:0 0 1rem;font-size:.9rem}
h2{font-size:1.15rem;margin:0 0 .8rem;overflow-wrap:anywhere}
nav{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.9rem 1.2rem;
margin-bottom:1.5rem}
.doclist{margin:0;padding-left:1.6rem}.doclist li{margin:.2rem 0}
.doclist a{color:#0b57d0;font-weight:600;overflow-wrap:anywhere}
.doclist .sum{color:var(--mute);font-size:.85rem;margin-left:.6rem}
.doc{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.4rem 1.6rem;
margin-bottom:1.8rem}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 21rem;gap:2.2rem;align-items:start}
.cols>aside{order:2;position:sticky;top:1rem}
@media (max-width:60rem){.cols{grid-template-columns:1fr}.cols>aside{order:0;position:static}}
.tot{color:var(--mute);font-size:.85rem;margin:0 0 .6rem}
.legend{list-style:none;margin:0 0 1.2rem;padding:0;display:grid;gap:.3rem}
.legend button{display:flex;align-items:center;gap:.55rem;width:100%;padding:.35rem .6rem;
font:inherit;color:inherit;background:var(--t);border:1px solid transparent;border-radius:6px;
cursor:pointer;text-align:left}
.legend button:hover{border-color:var(--c)}
.legend button:focus-visible{outline:2px solid var(--c);outline-offset:1px}
.legend button[aria-pressed=false]{background:none;opacity:.55;text-decoration:line-through}
.legend .sw{width:.9rem;height:.9rem;border-radius:3px;background:var(--c);flex:none}
.legend .zero{opacity:.6}
.legend .lk{flex:1}.legend .n{font-weight:700;font-variant-numeric:tabular-nums}
table.meta{border-collapse:collapse;width:100%;font-size:.88rem}
table.meta caption{text-align:left;font-weight:700;font-size:.95rem;padding-bottom:.4rem}
table.meta th,table.meta td{border-top:1px solid var(--line);padding:.35rem .4rem;
vertical-align:top;text-align:left;overflow-wrap:anywhere}
table.meta th{color:var(--mute);font-weight:600;width:42%}
table.meta ul{margin:0;padding-left:1rem}
.none{color:var(--mute);font-size:.88rem;font-style:italic}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.07rem;line-height:2;max-width:48rem}
.k-date{--c:#1d5fd1;--t:rgba(29,95,209,.11);--s:rgba(29,95,209,.28)}
.k-document_number{--c:#7c3aed;--t:rgba(124,58,237,.11);--s:rgba(124,58,237,.28)}
.k-money{--c:#15803d;--t:rgba(21,128,61,.12);--s:rgba(21,128,61,.3)}
.k-organization{--c:#c2410c;--t:rgba(194,65,12,.11);--s:rgba(194,65,12,.28)}
.k-count{--c:#0e7490;--t:rgba(14,116,144,.11);--s:rgba(14,116,144,.28)}
.k-percent{--c:#be123c;--t:rgba(190,18,60,.11);--s:rgba(190,18,60,.28)}
.k-other{--c:#57606a;--t:rgba(87,96,106,.11);--s:rgba(87,96,106,.28)}
mark.m{color:inherit;background:var(--t);border-bottom:2px solid var(--c);border-radius:3px 3px 0 0;
padding:1px 0 calc(var(--lv)*5px + 1px);cursor:help;-webkit-box-decoration-break:clone;
box-decoration-break:clone}
.lv0{--lv:0}.lv1{--lv:1}.lv2{--lv:2}.lv3{--lv:3}.lv4{--lv:4}
mark.m.on{background:var(--s)}
mark.m:focus{outline:2px solid var(--c);outline-offset:1px}
.off-date mark.k-date,.off-document_number mark.k-document_number,.off-money mark.k-money,
.off-organization mark.k-organization,.off-count mark.k-count,.off-percent mark.k-percent
{background:none;border-bottom-color:transparent;cursor:auto}
.tip{position:absolute;z-index:10;max-width:24rem;background:#fff;border:1px solid var(--line);
border-radius:8px;box-shadow:0 6px 24px rgba(20,30,45,.18);padding:.2rem .8rem;pointer-events:none;
font-size:.85rem}
.tip .val{padding:.5rem 0;border-left:4px solid var(--c);padding-left:.6rem;margin:.35rem 0}
.tip .val+.val{border-top:1px dashed var(--line)}
.vk{color:var(--mute);font-size:.78rem;overflow-wrap:anywhere}.vk q{color:var(--ink)}
.vh{font-weight:700;font-size:1.05rem;margin:.1rem 0 .25rem;font-variant-numeric:tabular-nums;
overflow-wrap:anywhere}
.val dl{display:grid;grid-template-columns:auto 1fr;gap:.05rem .7rem;margin:0}
.val dt{color:var(--mute)}.val dd{margin:0;overflow-wrap:anywhere}
@media print{html{background:#fff}.hint,.tip{display:none}.cols>aside{position:static}
.doc{border:0;padding:0}mark.m{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""

JS = """
(function () {
  "use strict";
  var tip = document.getElementById("ue-tip");
  var lit = [];
  function clear() {
    lit.forEach(function (e) { e.classList.remove("on"); });
    lit = [];
  }
  function hide() { tip.hidden = true; clear(); }
  function place(el) {
    var r = el.getClientRects()[0] || el.getBoundingClientRect();
    var vw = document.documentElement.clientWidth, h = tip.offsetHeight;
    var x = Math.max(8, Math.min(r.left, vw - tip.offsetWidth - 8));
    var y = r.bottom + 10;
    if (y + h > window.innerHeight && r.top - h - 10 > 0) { y = r.top - h - 10; }
    tip.style.left = (x + window.scrollX) + "px";
    tip.style.top = (y + window.scrollY) + "px";
  }
  function show(el, withOuter) {
    var ids = [], node = el;
    while (node && node.classList) {
      if (node.classList.contains("m")) {
        var id = node.getAttribute("data-m");
        if (ids.indexOf(id) < 0) { ids.push(id); }
        if (!withOuter) { break; }
      }
      node = node.parentElement;
    }
    clear();
    tip.replaceChildren();
    ids.forEach(function (id) {
      var card = document.getElementById(id + "-v");
      if (card) {
        var copy = card.cloneNode(true);
        copy.removeAttribute("id");
        tip.appendChild(copy);
      }
      document.querySelectorAll('mark.m[data-m="' + id + '"]').forEach(function (f) {
        f.classList.add("on");
        lit.push(f);
      });
    });
    tip.hidden = false;
    place(el);
  }
  function markOf(t) { return t && t.closest ? t.closest("mark.m") : null; }
  document.addEventListener("mouseover", function (e) {
    var el = markOf(e.target);
    if (el) { show(el, true); }
    else if (!markOf(document.activeElement)) { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    var el = markOf(e.target);
    if (el) { show(el, false); }
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
  document.querySelectorAll(".legend button[data-kind]").forEach(function (b) {
    b.addEventListener("click", function () {
      var on = b.getAttribute("aria-pressed") === "true";
      b.setAttribute("aria-pressed", on ? "false" : "true");
      b.closest(".doc").classList.toggle("off-" + b.getAttribute("data-kind"), on);
    });
  });
})();
"""
