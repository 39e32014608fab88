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
            DragKind::Palette(item) => format!("+ {}", item.label()),
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
