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
    /// Text of the ghost that follows the pointer.
    pub fn label(&self) -> String {
        match self {
            DragKind::Palette(item) => format!("+ {}", hafen_core::text::en::palette_item(*item)),
            DragKind::NewNode => "+ worker node".to_string(),
            DragKind::Service(s) => format!("pin {s} to …"),
            DragKind::Node(n) => format!("remove {n}? drop outside the cluster"),
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
    match kind {
        DragKind::Palette(item) if at.platform.is_some() => Some(Edit::AddService(*item, None)),
        DragKind::NewNode if cluster => Some(Edit::AddNode),
        DragKind::Service(s) if cluster => at.node.as_ref().filter(|n| !n.starts_with("cp-")).map(|n| Edit::Pin(s.clone(), Some(n.clone()))),
        DragKind::Node(n) if at.platform.is_none() || at.palette => Some(Edit::RemoveNode(n.clone())),
        _ => None,
    }
}
