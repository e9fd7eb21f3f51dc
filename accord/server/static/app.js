// accord dashboard: filters, views, and the evidence behind each event.
//
// Article text is untrusted. Everything from the API goes into the page as text
// (textContent, document.createTextNode, new Option) or as a value of an attribute that
// cannot run code; links are made only for http(s) addresses. No innerHTML anywhere.
"use strict";

(function () {
  const Charts = window.AccordCharts;
  const $ = (selector, root) => (root || document).querySelector(selector);
  const FILTERS = ["text", "actor", "source", "target", "root", "quad", "start", "end", "located", "all"];
  const CONDITIONS = ["text", "root", "quad", "start", "end", "located", "all"];
  const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  const PAGE = 50;

  const state = { offset: 0, order: "date", topEdge: null, topNode: null };

  // ---------------------------------------------------------------------------- helpers

  function el(tag, options, ...children) {
    const node = document.createElement(tag);
    const opts = options || {};
    if (opts.className) node.className = opts.className;
    if (opts.text !== undefined && opts.text !== null) node.textContent = String(opts.text);
    if (opts.title) node.title = String(opts.title);
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child); // strings become text nodes
    }
    return node;
  }

  function number(value) {
    return Number(value || 0).toLocaleString("en");
  }

  function plural(count, word) {
    return `${number(count)} ${word}${Number(count) === 1 ? "" : "s"}`;
  }

  function countText(reports, events) {
    const r = Number(reports || 0), e = Number(events || 0);
    return `${number(r)} report${r === 1 ? "" : "s"}, ${number(e)} event${e === 1 ? "" : "s"}`;
  }

  function setCount(name, reports, events, prefix) {
    const node = document.querySelector(`[data-count="${name}"]`);
    if (node) node.textContent = (prefix || "") + countText(reports, events);
  }

  function webLink(url) {
    // the server sends only http(s) links; check again: a link must never run script
    if (typeof url !== "string" || !/^https?:\/\/[^\s]+$/i.test(url)) return null;
    return url;
  }

  function setTwins(name, path, params) {
    const node = document.querySelector(`[data-twins="${name}"]`);
    if (!node) return;
    const json = new URLSearchParams(params);
    const csv = new URLSearchParams(params);
    csv.set("format", "csv");
    const query = (p) => (p.toString() ? `?${p}` : "");
    const a = el("a", { text: "JSON", title: "The same data as JSON" });
    a.href = path + query(json);
    const b = el("a", { text: "CSV", title: "The same data as CSV" });
    b.href = path + query(csv);
    node.replaceChildren(a, " · ", b);
  }

  class ApiError extends Error {
    constructor(error) {
      super((error && error.message) || "request failed");
      this.code = error && error.code;
    }
  }

  async function api(path, params) {
    const query = params && params.toString() ? `?${params}` : "";
    const response = await fetch(path + query, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      throw new ApiError({ message: `${path}: the server answered ${response.status}` });
    }
    if (!response.ok) throw new ApiError(body && body.error);
    return body;
  }

  function showError(err) {
    const node = $("#error");
    if (!err) {
      node.hidden = true;
      node.textContent = "";
      return;
    }
    node.hidden = false;
    node.textContent = err.message || String(err);
  }

  // ---------------------------------------------------------------------------- filters

  function readForm() {
    const form = $("#filters");
    const values = {};
    for (const name of FILTERS) {
      const field = form.elements[name];
      if (!field) continue;
      if (field.type === "checkbox") {
        if (field.checked) values[name] = "true";
      } else if (field.value.trim()) {
        values[name] = field.value.trim();
      }
    }
    return values;
  }

  function writeForm(values) {
    const form = $("#filters");
    for (const name of FILTERS) {
      const field = form.elements[name];
      if (!field) continue;
      if (field.type === "checkbox") field.checked = values[name] === "true";
      else field.value = values[name] || "";
    }
  }

  function fromUrl() {
    const params = new URLSearchParams(window.location.search);
    const values = {};
    for (const name of FILTERS) {
      if (params.get(name)) values[name] = params.get(name);
    }
    return values;
  }

  function pick(values, names) {
    const params = new URLSearchParams();
    for (const name of names) {
      if (values[name]) params.set(name, values[name]);
    }
    return params;
  }

  function current() {
    return readForm();
  }

  // ---------------------------------------------------------------------------- views

  function cell(text, className, title) {
    return el("td", { text: text === null || text === undefined ? "" : text, className, title });
  }

  function actorCell(code, name) {
    return cell(code || "—", "code", name || "");
  }

  async function loadEvents() {
    const values = current();
    const params = pick(values, FILTERS);
    params.set("limit", String(PAGE));
    params.set("offset", String(state.offset));
    params.set("order", state.order);
    const twinParams = new URLSearchParams(params);
    setTwins("events", "/api/events", twinParams);
    const body = await api("/api/events", params);
    setCount("events", body.reports, body.events);
    const tbody = $("#events-table tbody");
    const rows = body.rows.map((row) => {
      const tr = el("tr", { className: `quad${row.quad_class}` });
      tr.tabIndex = 0;
      tr.dataset.id = row.merged_id;
      tr.append(
        cell(row.event_date, "date"),
        actorCell(row.source_code, row.source_name),
        cell(`${row.cameo} ${row.cameo_name || ""}`, "event-name"),
        actorCell(row.target_code, row.target_name),
        cell(row.quad_class, "quad", QUAD_NAMES[row.quad_class]),
        cell(row.goldstein === null ? "" : Number(row.goldstein).toFixed(1), "num"),
        cell(number(row.num_mentions), "num", `${countText(row.num_mentions, 1)} from ${plural(row.num_sources, "publisher")}`),
        cell(row.evidence_sentence, "sentence", row.evidence_sentence),
      );
      tr.addEventListener("click", () => openEvent(row.merged_id));
      tr.addEventListener("keydown", (event) => {
        if (event.key === "Enter") openEvent(row.merged_id);
      });
      return tr;
    });
    if (rows.length === 0) {
      const td = el("td", { text: "No events match these filters.", className: "empty" });
      td.colSpan = 8;
      rows.push(el("tr", {}, td));
    }
    tbody.replaceChildren(...rows);
    const first = body.total ? body.offset + 1 : 0;
    const last = body.offset + body.rows.length;
    $("#page-info").textContent = `${number(first)}–${number(last)} of ${number(body.total)}`;
    $("#prev").disabled = body.offset <= 0;
    $("#next").disabled = last >= body.total;
  }

  function fact(list, term, value) {
    if (value === null || value === undefined || value === "") return;
    list.append(el("dt", { text: term }), el("dd", { text: value }));
  }

  function evidence(parts) {
    const quote = el("blockquote", { className: "evidence" });
    for (const part of parts || []) {
      if (part.role) {
        quote.append(el("mark", { className: part.role, text: part.text, title: part.role }));
      } else {
        quote.append(document.createTextNode(part.text));
      }
    }
    return quote;
  }

  async function openEvent(id) {
    const dialog = $("#event-dialog");
    const path = `/api/events/${encodeURIComponent(id)}`;
    let body;
    try {
      body = await api(path);
    } catch (err) {
      showError(err);
      return;
    }
    const e = body.event;
    $("#event-title").textContent =
      `${e.source_code || "?"} → ${e.target_code || "(no target)"}: ${e.cameo} ${e.cameo_name || ""}`;
    setCount("event", body.reports, body.events);
    setTwins("event", path, new URLSearchParams());
    const facts = $("#event-facts");
    facts.replaceChildren();
    const dates = e.end_date && e.end_date !== e.event_date ? `${e.event_date} to ${e.end_date}` : e.event_date;
    fact(facts, "Date", dates);
    fact(facts, "Source", [e.source_name, e.source_code].filter(Boolean).join(" · "));
    fact(facts, "Target", [e.target_name, e.target_code].filter(Boolean).join(" · "));
    fact(facts, "QuadClass", `${e.quad_class} ${QUAD_NAMES[e.quad_class] || ""}`);
    fact(facts, "Goldstein", e.goldstein);
    fact(facts, "PLOVER", [e.plover_type, e.plover_mode].filter(Boolean).join(" / "));
    fact(facts, "Modality", e.modality);
    fact(facts, "Place", e.location_name ? `${e.location_name} (${e.location_country || "?"}, ${e.location_precision || ""})` : null);
    fact(facts, "Reported by", `${plural(e.num_sources, "publisher")}, ${plural(e.num_documents, "document")}`);
    const list = $("#event-reports");
    list.replaceChildren(
      ...body.mentions.map((m) => {
        const item = el("li", { className: "report" });
        item.append(evidence(m.evidence_parts));
        const meta = el("p", { className: "meta" });
        const title = m.doc_title || m.doc_id;
        meta.append(el("strong", { text: title }));
        const bits = [m.doc_source, m.pub_date, `sentence ${Number(m.sentence_index) + 1}`, m.modality, `rule ${m.evidence_rule}`];
        meta.append(" · " + bits.filter(Boolean).join(" · "));
        const url = webLink(m.link);
        if (url) {
          const a = el("a", { text: "source ↗", className: "source-link" });
          a.href = url;
          a.target = "_blank";
          a.rel = "noopener noreferrer";
          meta.append(" · ", a);
        }
        item.append(meta);
        return item;
      }),
    );
    if (!dialog.open) dialog.showModal();
  }

  function seriesParams(values) {
    const form = $("#dyad");
    let source = form.elements.source.value.trim();
    let target = form.elements.target.value.trim();
    if (!source || !target) {
      // a dyad from the filters, else the busiest edge of the network
      if (values.source && values.target) {
        source = values.source;
        target = values.target;
      } else if (state.topEdge) {
        [source, target] = state.topEdge;
      }
    }
    if (!source || !target) return null;
    const params = pick(values, CONDITIONS);
    params.set("source", source);
    params.set("target", target);
    params.set("freq", form.elements.freq.value);
    if (form.elements.both.checked) params.set("both_ways", "true");
    return params;
  }

  async function loadTimeline() {
    const values = current();
    const params = seriesParams(values);
    const container = $("#timeline");
    if (!params) {
      setCount("timeline", 0, 0);
      container.replaceChildren(el("p", { className: "empty", text: "Give two actors to draw their timeline." }));
      return;
    }
    setTwins("timeline", "/api/series", params);
    const body = await api("/api/series", params);
    const way = body.both_ways ? "⇄" : "→";
    setCount("timeline", body.reports, body.events, `${body.source} ${way} ${body.target}: `);
    Charts.timeline(container, body.periods, {
      freq: body.freq,
      label: `${body.source} ${way} ${body.target}: QuadClass counts and Goldstein mean per ${body.freq}`,
    });
  }

  async function loadNetwork() {
    const values = current();
    const params = pick(values, FILTERS);
    params.set("level", $("#network-options").elements.level.value);
    setTwins("network", "/api/network", params);
    const body = await api("/api/network", params);
    setCount("network", body.reports, body.events);
    const edges = body.edges.slice().sort((a, b) => b.events - a.events);
    state.topEdge = edges.length ? [edges[0].source, edges[0].target] : null;
    state.topNode = body.nodes.length ? body.nodes[0].node : null;
    Charts.network($("#network"), body.nodes, body.edges, {
      onSelect: (node) => {
        $("#filters").elements.actor.value = node;
        apply();
      },
    });
  }

  let world = null;
  async function loadMap() {
    const values = current();
    const params = pick(values, FILTERS);
    setTwins("map", "/api/places", params);
    const [body, topology] = await Promise.all([
      api("/api/places", params),
      world ? Promise.resolve(world) : fetch("/static/vendor/world-atlas/countries-110m.json").then((r) => r.json()),
    ]);
    world = topology;
    setCount("map", body.reports, body.events, "located: ");
    Charts.map($("#map"), body.places, world, { countText });
  }

  async function loadProfile() {
    const values = current();
    const form = $("#profile-form");
    let country = form.elements.country.value.trim();
    if (!country) country = values.actor || values.source || state.topNode || "";
    const tbody = $("#partners-table tbody");
    if (!country) {
      setCount("profile", 0, 0);
      tbody.replaceChildren();
      $("#profile-mix").replaceChildren(el("p", { className: "empty", text: "Give a country." }));
      return;
    }
    const params = pick(values, CONDITIONS);
    const path = `/api/countries/${encodeURIComponent(country)}`;
    setTwins("profile", path, params);
    const body = await api(path, params);
    setCount("profile", body.reports, body.events, `${body.country}: `);
    Charts.timeline($("#profile-mix"), body.periods, {
      freq: body.freq, label: `${body.country}: QuadClass mix per ${body.freq}`,
      emptyText: `No events of ${body.country} for this selection.`,
    });
    const rows = body.partners.map((p) =>
      el("tr", {},
        cell(p.partner, "code"), cell(number(p.events), "num"), cell(number(p.outgoing), "num"),
        cell(number(p.incoming), "num"),
        cell(p.goldstein_mean === null ? "" : Number(p.goldstein_mean).toFixed(2), "num")));
    tbody.replaceChildren(...rows);
  }

  async function loadAlerts() {
    const values = current();
    const form = $("#alerts-form");
    const params = pick(values, FILTERS);
    params.set("by", form.elements.by.value);
    params.set("window", form.elements.window.value || "30");
    setTwins("alerts", "/api/alerts", params);
    const body = await api("/api/alerts", params);
    setCount("alerts", body.reports, body.events, "over ");
    const rows = body.alerts.map((a) =>
      el("tr", { className: a.direction === "up" ? "up" : "down" },
        cell(a.key, "code"),
        cell(a.metric === "conflict" ? "conflict events" : "Goldstein mean"),
        cell(Number(a.latest).toFixed(a.metric === "conflict" ? 0 : 2), "num"),
        cell(Number(a.baseline_mean).toFixed(2), "num"),
        cell(Number(a.z).toFixed(1), "num"),
        cell(`${a.window_start} to ${a.window_end}`)));
    if (rows.length === 0) {
      const td = el("td", { text: "Nothing departs from its baseline.", className: "empty" });
      td.colSpan = 6;
      rows.push(el("tr", {}, td));
    }
    $("#alerts-table tbody").replaceChildren(...rows);
  }

  async function loadSummary() {
    const body = await api("/api/summary");
    const span = body.first_date ? ` from ${body.first_date} to ${body.last_date}` : "";
    $("#store-summary").textContent =
      `${number(body.documents)} documents, ${countText(body.reports, body.events)} in the store${span}`;
  }

  async function loadCodes() {
    const body = await api("/api/codes");
    const select = $("#filters").elements.root;
    const chosen = fromUrl().root || "";
    for (const code of body.codes) {
      if (code.level === 0) select.append(new Option(`${code.code} ${code.name.toLowerCase()}`, code.code));
    }
    select.value = chosen;
  }

  async function run(tasks) {
    document.body.dataset.state = "loading";
    const results = await Promise.allSettled(tasks.map((task) => task()));
    const failed = results.find((r) => r.status === "rejected");
    showError(failed ? failed.reason : null);
    // for scripts and tests that wait for the page: how many updates have finished
    document.body.dataset.runs = String(Number(document.body.dataset.runs || 0) + 1);
    document.body.dataset.state = "ready";
  }

  function refresh() {
    // the timeline and the profile pick their defaults from the network
    return run([loadEvents, async () => {
      await loadNetwork();
      await Promise.all([loadTimeline(), loadProfile()]);
    }, loadMap, loadAlerts]);
  }

  function apply() {
    const values = readForm();
    const params = pick(values, FILTERS);
    const query = params.toString();
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
    state.offset = 0;
    return refresh();
  }

  // ---------------------------------------------------------------------------- wiring

  function wire() {
    $("#filters").addEventListener("submit", (event) => {
      event.preventDefault();
      apply();
    });
    $("#reset").addEventListener("click", () => {
      writeForm({});
      apply();
    });
    $("#order").addEventListener("change", (event) => {
      state.order = event.target.value;
      state.offset = 0;
      run([loadEvents]);
    });
    $("#prev").addEventListener("click", () => {
      state.offset = Math.max(0, state.offset - PAGE);
      run([loadEvents]);
    });
    $("#next").addEventListener("click", () => {
      state.offset += PAGE;
      run([loadEvents]);
    });
    $("#dyad").addEventListener("submit", (event) => {
      event.preventDefault();
      run([loadTimeline]);
    });
    $("#network-options").elements.level.addEventListener("change", () => run([loadNetwork]));
    $("#profile-form").addEventListener("submit", (event) => {
      event.preventDefault();
      run([loadProfile]);
    });
    $("#alerts-form").addEventListener("submit", (event) => {
      event.preventDefault();
      run([loadAlerts]);
    });
    $("#close-event").addEventListener("click", () => $("#event-dialog").close());
  }

  async function start() {
    wire();
    writeForm(fromUrl());
    await run([loadSummary, loadCodes]);
    await refresh();
  }

  start();
})();
