// Groups of documents on a big overview (policykg.viz.aggregate): lay the groups out in a grid
// (columns = years, rows = levels), open a group on click into its smaller groups or documents
// (the grid makes room), close it from its title bar. Edges between what is shown are summed.
function PKClusters(DATA) {
  "use strict";
  var C = DATA.clusters, L = C.layout;
  var files = C.inline || {};
  var info = {}, open = {}, tops = {}, base = {}, docTop = {}, when = {};
  var waiting = {};
  C.tops.forEach(function (t) { tops[t.id] = t; when[t.year] = t.when; });
  DATA.nodes.forEach(function (n) { base[n.id] = n; info[n.id] = { id: n.id, label: n.label, level: tops[n.id].level, count: n.count }; });
  var baseEdges = DATA.edges.slice();
  var years = uniq(C.tops.map(function (t) { return t.year; })).sort(function (a, b) { return a - b; });
  var tiers = uniq(C.tops.map(function (t) { return t.tier; })).sort(function (a, b) { return a - b; });

  function uniq(xs) { var s = {}; xs.forEach(function (x) { s[x] = 1; }); return Object.keys(s).map(Number); }

  window.PKO = function (id, data) { files[id] = data; };
  function loaded(top) {
    if (files[top]) { return Promise.resolve(files[top]); }
    if (!waiting[top]) {
      waiting[top] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = C.base + top + ".js";
        s.onload = function () { resolve(files[top]); };
        s.onerror = function () { reject(new Error("cannot load " + s.src)); };
        document.head.appendChild(s);
      });
    }
    return waiting[top];
  }
  function index(top) {
    Object.keys(files[top].nodes).forEach(function (d) { docTop[d] = top; });
    (function walk(g) {
      info[g.id] = g;
      (g.kids || []).forEach(walk);
    })(files[top].tree);
  }

  // --- layout: an open group is a grid of its children under a title bar
  function children(id) {
    var g = info[id];
    return g.kids ? g.kids.map(function (k) { return { id: k.id, doc: false }; })
                  : g.docs.map(function (d) { return { id: d, doc: true }; });
  }
  // An open group: its children in a grid whose columns and rows are as wide and tall as their
  // largest member (an open child widens its column and row only).
  function size(id) {
    if (!open[id]) { return { w: L.cellW, h: L.cellH }; }
    var kids = children(id);
    var cols = Math.max(1, Math.ceil(Math.sqrt(kids.length * (kids[0] && kids[0].doc ? 0.6 : 1.2))));
    var colW = [], rowH = [];
    kids.forEach(function (k, i) {
      var s = k.doc ? { w: L.docW, h: L.docH } : size(k.id), c = i % cols, r = Math.floor(i / cols);
      colW[c] = Math.max(colW[c] || 0, s.w);
      rowH[r] = Math.max(rowH[r] || 0, s.h);
    });
    var sum = function (xs) { return xs.reduce(function (a, b) { return a + b; }, 0); };
    return { w: sum(colW) + 2 * L.pad, h: sum(rowH) + 2 * L.pad + L.head, cols: cols, colW: colW, rowH: rowH };
  }
  function place(id, cx, cy, out, boxes) {
    if (!open[id]) { out[id] = { x: cx, y: cy, group: true }; return; }
    var s = size(id), kids = children(id);
    var left = cx - s.w / 2, top = cy - s.h / 2;
    out[id + "#head"] = { x: cx, y: top + L.head / 2, head: id, w: s.w };
    boxes.push({ x: left, y: top, w: s.w, h: s.h, colour: C.levels[info[id].level].fill });
    var xs = [left + L.pad], ys = [top + L.head + L.pad];
    s.colW.forEach(function (w, c) { xs[c + 1] = xs[c] + w; });
    s.rowH.forEach(function (h, r) { ys[r + 1] = ys[r] + h; });
    kids.forEach(function (k, i) {
      var c = i % s.cols, r = Math.floor(i / s.cols);
      var x = (xs[c] + xs[c + 1]) / 2, y = (ys[r] + ys[r + 1]) / 2;
      if (k.doc) { out[k.id] = { x: x, y: y, doc: true }; } else { place(k.id, x, y, out, boxes); }
    });
  }
  function layout() {
    var colW = {}, rowH = {}, out = {}, boxes = [];
    C.tops.forEach(function (t) {
      var s = size(t.id);
      colW[t.year] = Math.max(colW[t.year] || 0, s.w);
      rowH[t.tier] = Math.max(rowH[t.tier] || 0, s.h);
    });
    var colX = {}, x = 0, rowY = {}, y = 0;
    // gaps wide enough for links to pass between the groups
    years.forEach(function (yr) { colX[yr] = x + colW[yr] / 2; x += colW[yr] + 60; });
    tiers.forEach(function (t) { rowY[t] = y + rowH[t] / 2 + 40; y += rowH[t] + 110; });
    C.tops.forEach(function (t) { place(t.id, colX[t.year], rowY[t.tier], out, boxes); });
    DATA.bands = tiers.map(function (t) {
      var lv = C.tops.filter(function (x) { return x.tier === t; })[0].level;
      return { label: C.levels[lv].name, y: rowY[t] - rowH[t] / 2 - 40, bottom: y, colour: C.levels[lv].fill };
    });
    DATA.ticks = years.map(function (yr) { return { label: when[yr], x: colX[yr] - colW[yr] / 2 - 15 }; });
    DATA.boxes = boxes;
    return out;
  }

  // --- what is drawn
  function nodeFor(id, p) {
    if (p.doc) {
      var n = Object.assign({ id: id, shape: "dot", size: 9 }, files[docTop[id]].nodes[id]);
      n.x = p.x; n.y = p.y;
      return n;
    }
    if (p.head) {
      var g = info[p.head], lv = C.levels[g.level];
      return { id: id, x: p.x, y: p.y, shape: "box", label: "▾ " + lv.name + " · " + g.label.replace("\n", " · ") + " — click to close 收起",
               color: { background: lv.fill, border: lv.border }, font: { size: 15 }, margin: 8,
               widthConstraint: { minimum: p.w - 4, maximum: p.w - 4 }, title: "click to close this group" };
    }
    if (base[id]) { return Object.assign({}, base[id], { x: p.x, y: p.y }); }
    var h = info[id], st = C.levels[h.level];
    return { id: id, x: p.x, y: p.y, shape: "box", margin: 10, label: h.label, font: { size: 16 },
             color: { background: st.fill, border: st.border }, borderWidth: 2, title: h.label.replace("\n", " · ") + "\nclick to open the group" };
  }
  function rep(doc, top) {
    if (!open[top]) { return top; }
    var path = files[top].path[doc] || [];
    for (var i = 0; i < path.length; i++) { if (!open[path[i]]) { return path[i]; } }
    return doc;
  }
  function edgeList() {
    var out = [], seen = {}, agg = {};
    baseEdges.forEach(function (e) { if (!open[e.from] && !open[e.to]) { out.push(e); } });
    Object.keys(open).forEach(function (top) {
      if (!tops[top]) { return; }
      files[top].edges.forEach(function (e) {
        var key = e[0] + "|" + e[2] + "|" + e[1];
        if (seen[key]) { return; }
        seen[key] = 1;
        var a = rep(e[0], e[3]), b = rep(e[1], e[4]);
        if (a === b) { return; }
        if (a === e[0] && b === e[1]) {
          var st = C.styles[e[2]] || {};
          out.push({ id: key, from: a, to: b, arrows: "to", dashes: st.dashes, width: e[2] === "SUPERSEDES" ? 2.5 : 1.2,
                     color: { color: st.color, opacity: 0.8 }, title: e[2] });
        } else {
          var k = a + "|" + b;
          (agg[k] = agg[k] || { from: a, to: b, n: 0, types: {} }).n++;
          agg[k].types[e[2]] = (agg[k].types[e[2]] || 0) + 1;
        }
      });
    });
    Object.keys(agg).forEach(function (k) {
      var g = agg[k];
      out.push({ id: "agg|" + k, from: g.from, to: g.to, arrows: "to", width: Math.min(6, 1 + Math.log2(g.n)),
                 color: { color: "#7f8c8d", opacity: 0.45 },
                 title: g.n + " links: " + Object.keys(g.types).map(function (t) { return t + " " + g.types[t]; }).join(", ") });
    });
    return out;
  }

  var api = { network: null, nodes: null, edges: null };
  function refresh(focus) {
    var pos = layout(), want = {};
    Object.keys(pos).forEach(function (id) { want[id] = nodeFor(id, pos[id]); });
    var gone = api.nodes.getIds().filter(function (id) { return !want[id]; });
    api.nodes.remove(gone);
    api.nodes.update(Object.keys(want).map(function (id) { return want[id]; }));
    api.edges.clear();
    api.edges.add(edgeList());
    document.body.setAttribute("data-nodes", api.nodes.length);
    document.body.setAttribute("data-open", Object.keys(open).length);
    // vis-network measures a node when it draws it, and draws only what is in view: show all,
    // route the edges once everything is measured, then look at ``focus``.
    return new Promise(function (resolve) {
      api.network.fit({ animation: false });
      api.network.once("afterDrawing", function () {
        if (api.route) { api.route(); }
        if (focus) { look(focus.filter(function (n) { return pos[n]; }).map(function (n) { return pos[n]; })); }
        resolve();
      });
      api.network.redraw();
    });
  }
  function look(points) {
    if (!points.length) { return; }
    var xs = points.map(function (p) { return p.x; }), ys = points.map(function (p) { return p.y; });
    var l = Math.min.apply(null, xs) - L.docW / 2, r = Math.max.apply(null, xs) + L.docW / 2;
    var t = Math.min.apply(null, ys) - L.docH, b = Math.max.apply(null, ys) + L.docH;
    var box = api.network.body.container.getBoundingClientRect();
    var scale = Math.min(1.2, 0.95 * Math.min(box.width / (r - l), box.height / (b - t)));
    api.network.moveTo({ position: { x: (l + r) / 2, y: (t + b) / 2 }, scale: scale, animation: false });
  }
  function topFor(id) {
    for (var t in tops) { if (id === t || id.indexOf(t + "-") === 0) { return t; } }
    return null;
  }
  function openGroup(id) {
    var top = topFor(id);
    document.body.setAttribute("data-state", "loading");
    return loaded(top).then(function () {
      if (!info[top].docs && !info[top].kids) { index(top); }
      open[id] = true;
      if (id !== top) { open[top] = true; }
      return refresh(children(id).map(function (k) { return k.id; }).concat([id + "#head"]));
    }).then(function () { document.body.setAttribute("data-state", "settled"); });
  }
  function closeGroup(id) {
    Object.keys(open).forEach(function (g) { if (g === id || g.indexOf(id + "-") === 0) { delete open[g]; } });
    return refresh([id]);
  }
  api.layout = function () {
    var pos = layout();
    DATA.nodes.forEach(function (n) { n.x = pos[n.id].x; n.y = pos[n.id].y; });
  };
  api.attach = function (network, nodes, edges, route) {
    api.network = network; api.nodes = nodes; api.edges = edges; api.route = route;
    network.on("click", function (p) {
      if (!p.nodes.length) { return; }
      var id = p.nodes[0], n = nodes.get(id);
      if (/#head$/.test(id)) { closeGroup(id.slice(0, -5)); } else if (n && n.shape === "box" && !open[id] && info[id]) { openGroup(id); }
    });
    network.on("beforeDrawing", function (ctx) {
      (DATA.boxes || []).forEach(function (b) {
        ctx.save(); ctx.globalAlpha = 0.12; ctx.fillStyle = b.colour; ctx.fillRect(b.x, b.y, b.w, b.h);
        ctx.globalAlpha = 0.5; ctx.strokeStyle = "#7f8c8d"; ctx.lineWidth = 1; ctx.strokeRect(b.x, b.y, b.w, b.h); ctx.restore();
      });
    });
  };
  api.open = openGroup;
  api.close = closeGroup;
  window.PKGroups = api;
  return api;
}
