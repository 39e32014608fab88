//! Number fields of the cost and availability panels: one way to read them, the ranges the core
//! accepts everywhere (files included), and a refusal shown beside the field when a value is out of
//! range, so nothing is refused silently while it still shows; and the note those panels show while
//! their figures are being recomputed.

use crate::state::Pricing;
use hafen_core::costs::Figure;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The text of the input that fired `e`, as a number ("1,5" and "1.5" alike); `None` when empty.
pub fn typed(e: &Event) -> Option<Result<f64, String>> {
    let text = e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(text.replace(',', ".").parse::<f64>().map_err(|_| format!("\"{text}\" is not a number")))
}

/// The number typed in the input that fired `e`: finite and at least `min`.
pub fn number(e: &Event, min: f64) -> Option<f64> {
    typed(e).and_then(Result::ok).filter(|v| v.is_finite() && *v >= min)
}

/// A change handler for one figure: a value in its range is applied with `f` to a copy of `base`
/// and emitted; anything else leaves the settings as they are and says why in `refusal`.
pub fn set_figure(base: &Pricing, onchange: &Callback<Pricing>, refusal: &UseStateHandle<Option<String>>, which: Figure, label: &'static str, f: fn(&mut Pricing, f64)) -> Callback<Event> {
    let (base, onchange, refusal) = (base.clone(), onchange.clone(), refusal.clone());
    Callback::from(move |e: Event| match typed(&e).unwrap_or_else(|| Err("empty".to_string())).and_then(|v| which.check(v)) {
        Ok(v) => {
            refusal.set(None);
            let mut next = base.clone();
            f(&mut next, v);
            onchange.emit(next)
        }
        Err(why) => refusal.set(Some(format!("{label}: {why}"))),
    })
}

/// The refusal line of a group of fields (`group` names it for styling and tests), if any.
pub fn refusal_line(refusal: &Option<String>, group: &'static str) -> Html {
    match refusal {
        Some(why) => html! { <p class={classes!("refusal", group)} role="alert">{format!("Not changed: {why}")}</p> },
        None => html! {},
    }
}

/// The note a panel shows while its figures are still those of the document before the last edit.
pub fn updating_note(updating: bool) -> Html {
    if updating {
        html! { <p class="updating-note" role="status">{"Updating for your last edit: the figures below are still for the document before it."}</p> }
    } else {
        html! {}
    }
}
