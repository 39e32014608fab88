//! Dragging is session state: while the pointer moves nothing in the document changes, a ghost
//! follows the pointer (moved directly, no re-render), and only the drop becomes an edit.

use hafen_core::edit::PaletteItem;

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
    pub fn label(&self, at: &DropTarget) -> String {
        use hafen_core::edit::Edit;
        match (self, drop_edit(self, at)) {
            (DragKind::Palette(item), Some(Edit::AddService(_, Some(node)))) => format!("add {} on {node}", hafen_core::text::en::palette_item(*item)),
            (DragKind::Palette(item), Some(_)) => format!("add {}", hafen_core::text::en::palette_item(*item)),
            (DragKind::Palette(item), None) => format!("+ {}: drop on a diagram", hafen_core::text::en::palette_item(*item)),
            (DragKind::NewNode, Some(_)) => format!("add a worker node to {}", at.platform.as_deref().map_or("the cluster", platform_name)),
            (DragKind::NewNode, None) => "+ worker node: drop on a cluster".to_string(),
            (DragKind::Service(s), Some(Edit::Pin(_, Some(node)))) => format!("pin {s} to {node}"),
            (DragKind::Service(s), _) => format!("pin {s} to …: drop on a node of a cluster"),
            (DragKind::Node(n), Some(_)) => format!("remove {n}"),
            (DragKind::Node(n), None) => format!("remove {n}: drop outside the cluster"),
        }
    }
}

/// A platform's name from its id.
fn platform_name(id: &str) -> &'static str {
    match id {
        "swarm" => "the swarm",
        "kubernetes" => "the Kubernetes cluster",
        _ => "the cluster",
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
