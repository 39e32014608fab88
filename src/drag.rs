//! Dragging is session state: while the pointer moves nothing in the document changes, a ghost
//! follows the pointer (moved directly, no re-render), and only the drop becomes an edit.

use hafen_core::edit::PaletteItem;
use hafen_core::say;
use hafen_core::text::Words;

/// What is being dragged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DragKind {
    /// A service kind from the palette.
    Palette(PaletteItem),
    /// A new worker node from the palette.
    NewNode,
    /// A service, picked up by one of its replicas (drop on a node to pin it there).
    Service(String),
    /// A worker node (drop outside the cluster to remove it).
    Node(String),
}

impl DragKind {
    /// Text of the ghost that follows the pointer: what a drop at `at` would do (the same edit
    /// [`drop_edit`] makes), or where to drop.
    pub fn label(&self, w: &Words, at: &DropTarget) -> String {
        use hafen_core::edit::Edit;
        let item = |i: &PaletteItem| hafen_core::text::palette_item(w, *i);
        match (self, drop_edit(self, at)) {
            (DragKind::Palette(i), Some(Edit::AddService(_, Some(node)))) => say!(w, "drag-add-on", item = item(i), node = node),
            (DragKind::Palette(i), Some(_)) => say!(w, "drag-add", item = item(i)),
            (DragKind::Palette(i), None) => say!(w, "drag-add-where", item = item(i)),
            (DragKind::NewNode, Some(_)) => match at.platform.as_deref() {
                Some("swarm") => say!(w, "drag-node-to-swarm"),
                Some("kubernetes") => say!(w, "drag-node-to-kubernetes"),
                _ => say!(w, "drag-node-to-cluster"),
            },
            (DragKind::NewNode, None) => say!(w, "drag-node-where"),
            (DragKind::Service(s), Some(Edit::Pin(_, Some(node)))) => say!(w, "drag-pin", service = s, node = node),
            (DragKind::Service(s), _) => say!(w, "drag-pin-where", service = s),
            (DragKind::Node(n), Some(_)) => say!(w, "drag-remove", node = n),
            (DragKind::Node(n), None) => say!(w, "drag-remove-where", node = n),
        }
    }
}

/// Where a drag ended, read from `data-drop-*` attributes under the pointer.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct DropTarget {
    /// Platform id of the diagram under the pointer, if any.
    pub platform: Option<String>,
    /// Node name under the pointer, if any.
    pub node: Option<String>,
    /// Whether the pointer is over the palette.
    pub palette: bool,
}

/// What a drop means, as an edit (None: nothing).
pub fn drop_edit(kind: &DragKind, at: &DropTarget) -> Option<hafen_core::edit::Edit> {
    use hafen_core::edit::Edit;
    let cluster = at.platform.as_deref().is_some_and(|p| p != "compose");
    // A worker node of a cluster (control-plane nodes take no services).
    let worker = at.node.clone().filter(|n| cluster && !n.starts_with("cp-"));
    match kind {
        // Dropped on a node of a cluster: the new service is pinned there, as the label said.
        DragKind::Palette(item) if cluster => Some(Edit::AddService(*item, worker)),
        DragKind::Palette(item) if at.platform.is_some() => Some(Edit::AddService(*item, None)),
        DragKind::NewNode if cluster => Some(Edit::AddNode),
        DragKind::Service(s) if cluster => worker.map(|n| Edit::Pin(s.clone(), Some(n))),
        DragKind::Node(n) if at.platform.is_none() || at.palette => Some(Edit::RemoveNode(n.clone())),
        _ => None,
    }
}
