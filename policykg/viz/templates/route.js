// Keep every edge clear of the nodes it does not join: sample each drawn edge; where it crosses
// another node's box, try straight and bent forms (vis-network's curves, either way, more and
// more); where none clears, move one of its two ends sideways to a free spot that clears it.
function PKRoute(network, edges) {
  "use strict";
  // Routing stops trying after WORK sampled points (the same on any machine: pages look the same).
  var CELL = 160, SAMPLES = 48, NUDGE_UP_TO = 400, WORK = 2.5e7;
  var work = 0;
  function late() { return work > WORK; }
  var BENDS = [false];
  [0.08, 0.12, 0.16, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.55, 0.65, 0.8, 0.9, 1.0].forEach(function (r) {
    BENDS.push({ enabled: true, type: "curvedCW", roundness: r }, { enabled: true, type: "curvedCCW", roundness: r });
  });
  [0.3, 0.6, 0.9].forEach(function (r) {
    ["vertical", "horizontal"].forEach(function (d) { BENDS.push({ enabled: true, type: "cubicBezier", forceDirection: d, roundness: r }); });
  });
  var nodesOf = function () { return network.body.nodes; };
  var boxes = {}, grid = {};

  // boxes around node centres (measured once: nodes keep their size when they move)
  function measure() {
    boxes = {};
    network.body.nodeIndices.forEach(function (id) {
      var b = network.getBoundingBox(id), n = nodesOf()[id];
      if (n.options.shape === "dot") {  // a dot: its disc (its label, beside it, may be crossed)
        var r = (n.options.size || 10) + 2;
        boxes[id] = { id: id, l: -r, r: r, t: -r, b: r, round: true };
        return;
      }
      boxes[id] = { id: id, l: b.left - 3 - n.x, r: b.right + 3 - n.x, t: b.top - 3 - n.y, b: b.bottom + 3 - n.y,
                    round: n.options.shape === "ellipse" };
    });
  }
  function at(id) {
    var n = nodesOf()[id], o = boxes[id];
    return { id: id, l: n.x + o.l, r: n.x + o.r, t: n.y + o.t, b: n.y + o.b, round: o.round };
  }
  function index() {
    grid = {};
    Object.keys(boxes).forEach(function (id) {
      var box = at(id);
      for (var cx = Math.floor(box.l / CELL); cx <= Math.floor(box.r / CELL); cx++) {
        for (var cy = Math.floor(box.t / CELL); cy <= Math.floor(box.b / CELL); cy++) {
          (grid[cx + ":" + cy] = grid[cx + ":" + cy] || []).push(box);
        }
      }
    });
  }
  // a point in a node: its box, or the ellipse drawn in it
  function inside(p, bx) {
    if (!(p.x > bx.l && p.x < bx.r && p.y > bx.t && p.y < bx.b)) { return false; }
    if (!bx.round) { return true; }
    var dx = (2 * p.x - bx.l - bx.r) / (bx.r - bx.l), dy = (2 * p.y - bx.t - bx.b) / (bx.b - bx.t);
    return dx * dx + dy * dy < 1;
  }
  window.PKInside = inside;
  // how many sampled points of edge ``id`` fall in a box it does not join (``who``: collects those nodes)
  function blocked(id, who) {
    var e = network.body.edges[id], hits = 0;
    if (!e || !e.connected || e.fromId === e.toId) { return 0; }
    // a point every 4 px or so: the 3 px margin round each box then catches any crossing
    var a = nodesOf()[e.fromId], z = nodesOf()[e.toId];
    var n = Math.max(SAMPLES, Math.min(600, Math.ceil(Math.hypot(a.x - z.x, a.y - z.y) * 1.6 / 4)));
    work += n;
    for (var k = 1; k < n; k++) {
      var p = e.edgeType.getPoint(k / n), list = grid[Math.floor(p.x / CELL) + ":" + Math.floor(p.y / CELL)] || [];
      for (var i = 0; i < list.length; i++) {
        var bx = list[i];
        if (bx.id !== e.fromId && bx.id !== e.toId && inside(p, bx)) {
          hits++;
          if (who && who.indexOf(bx.id) < 0) { who.push(bx.id); }
          break;
        }
      }
    }
    return hits;
  }
  // Try a form on the drawn edge itself (a DataSet update per try would redraw the network);
  // the forms kept go to the DataSet once, at the end.
  var chosen = {};
  function shape(id, smooth) {
    var e = network.body.edges[id];
    e.setOptions({ smooth: smooth === false ? { enabled: false } : smooth });
  }
  // the form of edge ``id`` that crosses least; returns what still crosses
  function routeOne(id) {
    var least = blocked(id);
    if (!least) { return 0; }
    var first = id in chosen ? chosen[id] : edges.get(id).smooth, best = first;
    for (var i = 0; i < BENDS.length && least; i++) {
      shape(id, BENDS[i]);
      var now = blocked(id);
      if (now < least) { least = now; best = BENDS[i]; }
    }
    if (best !== first) { chosen[id] = best; }
    shape(id, best === undefined ? { enabled: false } : best);
    return least;
  }
  function stuckEdges() { return edges.getIds().filter(function (id) { return blocked(id) > 0; }); }
  function overlaps(id) {
    var a = at(id);
    return Object.keys(boxes).some(function (o) {
      if (o === id) { return false; }
      var b = at(o);
      return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
    });
  }
  function edgesOf(id) { return network.getConnectedEdges(id); }
  // move the node in the way (or an end) of a stuck edge sideways, a little, when that leaves
  // fewer edges crossing nodes
  function nudge(stuck) {
    stuck.forEach(function (id) {
      var e = network.body.edges[id], who = [];
      if (late() || !e || !blocked(id, who)) { return; }
      var before = stuckEdges().length;
      who.concat([e.fromId, e.toId]).some(function (m) {
        var n = nodesOf()[m], x0 = n.x, y0 = n.y, w = boxes[m].r - boxes[m].l, h = boxes[m].b - boxes[m].t;
        return [[0.5, 0], [-0.5, 0], [0, 0.7], [0, -0.7], [1, 0], [-1, 0], [0.5, 0.7], [-0.5, 0.7], [0, 1.4], [0, -1.4], [1.5, 0], [-1.5, 0], [0.5, -0.7], [-0.5, -0.7], [0, 2.2], [0, -2.2], [2, 0], [-2, 0]].some(function (k) {
          if (late()) { return true; }
          network.moveNode(m, x0 + k[0] * w, y0 + k[1] * h);
          index();
          if (!overlaps(m)) {
            edgesOf(m).forEach(routeOne);
            if (stuckEdges().length < before) { return true; }
          }
          network.moveNode(m, x0, y0);
          index();
          edgesOf(m).forEach(routeOne);
          return false;
        });
      });
    });
  }
  return function route() {
    var ids = edges.getIds();
    if (ids.length > 4000) { return 0; }
    measure();
    index();
    var bent = 0, stuck = [];
    work = 0;
    ids.forEach(function (id) {
      if (!blocked(id)) { return; }
      if (late() || routeOne(id)) { stuck.push(id); } else { bent++; }
    });
    // a few rounds: a moved node frees some edges and may need others bent again
    for (var round = 0; round < 3 && stuck.length && !late() && network.body.nodeIndices.length <= NUDGE_UP_TO; round++) {
      nudge(stuck);
      stuck = stuckEdges().filter(function (id) { return routeOne(id) > 0; });
    }
    edges.update(Object.keys(chosen).map(function (id) { return { id: id, smooth: chosen[id] === false ? { enabled: false } : chosen[id] }; }));
    chosen = {};
    document.body.setAttribute("data-bent", bent);
    document.body.setAttribute("data-stuck", stuck.length);
    return bent + 1;
  };
}
