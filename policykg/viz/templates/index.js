// The site's index: search, filter, sort and page through every document, loading only the
// data files a view needs (data/*.js, written by policykg.viz.catalog). Offline: file:// pages
// may not fetch, so each data file is a script calling one of the PK.* loaders below.
(function () {
  "use strict";
  var PAGE = 50;
  var PK = (window.PK = { R: {}, G: {}, I: {}, O: {} });
  var waiting = {};
  var F = null, A = null;

  PK.facets = function (f) { F = f; start(); };
  PK.attrs = function (a) { A = a; start(); };
  PK.rows = function (k, rows) { PK.R[k] = rows; };
  PK.grams = function (k, part) { PK.G[k] = part; };
  PK.issuers = function (k, lists) { PK.I[k] = lists; };
  PK.order = function (name, text) { PK.O[name] = decodeList(text); };

  // Load data/<name> once; resolves when its script has run.
  function load(name) {
    if (!waiting[name]) {
      waiting[name] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = "data/" + name;
        s.onload = resolve;
        s.onerror = function () { reject(new Error("cannot load data/" + name)); };
        document.head.appendChild(s);
      });
    }
    return waiting[name];
  }
  function pad(n, w) { n = String(n); while (n.length < w) { n = "0" + n; } return n; }

  // --- keys: as policykg.keys.lookup_key (spaces dropped, brackets unified), lower-cased
  function norm(s) {
    return s.replace(/\s+/g, "").replace(/[\[(（［【〔]/g, "〔").replace(/[\])）］】〕]/g, "〕").toLowerCase();
  }
  function gramsOf(key) {
    var cs = Array.from(key), out = {};
    if (cs.length === 1) { out[key] = 1; }
    for (var i = 0; i + 1 < cs.length; i++) { out[cs[i] + cs[i + 1]] = 1; }
    return Object.keys(out);
  }
  function gramShard(g, shards) {
    var h = 0;
    Array.from(g).forEach(function (ch) { h = (h * 31 + ch.codePointAt(0)) % 1000003; });
    return h % shards;
  }
  function decodeSorted(text) {
    var out = [], last = 0;
    if (!text) { return out; }
    text.split(",").forEach(function (p) { last += parseInt(p, 36); out.push(last); });
    return out;
  }
  function decodeList(text) { return text ? text.split(",").map(function (p) { return parseInt(p, 36); }) : []; }
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) { i++; } else { j++; }
    }
    return out;
  }

  // --- state
  var el = function (id) { return document.getElementById(id); };
  var state = { q: "", levels: {}, statuses: {}, from: "", to: "", issuer: "", corpus: "", sort: "new", page: 0 };
  var yearOf = null;

  function start() {
    if (!F || !A || yearOf) { return; }
    yearOf = new Int16Array(F.total);
    F.years.forEach(function (r) { for (var i = r[1]; i <= r[2]; i++) { yearOf[i] = r[0]; } });
    el("build").textContent = F.build;
    buildFilters();
    readHash();
    ["q", "f-from", "f-to", "f-issuer", "f-sort"].forEach(function (id) {
      el(id).addEventListener(id === "q" || id === "f-issuer" ? "input" : "change", changed);
    });
    el("filters").addEventListener("change", changed);
    el("prev").addEventListener("click", function () { state.page--; show(); });
    el("next").addEventListener("click", function () { state.page++; show(); });
    el("clear").addEventListener("click", function () { el("q").value = ""; el("f-issuer").value = ""; el("filters").reset(); changed(); });
    changed();
  }

  function checkbox(group, code, text, colour) {
    var l = document.createElement("label");
    l.className = "chk";
    if (colour) { l.style.background = colour; }
    l.innerHTML = '<input type="checkbox" data-group="' + group + '" value="' + code + '"> ';
    l.appendChild(document.createTextNode(text));
    return l;
  }
  function buildFilters() {
    Object.keys(F.levels).forEach(function (c) { el("f-level").appendChild(checkbox("level", c, F.levels[c], F.levelColours[c])); });
    Object.keys(F.statuses).forEach(function (c) { el("f-status").appendChild(checkbox("status", c, F.statuses[c])); });
    var years = F.years.map(function (r) { return r[0]; }).filter(function (y) { return y; }).sort();
    [el("f-from"), el("f-to")].forEach(function (sel, k) {
      sel.appendChild(new Option(k ? "latest" : "earliest", ""));
      years.forEach(function (y) { sel.appendChild(new Option(String(y), String(y))); });
    });
    var list = el("issuer-list");
    F.agencies.slice(0, 3000).forEach(function (a) { list.appendChild(new Option(a[0] + " (" + a[1] + ")", a[0])); });
  }

  function readHash() {
    var h = decodeURIComponent(location.hash.replace(/^#/, ""));
    h.split("&").forEach(function (kv) {
      var i = kv.indexOf("="), k = kv.slice(0, i), v = kv.slice(i + 1);
      if (k === "q") { el("q").value = v; }
      if (k === "issuer") { el("f-issuer").value = v; }
    });
  }

  function changed() {
    state.q = el("q").value;
    state.levels = {}; state.statuses = {};
    document.querySelectorAll("#filters input[type=checkbox]:checked").forEach(function (c) {
      state[c.dataset.group === "level" ? "levels" : "statuses"][c.value] = 1;
    });
    state.from = el("f-from").value; state.to = el("f-to").value;
    state.issuer = el("f-issuer").value.trim();
    state.corpus = (document.querySelector("input[name=corpus]:checked") || {}).value || "";
    state.sort = el("f-sort").value;
    state.page = 0;
    show();
  }

  // --- the documents a view shows, in order
  var ticket = 0;
  // body[data-state]: "busy" while a view loads its data, "ready" once its rows are shown.
  function show() {
    var mine = ++ticket;
    document.body.setAttribute("data-state", "busy");
    select().then(function (found) {
      if (mine !== ticket) { return null; }
      return sortThen(found).then(function (ordered) { if (mine === ticket) { return render(ordered); } });
    }).then(function () {
      if (mine === ticket) { document.body.setAttribute("data-state", "ready"); }
    }).catch(function (e) { el("shown").textContent = String(e); });
  }

  function searchSet() {
    var terms = state.q.split(/\s+/).map(norm).filter(Boolean);
    if (!terms.length) { return Promise.resolve(null); }
    var gs = {};
    terms.forEach(function (t) { gramsOf(t).forEach(function (g) { gs[g] = 1; }); });
    var list = Object.keys(gs);
    var files = {};
    list.forEach(function (g) { files["grams-" + pad(gramShard(g, F.gramShards), 3) + ".js"] = 1; });
    return Promise.all(Object.keys(files).map(load)).then(function () {
      var posts = list.map(function (g) { return decodeSorted(PK.G[gramShard(g, F.gramShards)][g]); });
      posts.sort(function (a, b) { return a.length - b.length; });
      return posts.reduce(function (acc, p) { return acc === null ? p : intersect(acc, p); }, null) || [];
    });
  }

  function issuerSet() {
    if (!state.issuer) { return Promise.resolve(null); }
    var k = -1, key = norm(state.issuer);
    for (var i = 0; i < F.agencies.length; i++) {
      if (F.agencies[i][3].split("\n").indexOf(key) >= 0) { k = i; break; }
    }
    if (k < 0) { return Promise.resolve([]); }
    var shard = Math.floor(k / F.issuersPerShard);
    return load("issuers-" + pad(shard, 4) + ".js").then(function () { return decodeSorted(PK.I[shard][k % F.issuersPerShard]); });
  }

  function select() {
    return Promise.all([searchSet(), issuerSet()]).then(function (sets) {
      var base = sets[0], iss = sets[1];
      if (base && iss) { base = intersect(base, iss); } else if (iss) { base = iss; }
      var from = state.from ? +state.from : 0, to = state.to ? +state.to : 9999;
      var anyLevel = !Object.keys(state.levels).length, anyStatus = !Object.keys(state.statuses).length;
      var ok = function (i) {
        var y = yearOf[i];
        return (anyLevel || state.levels[A.level[i]]) && (anyStatus || state.statuses[A.status[i]]) &&
          (!state.corpus || A.corpus[i] === state.corpus) &&
          ((!state.from && !state.to) || (y && y >= from && y <= to));
      };
      var out = [];
      if (base) { base.forEach(function (i) { if (ok(i)) { out.push(i); } }); }
      else { for (var i = 0; i < F.total; i++) { if (ok(i)) { out.push(i); } } }
      return out;
    });
  }

  function sortThen(found) {
    var s = state.sort;
    if (s === "new") { return Promise.resolve(found); }
    if (s === "old") {
      var dated = found.filter(function (i) { return yearOf[i]; }).reverse();
      return Promise.resolve(dated.concat(found.filter(function (i) { return !yearOf[i]; })));
    }
    if (s === "level") {
      var rank = { n: 0, p: 1, m: 2, d: 3, u: 4 };
      return Promise.resolve(found.slice().sort(function (a, b) { return rank[A.level[a]] - rank[A.level[b]] || a - b; }));
    }
    return load("order-" + s + ".js").then(function () {
      var order = PK.O[s];
      if (!order.rank) {
        order.rank = new Int32Array(F.total);
        order.forEach(function (o, i) { order.rank[o] = i; });
      }
      return found.slice().sort(function (a, b) { return order.rank[a] - order.rank[b]; });
    });
  }

  // --- what is drawn
  function render(ordered) {
    var pages = Math.max(1, Math.ceil(ordered.length / PAGE));
    state.page = Math.max(0, Math.min(state.page, pages - 1));
    var part = ordered.slice(state.page * PAGE, (state.page + 1) * PAGE);
    var shards = {};
    part.forEach(function (i) { shards[Math.floor(i / F.rowsPerShard)] = 1; });
    return Promise.all(Object.keys(shards).map(function (k) { return load("rows-" + pad(k, 4) + ".js"); })).then(function () {
      var body = el("docs").tBodies[0];
      body.innerHTML = "";
      part.forEach(function (i) { body.appendChild(row(PK.R[Math.floor(i / F.rowsPerShard)][i % F.rowsPerShard])); });
      var what = ordered.length === F.total ? "" : " of " + F.total;
      el("shown").textContent = ordered.length + what + " documents" +
        (ordered.length ? " · showing " + (state.page * PAGE + 1) + "–" + (state.page * PAGE + part.length) : "") +
        (state.q && Array.from(norm(state.q)).length < 2 ? " · type two or more characters" : "");
      el("pageinfo").textContent = "page " + (state.page + 1) + " / " + pages;
      el("prev").disabled = state.page === 0;
      el("next").disabled = state.page >= pages - 1;
      hits();
    });
  }

  function cell(tr, text, cls) {
    var td = document.createElement("td");
    if (cls) { td.className = cls; }
    if (text instanceof Node) { td.appendChild(text); } else { td.textContent = text; }
    tr.appendChild(td);
    return td;
  }
  function link(href, text, cls) {
    var a = document.createElement("a");
    a.href = href; a.textContent = text;
    if (cls) { a.className = cls; }
    return a;
  }
  // r: title, number, number is the notice's, date, level, status, issuers, page, national page,
  //    in corpus, cited by, page of a citing document
  function row(r) {
    var tr = document.createElement("tr");
    if (r[5] === "s" || r[5] === "e") { tr.className = "inactive"; }
    var first = document.createElement("span");
    var target = r[7] || r[8] || r[11];
    first.appendChild(target ? link(target, r[0]) : document.createTextNode(r[0]));
    if (r[8]) { first.appendChild(document.createTextNode(" ")); first.appendChild(link(r[8], "实施情况 implementations", "tag")); }
    if (!r[9]) {
      var tag = document.createElement("span");
      tag.className = "tag cited";
      tag.textContent = "仅被引用 cited only";
      first.appendChild(document.createTextNode(" "));
      first.appendChild(tag);
    }
    cell(tr, first);
    var num = cell(tr, r[2] ? "印发 via " + r[1] : r[1], "nowrap");
    if (r[2]) { num.className += " via"; }
    cell(tr, r[3], "nowrap");
    var lv = document.createElement("span");
    lv.className = "lv"; lv.style.background = F.levelColours[r[4]]; lv.textContent = F.levels[r[4]];
    cell(tr, lv, "nowrap");
    cell(tr, F.statuses[r[5]], "nowrap st-" + r[5]);
    var who = r[6] ? r[6].split("、") : [];
    var issuerCell = cell(tr, who.slice(0, 2).join("、") + (who.length > 2 ? " … +" + (who.length - 2) : ""), "issuers");
    if (who.length > 2) { issuerCell.title = r[6]; }
    cell(tr, r[10] ? String(r[10]) : "", "num");
    return tr;
  }

  // Agencies and groups whose names hold the query: their pages answer it best.
  function hits() {
    var box = el("hits");
    box.innerHTML = "";
    var terms = state.q.split(/\s+/).map(norm).filter(function (t) { return Array.from(t).length >= 2; });
    if (!terms.length) { return; }
    [["groups", "Beneficiary groups 支持对象"], ["agencies", "Agencies 发文机关"]].forEach(function (kind) {
      var found = F[kind[0]].filter(function (x) {
        return x[2] && terms.every(function (t) { return x[3].indexOf(t) >= 0; });
      }).slice(0, 6);
      if (!found.length) { return; }
      var p = document.createElement("div");
      p.appendChild(document.createTextNode(kind[1] + ": "));
      found.forEach(function (x, k) {
        if (k) { p.appendChild(document.createTextNode(" · ")); }
        p.appendChild(link(x[2], x[0] + " (" + x[1] + ")"));
      });
      box.appendChild(p);
    });
  }
})();
