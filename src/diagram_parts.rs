//! What a platform's diagram draws, part by part, at the time cursor: the node boxes with their
//! headers and power buttons, the replicas, the users' traffic and the legend. Each part is a
//! function of one [`Scene`] (the run at the cursor, laid out); the [`Diagram`] component keeps the
//! hooks, the listeners and the assembly.
//!
//! [`Diagram`]: crate::components::diagram::Diagram

use crate::diagram_layout::{fit, text_width, two_lines, Layout, Need, GAP, MIN_TEXT, STATUS_LINE, TOP};
use crate::icons::{item_of, svg_icon};
use crate::state::{Selection, Side};
use hafen_core::run::Run;
use hafen_core::say;
use hafen_core::text::Words;
use hafen_core::{NodeState, PlatformKind, ReplicaState};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

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
        let mut rolling = vec![false; services.len()];
        for &(rep, ..) in replicas {
            if let Some((s, v)) = scene.release(rep) {
                if let Some(flag) = rolling.get_mut(s as usize) {
                    *flag |= services.get(s as usize).is_some_and(|svc| svc.version != v);
                }
            }
        }
        scene.rolling = rolling;
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
    pub fn pod(&self, rep: u32, node: Option<u32>, state: ReplicaState) -> Html {
        let (run, lay, words) = (self.run, self.lay, self.words);
        let services = &self.side.scenario.topology.services;
        let info = run.replicas.get(rep as usize);
        let drop_node = node.and_then(|n| run.nodes.get(n as usize)).map(|n| AttrValue::from(n.name.clone()));
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
            html! { <rect width={w.to_string()} height={h.to_string()} rx="2" /> }
        } else if lay.small {
            // Glyph and name; the state is the box's colour and the glyph (and the tooltip).
            html! {
                <>
                    <rect width={w.to_string()} height={h.to_string()} rx="5" />
                    <text class="pod-name small" x="6" y="16.5">{fit(&format!("{} {name}", glyph(state)), MIN_TEXT, true, w - 12.0)}</text>
                </>
            }
        } else {
            // Name and state shortened to the box; the tags take the lines' right ends (the
            // stylesheet centres them in a phone's taller box).
            let text_room = w - 34.0 - 6.0;
            let tag_room = if spof { text_width(&self.spof_tag, MIN_TEXT, true) + 8.0 } else { 0.0 };
            let version_room = version.map_or(0.0, |v| text_width(v, MIN_TEXT, true) + 8.0);
            html! {
                <>
                    <rect width={w.to_string()} height={h.to_string()} rx="6" />
                    { svc.map(|s| svg_icon(item_of(s), 6.0, 9.0, 22.0, false)).unwrap_or_default() }
                    <text class="pod-name" x="34" y="17">{fit(&format!("{} {name}", glyph(state)), 13.0, true, text_room - version_room)}</text>
                    <text class="pod-state" x="34" y="33">{fit(&label, MIN_TEXT, true, text_room - tag_room)}</text>
                    if let Some(v) = version {
                        <text class="pod-version" x={(w - 6.0).to_string()} y="17" text-anchor="end">{v}</text>
                    }
                    if spof {
                        <text class="spof-tag" x={(w - 6.0).to_string()} y="33" text-anchor="end">{self.spof_tag.clone()}</text>
                    }
                </>
            }
        };
        let title = html! { <title>{if spof { say!(words, "pod-title-spof", name = name.as_str(), state = &*label, spof = self.spof_title.as_str()) } else { say!(words, "pod-title", name = name.as_str(), state = &*label) }}</title> };
        let content = match from {
            Some((fx, fy)) => html! {
                <g class="arrive moving" data-style={self.style(rep, format!("--fx: {fx}px; --fy: {fy}px"))}>{ title }{ body }</g>
            },
            None => html! { <>{ title }{ body }</> },
        };
        html! {
            <g key={rep} class={classes!("pod", format!("state-{}", state.id()), chosen.then_some("selected"), spof.then_some("spof"))}
                transform={format!("translate({x:.0} {y:.0})")}
                data-replica={name} data-service={service} data-state={state.id()} data-drop-node={drop_node}
                tabindex="0" role="button">
                { content }
            </g>
        }
    }

    /// Node `i` in `state` with `count` replicas: its box, its header (name, zone and status) and
    /// its power button. Also returns its summary for screen readers and its status in a few words.
    pub fn node(&self, i: usize, state: NodeState, count: usize) -> (Html, String, String) {
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
        let drawn = html! {
            <g key={name.clone()} class={classes!("node", format!("node-{}", state.id()), chosen.then_some("selected"))}
                data-node={name.clone()} data-drop-node={name.clone()} data-state={state.id()}>
                <rect class="node-box" x={x.to_string()} y={y.to_string()} width={lay.node_w.to_string()} height={lay.node_h.to_string()} rx={if lay.compact { "5" } else { "10" }} />
                <g class="node-head" tabindex="0" role="button" aria-label={head_label.clone()}>
                    <title>{head_label}</title>
                    <rect x={x.to_string()} y={y.to_string()} width={(lay.node_w - if lay.named { 30.0 } else { 18.0 }).max(4.0).to_string()} height={lay.header().to_string()} fill="transparent" />
                    if lay.named {
                        <text class="node-name" x={(x + 8.0).to_string()} y={(y + if lay.small { 16.0 } else { 19.0 }).to_string()}>{fit(&format!("{name}{zone}"), 14.0, true, lay.node_w - 16.0 - 26.0)}</text>
                        // On two lines where the layout gave the header two and one would shorten it.
                        <text class="node-status" x={(x + 8.0).to_string()} y={(y + if lay.small { 30.0 } else { 36.0 }).to_string()}>{fit(status_lines.0, MIN_TEXT, true, lay.node_w - 16.0)}</text>
                        if let Some(second) = status_lines.1 {
                            <text class="node-status" x={(x + 8.0).to_string()} y={(y + 30.0 + STATUS_LINE).to_string()}>{second}</text>
                        }
                    }
                </g>
                <g class={classes!("power", dead.then_some("dead"))} role="button" tabindex="0" aria-label={power_label.clone()} data-power={if kind == PlatformKind::Compose { "node-1".to_string() } else { name.clone() }}
                    transform={power_at}>
                    <title>{power_label}</title>
                    // A finger's target on a touch screen (its radius is the stylesheet's).
                    <circle cx="9" cy="9" class="power-hit" />
                    <circle cx="9" cy="9" r="9" class="power-bg" />
                    <path d="M5.5 6.5 A5 5 0 1 0 12.5 6.5 M9 3 L9 9" />
                </g>
            </g>
        };
        (drawn, summary, status)
    }

    /// Boxes too narrow for their names: one line over them says which nodes are not Ready
    /// (`not_ready`: each one's name and status).
    pub fn node_line(&self, not_ready: &[String], width: f64) -> Option<Html> {
        let (words, n) = (self.words, self.run.nodes.len());
        (!self.lay.named).then(|| {
            let line = if not_ready.is_empty() { say!(words, "diagram-all-ready", count = n) } else { say!(words, "diagram-some-ready", ready = n - not_ready.len(), others = not_ready.join(" · ")) };
            html! { <text class="node-line" x={GAP.to_string()} y={(TOP + 12.0).to_string()}>{fit(&line, MIN_TEXT, true, width - 2.0 * GAP)}</text> }
        })
    }

    /// The users' traffic: its label, and the dots from the users to the entry service's replicas
    /// that receive requests (`replicas`: those on screen) — `failing` [0..1] of the requests
    /// arriving at `rps` fail end to end, that share of the dots to answering replicas drawn red.
    pub fn traffic(&self, replicas: &[(u32, Option<u32>, ReplicaState)], rps: u64, failing: f64, width: f64) -> Option<(Html, Html)> {
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
            html! {
                <circle class={classes!("dot", if ok { "ok" } else { "fail" })} r="3.5" cx={src.0.to_string()} cy={src.1.to_string()}
                    data-style={self.style(u32::MAX, format!("--dx: {dx:.0}px; --dy: {dy:.0}px; animation-delay: -{delay:.2}s"))} />
            }
        });
        let users = say!(words, "diagram-users", rps = rps, entry = &t.entry);
        let label = html! {
            <g class="traffic" aria-hidden="true">
                <text class="users" x={GAP.to_string()} y="14">{fit(&users, MIN_TEXT, false, width - 2.0 * GAP)}</text>
                if none {
                    <text class="no-endpoint" x={GAP.to_string()} y="30">{say!(words, "diagram-nobody-answers")}</text>
                }
            </g>
        };
        Some((label, dots.collect::<Html>()))
    }

    /// What the glyphs and colours mean: the states this run passes through.
    pub fn legend(&self) -> Html {
        let states = self.side.peak.states;
        html! {
            <ul class="legend" aria-label={say!(self.words, "diagram-legend")}>
                { for STATES.into_iter().filter(|&s| states & 1 << s as u16 != 0).map(|s| html! { <li><span class={classes!("swatch", format!("state-{}", s.id()))} aria-hidden="true">{glyph(s)}</span>{self.label_of(s).to_string()}</li> }) }
            </ul>
        }
    }
}
