//! The width an element is shown at, following resizes (a ResizeObserver): what a diagram lays
//! itself out for.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The content width of the element behind `node` [CSS px, whole]; `None` until it is measured.
/// The first measurement counts at once; a later change in a task of its own, after the one that
/// measured it: three diagrams laid out anew when a column comes or goes are three tasks, not one.
#[hook]
pub fn use_width(node: NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None::<f64>);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let el = node.cast::<web_sys::Element>();
            let observed = el.clone();
            let measure = Closure::<dyn FnMut()>::new(move || {
                // A hidden element (another tab in front) measures 0: keep the last width.
                if let Some(w) = observed.as_ref().map(|el| el.client_width()).filter(|&w| w > 0) {
                    if width.is_none() {
                        width.set(Some(f64::from(w)));
                    } else {
                        let width = width.clone();
                        crate::work::in_next_task(move || width.set(Some(f64::from(w))));
                    }
                }
            });
            let observer = web_sys::ResizeObserver::new(measure.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(el)) = (&observer, &el) {
                o.observe(el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(measure);
            }
        });
    }
    *width
}
