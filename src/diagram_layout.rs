//! Where a diagram draws its nodes and replicas, for the width it is shown at.
//!
//! A diagram is laid out in CSS pixels for the width its column has (measured, see
//! [`use_width`](crate::hooks::use_width)), and drawn with a viewBox of that width: one unit is one
//! pixel, so its text is as large as the stylesheet says (never under [`MIN_TEXT`]) on a projector,
//! in a wiki column and on a phone. Nodes wrap into as many rows as they need; labels that would not
//! fit their box are shortened (the full text is in the tooltip and the inspector).

/// Smallest text in a diagram [CSS px].
pub const MIN_TEXT: f64 = 12.0;
/// Margin around and between node boxes [px].
pub const GAP: f64 = 10.0;
/// Height of the traffic labels above the nodes [px].
pub const TOP: f64 = 38.0;
/// A node box's header with its name and state [px].
pub const HEADER: f64 = 44.0;
/// A replica's box in the detailed view [px].
pub const POD_H: f64 = 40.0;
/// Space between replica boxes [px].
pub const POD_GAP: f64 = 6.0;
/// A replica's square in the compact view, with its margin [px]: small squares keep the Large
/// cluster's drawing (and what each frame of playback paints) about half as tall as 10 px did.
pub const CELL: f64 = 7.0;
/// The compact view's node header: room for the power button [px].
pub const COMPACT_HEADER: f64 = 16.0;
/// Narrowest node box in the detailed view: a replica's name and state at 12–13 px [px].
const MIN_NODE_W: f64 = 150.0;
/// Narrowest node box that still carries its name and state in the compact view [px].
pub const MIN_NAMED_W: f64 = 96.0;
/// The dense view (an embed in a wiki's 640×480 frame): a replica's box holds its glyph and name
/// only, one line [px].
pub const SMALL_POD_H: f64 = 24.0;
/// The dense view's node header: name and state on two tight lines [px].
pub const SMALL_HEADER: f64 = 36.0;
/// Narrowest node box in the dense view: "● frontend-2" at 12 px [px].
const MIN_SMALL_NODE_W: f64 = 110.0;
/// A second line of a node's status in the dense view, where one line would not hold it whole
/// ([`Layout::whole`]) [px].
pub const STATUS_LINE: f64 = 14.0;
/// A phone's diagram ([`Layout::list`]) is narrower than this [px].
pub const LIST_W: f64 = 480.0;
/// A replica's box in a phone's list: a finger's target [px].
pub const LIST_POD_H: f64 = 44.0;

/// The geometry of one diagram.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Width drawn [px].
    pub width: f64,
    /// Height of the nodes' area, traffic labels included [px].
    pub height: f64,
    /// Replicas as small squares without text (many nodes or many replicas per node).
    pub compact: bool,
    /// Node boxes per row.
    pub cols: usize,
    /// A node box [px].
    pub node_w: f64,
    /// A node box [px].
    pub node_h: f64,
    /// Node boxes carry their name and state (wide enough); otherwise a summary line says which
    /// nodes are not Ready.
    pub named: bool,
    /// Compact view: replica squares per row in a node box.
    pub per_row: usize,
    /// Dense view: replicas as one-line boxes (glyph and name), smaller node headers.
    pub small: bool,
    /// A phone's list: one node box per row, full width, its replicas' names and states whole in
    /// boxes a finger can hit ([`LIST_POD_H`]).
    pub list: bool,
    /// Lines of a node's status in the dense view's header: two where one would shorten it
    /// ([`Layout::whole`]), else one.
    pub status_lines: usize,
}

impl Layout {
    /// The layout of `nodes` node boxes holding at most `most` replicas each, `width` px wide.
    pub fn new(width: f64, nodes: usize, most: usize) -> Layout {
        Layout::sized(width, nodes, most, false, false)
    }

    /// The same on a phone: narrower than [`LIST_W`], one node box per row (up to eight rows
    /// before the replicas become squares), replicas [`LIST_POD_H`] tall; wider, as [`Layout::new`].
    pub fn list(width: f64, nodes: usize, most: usize) -> Layout {
        Layout::sized(width, nodes, most, false, width < LIST_W)
    }

    /// The same in the dense view (`small`): narrower node boxes side by side, one-line replicas,
    /// so that a small frame shows a three-node cluster whole.
    pub fn dense(width: f64, nodes: usize, most: usize) -> Layout {
        Layout::sized(width, nodes, most, true, false)
    }

    /// The dense view with every label whole (a presenter's): node boxes as wide as `need` says
    /// their labels are, so fewer side by side where the width is short of it, and a status that
    /// one line of its box would shorten on two. `width` should be at least `need.width(1)`: a
    /// narrower drawing shortens what does not fit. (With `Need::default()`, [`Layout::dense`].)
    pub fn whole(width: f64, nodes: usize, most: usize, need: &Need) -> Layout {
        Layout::sized_for(width, nodes, most, true, false, Some(need))
    }

    fn sized(width: f64, nodes: usize, most: usize, small: bool, list: bool) -> Layout {
        Layout::sized_for(width, nodes, most, small, list, None)
    }

    fn sized_for(width: f64, nodes: usize, most: usize, small: bool, list: bool, need: Option<&Need>) -> Layout {
        let width = width.max(if small { 150.0 } else { 200.0 });
        let nodes = nodes.max(1);
        let most = most.max(1);
        let room = width - GAP;
        // (A hair of slack: a drawing laid out for exactly `Need::width(n)` takes n boxes.)
        let fits = |w: f64| (((room + 0.01) / (w + GAP)).floor() as usize).max(1);
        let least = if small { need.map_or(0.0, |n| n.node_w).max(MIN_SMALL_NODE_W) } else { MIN_NODE_W };
        let detailed_cols = if list { 1 } else { fits(least).min(nodes).min(4) };
        let compact = nodes > 8 || most > 7 || nodes.div_ceil(detailed_cols) > if list { 8 } else { 4 };
        if !compact {
            let cols = detailed_cols;
            let node_w = room / cols as f64 - GAP;
            let status_lines = if need.is_some_and(|n| n.one_line > node_w) { 2 } else { 1 };
            let (header, pod_h) = if small { (SMALL_HEADER + (status_lines - 1) as f64 * STATUS_LINE, SMALL_POD_H) } else if list { (HEADER, LIST_POD_H) } else { (HEADER, POD_H) };
            let node_h = header + most as f64 * (pod_h + POD_GAP) + 2.0;
            let rows = nodes.div_ceil(cols);
            let height = TOP + rows as f64 * (node_h + GAP);
            return Layout { width, height, compact, cols, node_w, node_h, named: true, per_row: 1, small, list, status_lines };
        }
        // Compact: squares, about 3:2 wide per node; one node alone gets the whole width.
        let per_row = if nodes == 1 { (((room - GAP) - 8.0) / CELL).floor().max(1.0) as usize } else { ((most as f64 * 1.6).sqrt().ceil() as usize).clamp(2, most.max(2)) };
        let bare_w = 8.0 + per_row as f64 * CELL;
        let cols = if nodes == 1 { 1 } else { fits(bare_w).min(nodes) };
        let node_w = if nodes == 1 { room - GAP } else { (room / cols as f64 - GAP).min(bare_w * 1.6) };
        let per_row = ((node_w - 8.0) / CELL).floor().max(1.0) as usize;
        let named = node_w >= MIN_NAMED_W;
        let header = header_for(named);
        let node_h = header + most.div_ceil(per_row) as f64 * CELL + 6.0;
        let rows = nodes.div_ceil(cols);
        let height = TOP + if named { 0.0 } else { 20.0 } + rows as f64 * (node_h + GAP);
        Layout { width, height, compact, cols, node_w, node_h, named, per_row, small: false, list: false, status_lines: 1 }
    }

    /// Top of the first row of node boxes [px]: below the traffic labels (and, when the boxes
    /// carry no names, the line saying which nodes are not Ready).
    pub fn first_row(&self) -> f64 {
        TOP + if self.named { 0.0 } else { 20.0 }
    }

    /// Height of a node box's header: name and state, or only the power button [px].
    pub fn header(&self) -> f64 {
        if self.small && !self.compact { SMALL_HEADER + (self.status_lines.max(1) - 1) as f64 * STATUS_LINE } else { header_for(self.named) }
    }

    /// Space between a node box's sides and its replicas' boxes [px].
    fn pod_inset(&self) -> f64 {
        if self.small { 5.0 } else { 8.0 }
    }

    /// A replica box's height in the detailed and dense views [px].
    pub fn pod_h(&self) -> f64 {
        if self.small { SMALL_POD_H } else if self.list { LIST_POD_H } else { POD_H }
    }

    /// Top-left of node box `i` [px].
    pub fn node_xy(&self, i: usize) -> (f64, f64) {
        let (r, c) = (i / self.cols, i % self.cols);
        (GAP + c as f64 * (self.node_w + GAP), self.first_row() + r as f64 * (self.node_h + GAP))
    }

    /// Top-left of the `k`-th replica inside node box `i` [px].
    pub fn pod_xy(&self, i: usize, k: usize) -> (f64, f64) {
        let (x, y) = self.node_xy(i);
        if self.compact {
            let header = self.header();
            (x + 4.0 + (k % self.per_row) as f64 * CELL, y + header + (k / self.per_row) as f64 * CELL)
        } else {
            (x + self.pod_inset(), y + self.header() + k as f64 * (self.pod_h() + POD_GAP))
        }
    }

    /// A replica's box [px].
    pub fn pod_size(&self) -> (f64, f64) {
        if self.compact {
            (CELL - 2.0, CELL - 2.0)
        } else {
            (self.node_w - 2.0 * self.pod_inset(), self.pod_h())
        }
    }
}

/// A node box's header height, with or without its name and state [px].
fn header_for(named: bool) -> f64 {
    if named { HEADER } else { COMPACT_HEADER }
}

/// Width `text` takes at `px` [px], estimated on the wide side (DejaVu Sans, the widest of the
/// usual sans-serif fonts): labels sized by it fit in any of them.
pub fn text_width(text: &str, px: f64, bold: bool) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            // A no-break space (between a number and its unit) is as wide as a space.
            ' ' | '\u{a0}' | '\u{202f}' => 0.33,
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '·' => 0.36,
            'f' | 't' | 'r' | '-' | '(' | ')' => 0.5,
            'm' | 'w' | 'M' | 'W' => 1.05,
            c if c.is_ascii_uppercase() => 0.8,
            c if c.is_ascii() => 0.66,
            _ => 1.0,
        })
        .sum();
    em * px * if bold { 1.1 } else { 1.0 }
}

/// What the labels of a diagram in the dense view need to be drawn whole ([`Layout::whole`]),
/// told each label as the dense view draws it (see `components/diagram.rs`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Need {
    /// The narrowest node box that holds every replica's glyph and name, every node's name and
    /// every status, a status on two lines where one would not do [px].
    pub node_w: f64,
    /// The narrowest node box that holds every status on one line [px].
    pub one_line: f64,
    /// The narrowest drawing that holds the lines across it (the users' traffic, the title of the
    /// Pending row) [px].
    pub across: f64,
}

impl Need {
    /// Room for a replica's name, drawn after its state's glyph (every glyph is as wide as "●" or
    /// narrower): a replica's box is the node's less 5 px each side, its text 6 px from each end.
    pub fn replica(&mut self, name: &str) {
        self.node_w = self.node_w.max(text_width(name, MIN_TEXT, true) + text_width("● ", MIN_TEXT, true) + 22.0);
    }

    /// Room for a node's name at 14 px (with its zone, " · zone-a", if `zoned`), 8 px in, clear of
    /// the power button.
    pub fn node(&mut self, name: &str, zoned: bool) {
        let zone = if zoned { text_width(" · zone-m", 14.0, true) } else { 0.0 };
        self.node_w = self.node_w.max(text_width(name, 14.0, true) + zone + 42.0);
    }

    /// Room for a status a node shows during the run, 8 px from each side: on one line, or at
    /// least on two ([`two_lines`]).
    pub fn status(&mut self, status: &str) {
        let w = |t: &str| text_width(t, MIN_TEXT, true) + 16.0;
        self.one_line = self.one_line.max(w(status));
        self.node_w = self.node_w.max(two_lines(status).map_or(w(status), |(a, b)| w(a).max(w(b))));
    }

    /// Room for a line across the drawing, 10 px from each side.
    pub fn across(&mut self, line: &str, bold: bool) {
        self.across = self.across.max(text_width(line, MIN_TEXT, bold) + 2.0 * GAP);
    }

    /// The width of a drawing with `cols` node boxes side by side, every label whole [px].
    pub fn width(&self, cols: usize) -> f64 {
        (cols.max(1) as f64 * (self.node_w.max(MIN_SMALL_NODE_W) + GAP) + GAP).max(self.across).max(150.0)
    }
}

/// `text` on two lines, its last word on the second ("nede, ikke" / "oppdaget"); `None` if it is
/// one word.
pub fn two_lines(text: &str) -> Option<(&str, &str)> {
    let at = text.bytes().rposition(|b| b == b' ')?;
    Some((&text[..at], &text[at + 1..]))
}

/// `text`, shortened with "…" so that it takes at most `room` px at `px` [px].
pub fn fit(text: &str, px: f64, bold: bool, room: f64) -> String {
    if text_width(text, px, bold) <= room {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, px, bold) + text_width("…", px, bold) > room {
            out.pop();
            break;
        }
    }
    let out = out.trim_end();
    if out.is_empty() {
        String::new()
    } else {
        format!("{out}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_that_does_not_fit_is_shortened_to_its_room_and_says_so() {
        assert_eq!(fit("Running", 12.0, false, 200.0), "Running");
        let short = fit("down; the control plane has not noticed yet", 12.0, true, 100.0);
        assert!(short.ends_with('…') && text_width(&short, 12.0, true) <= 100.0, "{short}");
        assert_eq!(fit("Running", 12.0, false, 5.0), "");
        // A figure and its unit held together measure as with a space.
        assert_eq!(text_width("50\u{a0}req/s", 12.0, false), text_width("50 req/s", 12.0, false));
    }

    #[test]
    fn nodes_wrap_into_rows_and_every_box_stays_inside_the_width() {
        for width in [150.0, 200.0, 260.0, 390.0, 640.0, 1400.0] {
            for (nodes, most, dense) in [(1, 3), (3, 5), (4, 2), (50, 12), (1, 500), (9, 1)].into_iter().flat_map(|(n, m)| [(n, m, false), (n, m, true)]) {
                let lay = if dense { Layout::dense(width, nodes, most) } else { Layout::new(width, nodes, most) };
                for i in 0..nodes {
                    let (x, y) = lay.node_xy(i);
                    assert!(x >= 0.0 && x + lay.node_w <= lay.width + 0.01, "{width} px, {nodes} nodes: node {i} at {x}");
                    assert!(y + lay.node_h <= lay.height + 0.01, "{width} px, {nodes} nodes: node {i} below the drawing");
                    for k in 0..most {
                        let (px, py) = lay.pod_xy(i, k);
                        let (pw, ph) = lay.pod_size();
                        assert!(px >= x && px + pw <= x + lay.node_w + 0.01 && py + ph <= y + lay.node_h + 0.01, "{width} px, {nodes}×{most}: replica {k} leaves node {i}");
                    }
                }
                if !lay.compact {
                    let least = if dense { MIN_SMALL_NODE_W } else { MIN_NODE_W };
                    assert!(lay.node_w >= least || lay.cols == 1, "{width} px, {nodes} nodes: {} px boxes", lay.node_w);
                }
            }
        }
    }

    #[test]
    fn on_a_phone_each_node_takes_a_row_and_its_replicas_are_a_fingers_height() {
        let phone = Layout::list(346.0, 3, 3);
        assert!(phone.list && phone.cols == 1 && !phone.compact, "{phone:?}");
        assert_eq!(phone.pod_size(), (346.0 - 2.0 * GAP - 16.0, LIST_POD_H));
        // Wider (a 640 px window), as anywhere else.
        assert_eq!(Layout::list(600.0, 3, 3), Layout::new(600.0, 3, 3));
    }

    #[test]
    fn in_a_640_px_frame_the_dense_view_puts_a_three_node_cluster_side_by_side() {
        // Two platforms side by side in a 640×480 frame: each diagram is about 300 px wide.
        let normal = Layout::new(300.0, 3, 3);
        let dense = Layout::dense(300.0, 3, 3);
        assert_eq!(normal.cols, 1);
        assert!(!dense.compact && dense.cols >= 2, "{dense:?}");
        assert!(dense.height < 0.65 * normal.height && dense.height <= 320.0, "dense {} px against {} px", dense.height, normal.height);
    }

    #[test]
    fn drawn_whole_the_boxes_are_as_wide_as_their_labels_fewer_side_by_side_and_a_long_status_on_two_lines() {
        let mut need = Need::default();
        for name in ["frontend-1", "gpu-orchestrator-1"] {
            need.replica(name);
        }
        need.node("node-1", false);
        need.status("Ready");
        need.status("nede, ikke oppdaget");
        need.across("users: 400 req/s → frontend", false);
        let label = text_width("● gpu-orchestrator-1", MIN_TEXT, true);
        assert!(need.node_w >= label + 22.0 && need.one_line > text_width("nede, ikke oppdaget", MIN_TEXT, true), "{need:?}");
        assert_eq!(two_lines("nede, ikke oppdaget"), Some(("nede, ikke", "oppdaget")));
        // Three boxes side by side where the width holds them, two where it does not: never
        // narrower than the labels.
        for (width, cols) in [(need.width(3), 3), (need.width(3) - 1.0, 2), (need.width(2), 2), (need.width(1), 1)] {
            let lay = Layout::whole(width, 3, 2, &need);
            assert_eq!(lay.cols, cols, "{width} px");
            assert!(lay.node_w >= need.node_w - 1e-9);
            // The status on two lines: a header one line taller.
            assert_eq!(lay.status_lines, if lay.node_w < need.one_line { 2 } else { 1 });
            assert_eq!(lay.header(), SMALL_HEADER + (lay.status_lines - 1) as f64 * STATUS_LINE);
        }
        // Without a need, the dense view as it was.
        assert_eq!(Layout::whole(300.0, 3, 3, &Need::default()), Layout::dense(300.0, 3, 3));
    }
}
