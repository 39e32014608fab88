//! What a platform's diagram draws, part by part, at the time cursor: the node boxes with their
//! headers and power buttons, the replicas, the users' traffic and the legend. Each part is a
//! function of one [`Scene`] (the run at the cursor, laid out); the [`Diagram`] component keeps the
//! hooks, the listeners and the assembly.
//!
//! [`Diagram`]: crate::components::diagram::Diagram

use crate::diagram_layout::{fit, text_width, two_lines, Layout, Need, CELL, GAP, MIN_TEXT, POD_GAP, STATUS_LINE, TOP};
use crate::icons::{item_of, svg_icon};
use crate::state::{Selection, Side};
use hafen_core::run::Run;
use hafen_core::say;
use hafen_core::text::Words;
use hafen_core::{NodeState, PlatformKind, ReplicaState};
use std::cell::RefCell;
use std::rc::Rc;
use crate::el;
use crate::markup::Out;

/// Every state, in the legend's order (their order in [`ReplicaState`], as [`hafen_core::Peak::states`]
/// counts them).
const STATES: [ReplicaState; 9] = [
    ReplicaState::Running,
    ReplicaState::Starting,
    ReplicaState::NotReady,
    ReplicaState::Hung,
    ReplicaState::BackOff,
    ReplicaState::Exited,
    ReplicaState::Unknown,
    ReplicaState::Terminating,
    ReplicaState::Pending,
];

/// A glyph per state, so the diagram reads without colour vision.
fn glyph(s: ReplicaState) -> &'static str {
    match s {
        ReplicaState::Running => "●",
        ReplicaState::Starting => "◔",
        ReplicaState::NotReady => "◌",
        ReplicaState::Hung | ReplicaState::Unhealthy => "‖",
        ReplicaState::BackOff => "↻",
        ReplicaState::Exited => "✕",
        ReplicaState::Unknown => "?",
        ReplicaState::Terminating => "⊘",
        ReplicaState::Pending => "…",
    }
}

/// A node's state in a few words (the box's style says it too; the tooltip has the whole story).
pub fn node_label(w: &Words, kind: PlatformKind, s: NodeState) -> String {
    match (kind, s) {
        (_, NodeState::Ready) => say!(w, "node-ready"),
        (PlatformKind::Compose, _) => say!(w, "node-host-down"),
        // Down, and its control plane has not noticed yet.
        (_, NodeState::Unreachable) => say!(w, "node-down-unnoticed"),
        (PlatformKind::Swarm, NodeState::NotReady) => say!(w, "node-swarm-down"),
        (_, NodeState::NotReady) => say!(w, "node-not-ready"),
    }
}

/// What the labels of `side`'s diagram need in the dense view to be drawn whole, in `w`'s words:
/// every replica the run has, every node, every status a node shows during it, the users' traffic
/// at each rate the scenario sets and the Pending row's title. The presenter gives each diagram
/// the width this asks for ([`Need::width`]).
pub fn label_need(w: &Words, side: &Side) -> Need {
    let mut need = Need::default();
    let Ok(run) = &side.run else { return need };
    for r in &run.replicas {
        need.replica(&r.name);
    }
    for n in &run.nodes {
        // (With its zone, as wide as " · zone-m" or narrower.)
        need.node(&n.name, n.zone.is_some());
    }
    need.status(&node_label(w, side.platform, NodeState::Ready));
    for c in &run.changes {
        if let hafen_core::Change::Node { state, .. } = *c {
            need.status(&node_label(w, side.platform, state));
        }
    }
    if let Some(t) = &side.scenario.traffic {
        let rps = side.scenario.peak_rps();
        need.across(&say!(w, "diagram-users", rps = rps, entry = &t.entry), false);
    }
    need.across(&say!(w, "diagram-pending"), true);
    need
}

/// The same, in a sentence for the tooltip and screen readers.
fn node_story(w: &Words, kind: PlatformKind, s: NodeState) -> String {
    match (kind, s) {
        (PlatformKind::Compose, _) => node_label(w, kind, s),
        (PlatformKind::Swarm, NodeState::Unreachable) => say!(w, "node-swarm-unnoticed"),
        (_, NodeState::Unreachable) => say!(w, "node-control-plane-unnoticed"),
        _ => node_label(w, kind, s),
    }
}

/// One diagram's run at the cursor, laid out: what each part is drawn from.
pub struct Scene<'a> {
    /// The page's words.
    pub words: &'a Words,
    /// The simulated platform.
    pub side: &'a Side,
    /// Its run.
    pub run: &'a Run,
    /// How many of the run's state changes have happened at the cursor.
    pub upto: usize,
    /// The layout.
    pub lay: &'a Layout,
    /// Where each replica is drawn (top-left) [px], by replica.
    pub at: Vec<Option<(f64, f64)>>,
    /// A replica waiting for a node: its width [px] (as wide as a node's replicas are).
    pub pending_w: f64,
    /// What is selected.
    pub selected: Option<&'a Selection>,
    /// Services that are single points of failure on this platform.
    pub spof: &'a [String],
    /// Per service: whether its replicas run different releases at the cursor (a rollout).
    rolling: Vec<bool>,
    /// The single-point-of-failure tag and its tooltip, said once per drawing.
    spof_tag: String,
    spof_title: String,
    /// Every `data-style` drawn, with the replica it belongs to (the diagram copies them into the
    /// elements' styles when they change).
    pub drawn: RefCell<String>,
    /// Each state's label said once per drawing, not once per replica (500 on the Large cluster).
    labels: RefCell<Vec<(ReplicaState, Rc<str>)>>,
}

impl<'a> Scene<'a> {
    /// The scene of `run` with `replicas` (replica, node, state) on screen.
    #[allow(clippy::too_many_arguments)]
    pub fn new(words: &'a Words, side: &'a Side, run: &'a Run, upto: usize, lay: &'a Layout, at: Vec<Option<(f64, f64)>>, pending_w: f64, selected: Option<&'a Selection>, spof: &'a [String], replicas: &[(u32, Option<u32>, ReplicaState)]) -> Self {
        let services = &side.scenario.topology.services;
        // The badge's meaning, in its tooltip: the rule is the same on every platform.
        let entry = services.get(hafen_core::availability::entry_index(&side.scenario)).map(|s| s.name.as_str()).unwrap_or_default();
        let mut scene = Scene {
            words,
            side,
            run,
            upto,
            lay,
            at,
            pending_w,
            selected,
            spof,
            rolling: vec![false; services.len()],
            spof_tag: say!(words, "spof-tag"),
            spof_title: say!(words, "spof-title", entry = entry),
            drawn: RefCell::new(String::new()),
            labels: RefCell::new(Vec::new()),
        };
        for &(rep, ..) in replicas {
            if let Some((s, v)) = scene.release(rep) {
                let other = services.get(s as usize).is_some_and(|svc| svc.version != v);
                if let Some(flag) = scene.rolling.get_mut(s as usize) {
                    *flag |= other;
                }
            }
        }
        scene
    }

    fn kind(&self) -> PlatformKind {
        self.side.platform
    }

    /// Where replica `rep` is drawn (top-left) [px].
    pub fn pos(&self, rep: u32) -> Option<(f64, f64)> {
        self.at.get(rep as usize).copied().flatten()
    }

    /// The service and release replica `rep` runs (a Compose container recreated later still
    /// runs the one before).
    fn release(&self, rep: u32) -> Option<(u32, &'a str)> {
        let run = self.run;
        let r = run.replicas.get(rep as usize)?;
        Some((r.service, run.recreated.iter().find(|e| e.1 == rep && e.0 >= self.upto).map_or(r.version.as_str(), |e| e.2.as_str())))
    }

    /// `css` as a `data-style`, noted with its owner (see [`Scene::drawn`]).
    pub fn style(&self, owner: u32, css: String) -> String {
        use std::fmt::Write as _;
        let _ = write!(self.drawn.borrow_mut(), "{owner}:{css}|");
        css
    }

    /// A state's label, said once per drawing.
    pub fn label_of(&self, state: ReplicaState) -> Rc<str> {
        let mut known = self.labels.borrow_mut();
        if let Some((_, l)) = known.iter().find(|(s, _)| *s == state) {
            return l.clone();
        }
        let l: Rc<str> = hafen_core::text::state(self.words, state, self.kind()).into();
        known.push((state, l.clone()));
        l
    }

    /// A replica: its box, name, state and tags. No listeners here: the diagram handles clicks,
    /// focus and drags for every replica by its data- attributes. The <title> is both the tooltip
    /// and the accessible name. Only a replacement on its way in has the wrapper that animates its
    /// arrival.
    pub fn pod<O: Out>(&self, rep: u32, node: Option<u32>, state: ReplicaState) -> O::Node {
        let (run, lay, words) = (self.run, self.lay, self.words);
        let services = &self.side.scenario.topology.services;
        let info = run.replicas.get(rep as usize);
        let drop_node = node.and_then(|n| run.nodes.get(n as usize)).map(|n| n.name.clone());
        let name = info.map(|r| r.name.clone()).unwrap_or_default();
        // During a rollout: the release it runs.
        let version = self.release(rep).filter(|(s, _)| self.rolling.get(*s as usize) == Some(&true)).map(|(_, v)| v);
        let svc = info.and_then(|r| services.get(r.service as usize));
        let service = svc.map(|s| s.name.clone()).unwrap_or_default();
        let (x, y) = self.pos(rep).unwrap_or((0.0, 0.0));
        // A replacement travels from the replica it replaces.
        let from = info.and_then(|r| r.replaces).and_then(|r| self.pos(r)).map(|(ox, oy)| ((ox - x).round() as i32, (oy - y).round() as i32));
        let chosen = matches!(self.selected, Some(Selection::Service(s)) if *s == service);
        let spof = self.spof.contains(&service);
        let label = self.label_of(state);
        let (w, h) = if node.is_none() && !lay.compact { (self.pending_w, lay.pod_h()) } else { lay.pod_size() };
        let body = if lay.compact {
            vec![el!(O, "rect", ["width" = w.to_string(), "height" = h.to_string(), "rx" = "2"])]
        } else if lay.small {
            // Glyph and name; the state is the box's colour and the glyph (and the tooltip).
            vec![
                el!(O, "rect", ["width" = w.to_string(), "height" = h.to_string(), "rx" = "5"]),
                el!(O, "text", ["class" = "pod-name small", "x" = "6", "y" = "16.5"], [O::text(fit(&format!("{} {name}", glyph(state)), MIN_TEXT, true, w - 12.0).into())]),
            ]
        } else {
            // Name and state shortened to the box; the tags take the lines' right ends (the
            // stylesheet centres them in a phone's taller box).
            let text_room = w - 34.0 - 6.0;
            let tag_room = if spof { text_width(&self.spof_tag, MIN_TEXT, true) + 8.0 } else { 0.0 };
            let version_room = version.map_or(0.0, |v| text_width(v, MIN_TEXT, true) + 8.0);
            let mut parts = vec![el!(O, "rect", ["width" = w.to_string(), "height" = h.to_string(), "rx" = "6"])];
            if let Some(s) = svc {
                parts.push(svg_icon::<O>(item_of(s), 6.0, 9.0, 22.0, false));
            }
            parts.push(el!(O, "text", ["class" = "pod-name", "x" = "34", "y" = "17"], [O::text(fit(&format!("{} {name}", glyph(state)), 13.0, true, text_room - version_room).into())]));
            parts.push(el!(O, "text", ["class" = "pod-state", "x" = "34", "y" = "33"], [O::text(fit(&label, MIN_TEXT, true, text_room - tag_room).into())]));
            if let Some(v) = version {
                parts.push(el!(O, "text", ["class" = "pod-version", "x" = (w - 6.0).to_string(), "y" = "17", "text-anchor" = "end"], [O::text(v.to_string().into())]));
            }
            if spof {
                parts.push(el!(O, "text", ["class" = "spof-tag", "x" = (w - 6.0).to_string(), "y" = "33", "text-anchor" = "end"], [O::text(self.spof_tag.clone().into())]));
            }
            parts
        };
        let said = if spof { say!(words, "pod-title-spof", name = name.as_str(), state = &*label, spof = self.spof_title.as_str()) } else { say!(words, "pod-title", name = name.as_str(), state = &*label) };
        let mut content = vec![el!(O, "title", [], [O::text(said.into())])];
        content.extend(body);
        let content = match from {
            Some((fx, fy)) => el!(O, "g", ["class" = "arrive moving", "data-style" = self.style(rep, format!("--fx: {fx}px; --fy: {fy}px"))], [O::list(content)]),
            None => O::list(content),
        };
        let class = format!("pod state-{}{}{}", state.id(), if chosen { " selected" } else { "" }, if spof { " spof" } else { "" });
        el!(O, "g", ["class" = class, "transform" = format!("translate({x:.0} {y:.0})"), "data-replica" = name, "data-service" = service, "data-state" = state.id(), "data-drop-node" = drop_node, "tabindex" = "0", "role" = "button"],
            key = rep.to_string().into(), [content])
    }

    /// Node `i` in `state` with `count` replicas: its box, its header (name, zone and status) and
    /// its power button. Also returns its summary for screen readers and its status in a few words.
    pub fn node<O: Out>(&self, i: usize, state: NodeState, count: usize) -> (O::Node, String, String) {
        let (lay, words, kind) = (self.lay, self.words, self.kind());
        let node = &self.run.nodes[i];
        let (x, y) = lay.node_xy(i);
        // Said once per node: the summary, the header's tooltip and its status line share them.
        let (story, status) = (node_story(words, kind, state), node_label(words, kind, state));
        let summary = say!(words, "diagram-node-summary", node = &node.name, state = &story, count = count);
        let name = node.name.clone();
        let zone = node.zone.map(|z| format!(" · {}", hafen_core::topology::zone_name(z))).unwrap_or_default();
        let chosen = self.selected == Some(&Selection::Node(name.clone()));
        let dead = state != NodeState::Ready;
        let power_label = if dead { say!(words, "node-restore", node = name.as_str()) } else { say!(words, "node-kill", node = name.as_str()) };
        let power_at = if lay.named { format!("translate({:.0} {:.0})", x + lay.node_w - 25.0, y + 7.0) } else { format!("translate({:.0} {:.0}) scale(0.7)", x + lay.node_w - 15.0, y + 3.0) };
        let head_label = format!("{name}: {story}");
        let status_lines = match two_lines(&status).filter(|_| lay.status_lines > 1 && text_width(&status, MIN_TEXT, true) > lay.node_w - 16.0) {
            Some((first, second)) => (first, Some(second)),
            None => (status.as_str(), None),
        };
        let mut head = vec![
            el!(O, "title", [], [O::text(head_label.clone().into())]),
            el!(O, "rect", ["x" = x.to_string(), "y" = y.to_string(), "width" = (lay.node_w - if lay.named { 30.0 } else { 18.0 }).max(4.0).to_string(), "height" = lay.header().to_string(), "fill" = "transparent"]),
        ];
        if lay.named {
            head.push(el!(O, "text", ["class" = "node-name", "x" = (x + 8.0).to_string(), "y" = (y + if lay.small { 16.0 } else { 19.0 }).to_string()], [O::text(fit(&format!("{name}{zone}"), 14.0, true, lay.node_w - 16.0 - 26.0).into())]));
            // On two lines where the layout gave the header two and one would shorten it.
            head.push(el!(O, "text", ["class" = "node-status", "x" = (x + 8.0).to_string(), "y" = (y + if lay.small { 30.0 } else { 36.0 }).to_string()], [O::text(fit(status_lines.0, MIN_TEXT, true, lay.node_w - 16.0).into())]));
            if let Some(second) = status_lines.1 {
                head.push(el!(O, "text", ["class" = "node-status", "x" = (x + 8.0).to_string(), "y" = (y + 30.0 + STATUS_LINE).to_string()], [O::text(second.to_string().into())]));
            }
        }
        let class = format!("node node-{}{}", state.id(), if chosen { " selected" } else { "" });
        let drawn = el!(O, "g", ["class" = class, "data-node" = name.clone(), "data-drop-node" = name.clone(), "data-state" = state.id()], key = name.clone().into(), [
            el!(O, "rect", ["class" = "node-box", "x" = x.to_string(), "y" = y.to_string(), "width" = lay.node_w.to_string(), "height" = lay.node_h.to_string(), "rx" = if lay.compact { "5" } else { "10" }]),
            el!(O, "g", ["class" = "node-head", "tabindex" = "0", "role" = "button", "aria-label" = head_label], [O::list(head)]),
            el!(O, "g", ["class" = if dead { "power dead" } else { "power" }, "role" = "button", "tabindex" = "0", "aria-label" = power_label.clone(),
                "data-power" = if kind == PlatformKind::Compose { "node-1".to_string() } else { name.clone() }, "transform" = power_at], [
                el!(O, "title", [], [O::text(power_label.into())]),
                // A finger's target on a touch screen (its radius is the stylesheet's).
                el!(O, "circle", ["cx" = "9", "cy" = "9", "class" = "power-hit"]),
                el!(O, "circle", ["cx" = "9", "cy" = "9", "r" = "9", "class" = "power-bg"]),
                el!(O, "path", ["d" = "M5.5 6.5 A5 5 0 1 0 12.5 6.5 M9 3 L9 9"]),
            ]),
        ]);
        (drawn, summary, status)
    }

    /// Boxes too narrow for their names: one line over them says which nodes are not Ready
    /// (`not_ready`: each one's name and status).
    pub fn node_line<O: Out>(&self, not_ready: &[String], width: f64) -> Option<O::Node> {
        let (words, n) = (self.words, self.run.nodes.len());
        (!self.lay.named).then(|| {
            let line = if not_ready.is_empty() { say!(words, "diagram-all-ready", count = n) } else { say!(words, "diagram-some-ready", ready = n - not_ready.len(), others = not_ready.join(" · ")) };
            el!(O, "text", ["class" = "node-line", "x" = GAP.to_string(), "y" = (TOP + 12.0).to_string()], [O::text(fit(&line, MIN_TEXT, true, width - 2.0 * GAP).into())])
        })
    }

    /// The users' traffic: its label, and the dots from the users to the entry service's replicas
    /// that receive requests (`replicas`: those on screen) — `failing` [0..1] of the requests
    /// arriving at `rps` fail end to end, that share of the dots to answering replicas drawn red.
    pub fn traffic<O: Out>(&self, replicas: &[(u32, Option<u32>, ReplicaState)], rps: u64, failing: f64, width: f64) -> Option<(O::Node, O::Node)> {
        let (run, words, kind) = (self.run, self.words, self.kind());
        let (pod_w, pod_h) = self.lay.pod_size();
        let (entry, t) = self.side.entry.zip(self.side.scenario.traffic.as_ref())?;
        let src = (width / 2.0, TOP - 8.0);
        let targets: Vec<(u32, bool)> = replicas
            .iter()
            .filter(|r| run.replicas.get(r.0 as usize).is_some_and(|i| i.service as usize == entry))
            .filter_map(|r| match r.2 {
                ReplicaState::Running => Some((r.0, true)),
                // Still in the load balancer but not answering: these requests fail.
                ReplicaState::Unknown | ReplicaState::Hung | ReplicaState::Unhealthy if kind != PlatformKind::Compose || r.2 != ReplicaState::Unknown => Some((r.0, false)),
                _ => None,
            })
            .take(12)
            .collect();
        let none = targets.is_empty() && rps > 0;
        // Requests to a dead endpoint fail; of the rest, the share that fails end to end, spread
        // evenly over the dots.
        let dead = targets.iter().filter(|t| !t.1).count() as f64;
        let total = targets.len() as f64;
        let live_fail = if total > dead { ((failing * total - dead) / (total - dead)).clamp(0.0, 1.0) } else { 0.0 };
        // One dot per replica: each animated circle costs a style recalculation every frame
        // (measured: 72 of them on three Large diagrams, ~0.9 ms a frame).
        let dots = targets.iter().enumerate().map(|(k, &(rep, answering))| {
            let (px, py) = self.pos(rep).unwrap_or(src);
            let (dx, dy) = (px + pod_w / 2.0 - src.0, py + pod_h / 2.0 - src.1);
            let i = k as f64;
            let ok = answering && ((i + 1.0) * live_fail).floor() <= (i * live_fail).floor();
            let delay = (k as f64 * 0.37) % 1.2;
            el!(O, "circle", ["class" = if ok { "dot ok" } else { "dot fail" }, "r" = "3.5", "cx" = src.0.to_string(), "cy" = src.1.to_string(),
                "data-style" = self.style(u32::MAX, format!("--dx: {dx:.0}px; --dy: {dy:.0}px; animation-delay: -{delay:.2}s"))])
        });
        let dots = O::list(dots.collect());
        let users = say!(words, "diagram-users", rps = rps, entry = &t.entry);
        let mut lines = vec![el!(O, "text", ["class" = "users", "x" = GAP.to_string(), "y" = "14"], [O::text(fit(&users, MIN_TEXT, false, width - 2.0 * GAP).into())])];
        if none {
            lines.push(el!(O, "text", ["class" = "no-endpoint", "x" = GAP.to_string(), "y" = "30"], [O::text(say!(words, "diagram-nobody-answers").into())]));
        }
        Some((el!(O, "g", ["class" = "traffic", "aria-hidden" = "true"], [O::list(lines)]), dots))
    }

    /// What the glyphs and colours mean: the states this run passes through.
    pub fn legend<O: Out>(&self) -> O::Node {
        let states = self.side.peak.states;
        let items = STATES.into_iter().filter(|&s| states & 1 << s as u16 != 0).map(|s| {
            el!(O, "li", [], [el!(O, "span", ["class" = format!("swatch state-{}", s.id()), "aria-hidden" = "true"], [O::text(glyph(s).into())]), O::text(self.label_of(s).to_string().into())])
        });
        el!(O, "ul", ["class" = "legend", "aria-label" = say!(self.words, "diagram-legend")], [O::list(items.collect())])
    }
}

/// The moment a diagram shows.
pub struct At {
    /// How many of the run's state changes have happened at the cursor.
    pub upto: usize,
    /// Requests per second arriving at the cursor.
    pub rps: u64,
    /// Share of the requests arriving at the cursor that fail end to end [0..1].
    pub failing: f64,
}

/// How a diagram is shown.
pub struct Look {
    /// The width it is laid out for [px] (the width shown at, divided by the zoom).
    pub width: f64,
    /// The dense view (an embed's, a presenter's): one-line replicas, narrower node boxes.
    pub dense: bool,
    /// Drawn this many times larger than laid out (the presenter's large type).
    pub zoom: f64,
    /// A phone's window (the stylesheet's one-column layout): each node's replicas listed.
    pub phone: bool,
    /// How many replicas are drawn [count] (`usize::MAX`: all): a diagram mounted on a page
    /// already shown draws its replicas a share per task.
    pub pods: usize,
}

/// A diagram drawn: its parts, and what its root element says.
pub struct Drawing<O: Out> {
    /// The root's classes (without `resized`).
    pub class: &'static str,
    /// The root's viewBox.
    pub view: String,
    /// The root's accessible name: the platform and each node's state.
    pub aria: String,
    /// Inside the root: the node line, the nodes, the traffic's label, the waiting row's title and
    /// the replicas.
    pub inner: O::Node,
    /// The traffic's dots (drawn on a layer of their own above the diagram).
    pub dots: O::Node,
    /// The legend (none in the dense view).
    pub legend: Option<O::Node>,
    /// Every `data-style` drawn, with its owner (see [`Scene::drawn`]).
    pub styles: String,
}

/// The diagram of `side`'s `run` at moment `at`, shown as `look` says.
pub fn draw<O: Out>(words: &Words, side: &Side, run: &Run, at: &At, look: &Look, selected: Option<&Selection>, spof: &[String]) -> Drawing<O> {
    let width = look.width;
    let kind = side.platform;
    let snap = run.snapshot_upto(at.upto);
    let n = run.nodes.len();
    let mut per_node: Vec<Vec<(u32, ReplicaState)>> = vec![Vec::new(); n];
    let mut pending = Vec::new();
    for &(rep, node, state) in &snap.replicas {
        match node.and_then(|i| per_node.get_mut(i as usize)) {
            Some(list) => list.push((rep, state)),
            None => pending.push((rep, state)),
        }
    }
    // Sized for the fullest moment of the run, not of the cursor: seeking or playing then moves
    // replicas and never resizes every node box (and restyles the whole drawing).
    let peak = side.peak;
    let most = peak.per_node.max(per_node.iter().map(Vec::len).max().unwrap_or(0));
    // Drawn larger in the dense view (a presenter's): every label whole.
    let whole = look.dense && look.zoom > 1.0;
    let lay = if look.dense {
        Layout::whole(width, n, most, &if whole { label_need(words, side) } else { Need::default() })
    } else if look.phone {
        Layout::list(width, n, most)
    } else {
        Layout::new(width, n, most)
    };
    let pod_w = lay.pod_size().0;

    // Replicas not on any node: a row of their own under the nodes.
    let waiting = peak.pending.max(pending.len());
    let pending_y = lay.height + 22.0;
    let (pending_cols, pending_w) = if lay.compact {
        ((((width - 2.0 * GAP) / CELL).floor() as usize).max(1), CELL - 2.0)
    } else {
        // Each as wide as a node's replicas are (the dense view's: as its labels need, when whole).
        let least = if whole { pod_w } else { 150.0 };
        let cols = (((width - GAP + 0.01) / (least + GAP)).floor() as usize).max(1);
        (cols, (width - GAP) / cols as f64 - GAP)
    };
    let pending_step = if lay.compact { (CELL, CELL) } else { (pending_w + GAP, lay.pod_h() + POD_GAP) };
    let height = lay.height + if waiting == 0 { 0.0 } else { 22.0 + waiting.div_ceil(pending_cols) as f64 * pending_step.1 + GAP };

    // Where each replica is drawn (top-left).
    let mut place: Vec<Option<(f64, f64)>> = vec![None; run.replicas.len()];
    for (i, list) in per_node.iter().enumerate() {
        for (k, &(rep, _)) in list.iter().enumerate() {
            if let Some(p) = place.get_mut(rep as usize) {
                *p = Some(lay.pod_xy(i, k));
            }
        }
    }
    for (k, &(rep, _)) in pending.iter().enumerate() {
        if let Some(p) = place.get_mut(rep as usize) {
            *p = Some((GAP + (k % pending_cols) as f64 * pending_step.0, pending_y + (k / pending_cols) as f64 * pending_step.1));
        }
    }
    let scene = Scene::new(words, side, run, at.upto, &lay, place, pending_w, selected, spof, &snap.replicas);
    let mut summary = Vec::new();
    let mut not_ready = Vec::new();
    let nodes: Vec<O::Node> = (0..n)
        .map(|i| {
            let state = snap.nodes.get(i).copied().unwrap_or(NodeState::Ready);
            let (drawn, said, status) = scene.node::<O>(i, state, per_node.get(i).map_or(0, Vec::len));
            summary.push(said);
            if state != NodeState::Ready {
                not_ready.push(format!("{} {status}", run.nodes[i].name));
            }
            drawn
        })
        .collect();
    let node_line = scene.node_line::<O>(&not_ready, width);
    let (traffic, dots) = scene.traffic::<O>(&snap.replicas, at.rps, at.failing, width).unzip();
    let pods: Vec<O::Node> = snap.replicas.iter().take(look.pods).map(|&(rep, node, state)| scene.pod::<O>(rep, node, state)).collect();
    let pending_label = (!pending.is_empty())
        .then(|| el!(O, "text", ["class" = "node-status", "x" = GAP.to_string(), "y" = (pending_y - 8.0).to_string()], [O::text(fit(&say!(words, "diagram-pending"), MIN_TEXT, true, width - 2.0 * GAP).into())]));
    let none = || O::list(Vec::new());
    let inner = O::list(vec![node_line.unwrap_or_else(none), O::list(nodes), traffic.unwrap_or_else(none), pending_label.unwrap_or_else(none), O::list(pods)]);
    let legend = (!look.dense).then(|| scene.legend::<O>());
    Drawing {
        class: match (lay.compact, lay.list) {
            (true, true) => "diagram compact list",
            (true, false) => "diagram compact",
            (false, true) => "diagram list",
            (false, false) => "diagram",
        },
        view: format!("0 0 {:.0} {height:.0}", lay.width),
        aria: say!(words, "diagram-aria", platform = kind.label(), nodes = summary.join("; ")),
        inner,
        dots: dots.unwrap_or_else(none),
        legend,
        styles: scene.drawn.into_inner(),
    }
}
