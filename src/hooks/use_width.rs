//! The width an element is shown at, following resizes (a ResizeObserver): what a diagram lays
//! itself out for.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The element observed, its observer and the observer's callback.
type Observing = Option<(web_sys::Element, web_sys::ResizeObserver, Closure<dyn FnMut()>)>;

/// The content width of the element behind `node` [CSS px, whole]; `None` until it is measured.
/// The element is observed again when it changes once measured (a diagram whose placeholder is
/// measured, then replaced by its drawing). The
/// first measurement counts at once; a later change in a task of its own, after the one that
/// measured it: diagrams laid out anew when a column comes or goes are a task each, not one.
#[hook]
pub fn use_width(node: NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None::<f64>);
    let observing: Rc<RefCell<Observing>> = use_mut_ref(|| None);
    {
        let (width, observing) = (width.clone(), observing.clone());
        // The element behind `node` is looked at again when the width comes (a diagram's drawing
        // then replaces its placeholder), not on every render: a playing diagram renders each frame.
        use_effect_with(width.is_some(), move |_| {
            let el = node.cast::<web_sys::Element>();
            let same = match (&*observing.borrow(), &el) {
                (Some((seen, ..)), Some(el)) => seen == el,
                (None, None) => true,
                _ => false,
            };
            if !same {
                if let Some((_, o, _)) = observing.borrow_mut().take() {
                    o.disconnect();
                }
                if let Some(el) = el {
                    let observed = el.clone();
                    let measure = Closure::<dyn FnMut()>::new(move || {
                        // A hidden element (another tab in front) measures 0: keep the last width.
                        let w = observed.client_width();
                        if w <= 0 {
                            return;
                        }
                        // (The handle reads the state as it is now, not as it was drawn.)
                        if width.is_none() {
                            width.set(Some(f64::from(w)));
                        } else {
                            let width = width.clone();
                            crate::work::in_next_task(move || width.set(Some(f64::from(w))));
                        }
                    });
                    if let Ok(o) = web_sys::ResizeObserver::new(measure.as_ref().unchecked_ref()) {
                        o.observe(&el);
                        *observing.borrow_mut() = Some((el, o, measure));
                    }
                }
            }
        });
    }
    use_effect_with((), move |_| {
        move || {
            if let Some((_, o, _)) = observing.borrow_mut().take() {
                o.disconnect();
            }
        }
    });
    *width
}
