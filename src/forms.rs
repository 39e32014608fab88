//! Number fields of the cost, availability and advisor panels: one way to read them and update the
//! settings, so every panel accepts the same input ("1,5" and "1.5") and refuses the same.

use crate::state::CostSettings;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The number typed in the input that fired `e`: finite and at least `min`.
pub fn number(e: &Event, min: f64) -> Option<f64> {
    e.target_dyn_into::<HtmlInputElement>().and_then(|i| i.value().trim().replace(',', ".").parse::<f64>().ok()).filter(|v| v.is_finite() && *v >= min)
}

/// A change handler that applies `f` with the typed number to a copy of `base` and emits it;
/// a value that is not a number of at least `min` changes nothing.
pub fn set_number(base: &CostSettings, onchange: &Callback<CostSettings>, min: f64, f: fn(&mut CostSettings, f64)) -> Callback<Event> {
    let (base, onchange) = (base.clone(), onchange.clone());
    Callback::from(move |e: Event| {
        if let Some(v) = number(&e, min) {
            let mut next = base.clone();
            f(&mut next, v);
            onchange.emit(next)
        }
    })
}
