// accord dashboard charts: SVG drawn by hand, no library, nothing fetched from elsewhere.
//
// Every text that comes from the data (actor codes, place names, periods) is set with
// textContent or as an attribute value of an SVG element created here: data never goes
// through an HTML parser.
"use strict";

(function () {
  const NS = "http://www.w3.org/2000/svg";
  const QUADS = [
    { key: "quad1", name: "verbal cooperation", color: "#8cc7a9" },
    { key: "quad2", name: "material cooperation", color: "#2f855a" },
    { key: "quad3", name: "verbal conflict", color: "#f0a050" },
    { key: "quad4", name: "material conflict", color: "#c53030" },
  ];

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      node.setAttribute(name, String(value));
    }
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function tooltip(node, text) {
    node.append(svg("title", {}, text));
    return node;
  }

  function empty(container, message) {
    container.replaceChildren();
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = message;
    container.append(p);
  }

  // A step for about four grid lines over 0..value: 1, 2 or 5 times a power of ten, and
  // never below 1 (counts are whole numbers).
  function niceStep(value) {
    const raw = Math.max(value / 4, 1);
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const step of [1, 2, 5, 10]) {
      if (step * power >= raw) return step * power;
    }
    return 10 * power;
  }

  function periodLabel(period, freq) {
    if (!period) return "";
    if (freq === "year") return period.slice(0, 4);
    if (freq === "month") return period.slice(0, 7);
    return period.slice(0, 10);
  }

  // Stacked QuadClass bars per period, and the Goldstein mean as a line on its own axis.
  function timeline(container, periods, options) {
    const opts = options || {};
    const counted = (periods || []).some((p) => QUADS.some((q) => (p[q.key] || 0) > 0));
    if (!counted) {
      empty(container, opts.emptyText || "No events for this selection.");
      return;
    }
    const W = 640, H = 280, L = 40, R = 46, T = 14, B = 56;
    const plotW = W - L - R, plotH = H - T - B;
    const root = svg("svg", {
      viewBox: `0 0 ${W} ${H}`, role: "img", class: "chart-svg timeline-svg",
      "aria-label": opts.label || "QuadClass counts and Goldstein mean per period",
    });
    const totals = periods.map((p) => QUADS.reduce((sum, q) => sum + (p[q.key] || 0), 0));
    const yStep = niceStep(Math.max(...totals));
    const yMax = yStep * Math.max(1, Math.ceil(Math.max(...totals) / yStep));
    const band = plotW / periods.length;
    const barW = Math.max(1, band * 0.72);
    const y = (v) => T + plotH - (v / yMax) * plotH;
    const g = (v) => T + plotH / 2 - (v / 10) * (plotH / 2);

    // grid and left axis (counts)
    for (let value = 0; value <= yMax; value += yStep) {
      root.append(svg("line", { x1: L, x2: W - R, y1: y(value), y2: y(value), class: "grid" }));
      root.append(svg("text", { x: L - 6, y: y(value) + 4, class: "tick", "text-anchor": "end" },
        value));
    }
    // right axis (Goldstein, -10 .. 10)
    for (const value of [-10, -5, 0, 5, 10]) {
      root.append(svg("text", { x: W - R + 6, y: g(value) + 4, class: "tick gold" }, value));
    }
    root.append(svg("text", { x: W - 8, y: T + plotH / 2, class: "axis-name gold",
      transform: `rotate(90 ${W - 8} ${T + plotH / 2})`, "text-anchor": "middle" }, "Goldstein mean"));
    root.append(svg("text", { x: 10, y: T + plotH / 2, class: "axis-name",
      transform: `rotate(-90 10 ${T + plotH / 2})`, "text-anchor": "middle" }, "events"));

    const bars = svg("g", { class: "bars" });
    const every = Math.max(1, Math.ceil(periods.length / 8));
    periods.forEach((p, i) => {
      let base = 0;
      const x = L + i * band + (band - barW) / 2;
      const label = periodLabel(p.period, opts.freq);
      for (const q of QUADS) {
        const count = p[q.key] || 0;
        if (count > 0) {
          const rect = svg("rect", {
            x: x.toFixed(2), width: barW.toFixed(2), y: y(base + count).toFixed(2),
            height: (y(base) - y(base + count)).toFixed(2), fill: q.color, class: `bar ${q.key}`,
          });
          tooltip(rect, `${label}: ${count} ${q.name}`);
          bars.append(rect);
        }
        base += count;
      }
      if (i % every === 0) {
        root.append(svg("text", { x: L + i * band + band / 2, y: T + plotH + 16, class: "tick",
          "text-anchor": "middle" }, label));
      }
    });
    root.append(bars);

    // the Goldstein mean: a line through the periods that have events
    let path = "";
    const dots = svg("g", { class: "gold-dots" });
    periods.forEach((p, i) => {
      const value = p.goldstein_mean;
      if (value === null || value === undefined) return;
      const cx = L + i * band + band / 2, cy = g(value);
      path += `${path ? "L" : "M"}${cx.toFixed(2)},${cy.toFixed(2)}`;
      dots.append(tooltip(svg("circle", { cx, cy, r: 3, class: "gold-dot" }),
        `${periodLabel(p.period, opts.freq)}: Goldstein mean ${Number(value).toFixed(2)}`));
    });
    root.append(svg("line", { x1: L, x2: W - R, y1: g(0), y2: g(0), class: "zero" }));
    if (path) root.append(svg("path", { d: path, class: "gold-line" }));
    root.append(dots);

    // legend
    let lx = 8;
    const ly = H - 14;
    for (const q of QUADS) {
      root.append(svg("rect", { x: lx, y: ly - 9, width: 10, height: 10, fill: q.color }));
      root.append(svg("text", { x: lx + 14, y: ly, class: "legend" }, q.name));
      lx += 14 + q.name.length * 5.6 + 12;
    }
    root.append(svg("line", { x1: lx, x2: lx + 16, y1: ly - 4, y2: ly - 4, class: "gold-line" }));
    root.append(svg("text", { x: lx + 20, y: ly, class: "legend" }, "Goldstein mean"));
    container.replaceChildren(root);
  }

  // A force-directed layout, computed here (deterministic: nodes start on a circle).
  function layout(nodes, edges, W, H) {
    const n = nodes.length;
    const pos = nodes.map((_, i) => ({
      x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / n),
      y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / n),
    }));
    const index = new Map(nodes.map((node, i) => [node.node, i]));
    const links = edges
      .filter((e) => index.has(e.source) && index.has(e.target))
      .map((e) => [index.get(e.source), index.get(e.target)]);
    const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
    let temperature = W / 8;
    for (let step = 0; step < 250; step++) {
      const disp = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
          const d = Math.max(Math.hypot(dx, dy), 0.01);
          const force = (k * k) / d;
          dx /= d; dy /= d;
          disp[i].x += dx * force; disp[i].y += dy * force;
          disp[j].x -= dx * force; disp[j].y -= dy * force;
        }
      }
      for (const [a, b] of links) {
        let dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const force = (d * d) / k;
        dx /= d; dy /= d;
        disp[a].x -= dx * force; disp[a].y -= dy * force;
        disp[b].x += dx * force; disp[b].y += dy * force;
      }
      for (let i = 0; i < n; i++) {
        // a pull to the centre keeps unconnected nodes on the canvas
        disp[i].x += (W / 2 - pos[i].x) * 0.05 * k / 10;
        disp[i].y += (H / 2 - pos[i].y) * 0.05 * k / 10;
        const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
        pos[i].x += (disp[i].x / d) * Math.min(d, temperature);
        pos[i].y += (disp[i].y / d) * Math.min(d, temperature);
        pos[i].x = Math.min(W - 30, Math.max(30, pos[i].x));
        pos[i].y = Math.min(H - 24, Math.max(20, pos[i].y));
      }
      temperature *= 0.97;
    }
    return pos;
  }

  // Nodes sized by events, directed edges coloured by their share of conflict events.
  function network(container, nodes, edges, options) {
    const opts = options || {};
    if (!nodes || nodes.length === 0) {
      empty(container, "No actors for this selection.");
      return;
    }
    const W = 640, H = 400;
    const shown = nodes.slice(0, opts.maxNodes || 40);
    const keep = new Set(shown.map((n) => n.node));
    const shownEdges = edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    const pos = layout(shown, shownEdges, W, H);
    const at = new Map(shown.map((n, i) => [n.node, pos[i]]));
    const maxEvents = Math.max(...shown.map((n) => n.events || 0), 1);
    const radius = (n) => 5 + 16 * Math.sqrt((n.events || 0) / maxEvents);
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "chart-svg network-svg",
      "aria-label": "Actor network" });
    const defs = svg("defs");
    for (const [id, color] of [["arrow-coop", "#2f855a"], ["arrow-conf", "#c53030"]]) {
      const marker = svg("marker", { id, viewBox: "0 0 10 10", refX: 10, refY: 5,
        markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" });
      marker.append(svg("path", { d: "M0,0L10,5L0,10z", fill: color }));
      defs.append(marker);
    }
    root.append(defs);
    const radiusOf = new Map(shown.map((n) => [n.node, radius(n)]));
    const edgeLayer = svg("g", { class: "edges" });
    for (const e of shownEdges) {
      const a = at.get(e.source), b = at.get(e.target);
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const ra = radiusOf.get(e.source), rb = radiusOf.get(e.target) + 2;
      const conflict = (e.conflict || 0) / Math.max(e.events || 1, 1) > 0.5;
      const line = svg("line", {
        x1: (a.x + (dx / d) * ra).toFixed(1), y1: (a.y + (dy / d) * ra).toFixed(1),
        x2: (b.x - (dx / d) * rb).toFixed(1), y2: (b.y - (dy / d) * rb).toFixed(1),
        class: conflict ? "edge conflict" : "edge cooperation",
        "stroke-width": (1 + Math.log2(e.events || 1)).toFixed(2),
        "marker-end": `url(#${conflict ? "arrow-conf" : "arrow-coop"})`,
      });
      tooltip(line, `${e.source} → ${e.target}: ${e.events} events (${e.conflict} conflict), ` +
        `Goldstein mean ${Number(e.goldstein_mean).toFixed(2)}`);
      edgeLayer.append(line);
    }
    root.append(edgeLayer);
    const nodeLayer = svg("g", { class: "nodes" });
    for (const n of shown) {
      const p = at.get(n.node);
      const group = svg("g", { class: "node", tabindex: 0, "data-node": n.node });
      group.append(tooltip(svg("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: radius(n) }),
        `${n.node}: ${n.events} events (${n.out_strength} sent, ${n.in_strength} received)`));
      group.append(svg("text", { x: p.x.toFixed(1), y: (p.y + radius(n) + 11).toFixed(1),
        "text-anchor": "middle", class: "node-label" }, n.node));
      if (opts.onSelect) {
        group.addEventListener("click", () => opts.onSelect(n.node));
        group.addEventListener("keydown", (event) => {
          if (event.key === "Enter") opts.onSelect(n.node);
        });
      }
      nodeLayer.append(group);
    }
    root.append(nodeLayer);
    container.replaceChildren(root);
  }

  // TopoJSON (quantized, delta-encoded arcs) to rings of [lon, lat] points.
  function decodeArcs(topology) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    return topology.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => {
        x += dx; y += dy;
        return [x * sx + tx, y * sy + ty];
      });
    });
  }

  function ring(arcs, indexes) {
    const points = [];
    for (const i of indexes) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  }

  const MAP = { W: 720, top: 84, bottom: -58 };
  MAP.H = ((MAP.top - MAP.bottom) / 360) * MAP.W;
  function project(lon, lat) {
    return [((lon + 180) / 360) * MAP.W, ((MAP.top - lat) / (MAP.top - MAP.bottom)) * MAP.H];
  }

  function countryPaths(topology) {
    const arcs = decodeArcs(topology);
    const out = [];
    for (const geometry of topology.objects.countries.geometries) {
      const polygons = geometry.type === "Polygon" ? [geometry.arcs]
        : geometry.type === "MultiPolygon" ? geometry.arcs : [];
      let d = "";
      for (const polygon of polygons) {
        for (const indexes of polygon) {
          // a ring that crosses the antimeridian is unwrapped: it runs past the map's edge
          // (and is clipped there) instead of drawing a band across the whole map
          let previous = null;
          const points = ring(arcs, indexes).map(([lon, lat]) => {
            if (previous !== null) {
              while (lon - previous > 180) lon -= 360;
              while (previous - lon > 180) lon += 360;
            }
            previous = lon;
            return project(lon, lat);
          });
          d += "M" + points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L") + "Z";
        }
      }
      if (d) out.push({ d, name: (geometry.properties && geometry.properties.name) || "" });
    }
    return out;
  }

  let worldCache = null;
  function worldShapes(topology) {
    if (!worldCache) worldCache = countryPaths(topology);
    return worldCache;
  }

  // Country shapes (Natural Earth 1:110m), and a circle per place sized by its events.
  function map(container, places, topology, options) {
    const opts = options || {};
    const root = svg("svg", { viewBox: `0 0 ${MAP.W} ${MAP.H.toFixed(1)}`, role: "img",
      class: "chart-svg map-svg", "aria-label": "World map of located events" });
    root.append(svg("rect", { x: 0, y: 0, width: MAP.W, height: MAP.H, class: "sea" }));
    const land = svg("g", { class: "land" });
    for (const shape of worldShapes(topology)) {
      land.append(tooltip(svg("path", { d: shape.d }), shape.name));
    }
    root.append(land);
    const maxEvents = Math.max(...(places || []).map((p) => p.events), 1);
    const dots = svg("g", { class: "places" });
    for (const place of (places || []).slice().reverse()) {
      const [x, y] = project(place.lon, place.lat);
      const gold = place.goldstein_mean;
      const tone = gold === null || gold === undefined ? "neutral" : gold < 0 ? "conflict" : "cooperation";
      const dot = svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1),
        r: (3 + 12 * Math.sqrt(place.events / maxEvents)).toFixed(1), class: `place ${tone}` });
      const where = place.country ? `${place.name || "?"} (${place.country})` : place.name || "?";
      tooltip(dot, `${where}: ${opts.countText ? opts.countText(place.reports, place.events) : place.events}`);
      dots.append(dot);
    }
    root.append(dots);
    container.replaceChildren(root);
    if (!places || places.length === 0) {
      const p = document.createElement("p");
      p.className = "empty overlay";
      p.textContent = "No located events for this selection.";
      container.append(p);
    }
  }

  window.AccordCharts = { timeline, network, map, QUADS };
})();
