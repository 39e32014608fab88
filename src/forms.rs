//! Number fields of the cost and availability panels: one way to read them, the ranges the core
//! accepts everywhere (files included), and a refusal shown beside the field when a value is out of
//! range, so nothing is refused silently while it still shows; and the note those panels show while
//! their figures are being recomputed.

use crate::state::Pricing;
use hafen_core::costs::Figure;
use hafen_core::message;
use hafen_core::say;
use hafen_core::text::message::Message;
use hafen_core::text::Words;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The text of the input that fired `e`, as a number ("1,5" and "1.5" alike); `None` when empty.
pub fn typed(e: &Event) -> Option<Result<f64, Message>> {
    let text = e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(text.replace(',', ".").parse::<f64>().map_err(|_| message!("form-not-a-number", text = text)))
}

/// A figure as a number field shows it: the reader's decimal separator ("1,5" in German and
/// Norwegian), no grouping, so [`typed`] reads it back. Number fields are text fields with a
/// decimal keyboard (`inputmode="decimal"`): a browser's own number field writes the browser's
/// locale, not the page's language.
pub fn decimal(w: &Words, v: f64) -> String {
    let s = v.to_string();
    if w.lang().row().decimal == ',' {
        s.replace('.', ",")
    } else {
        s
    }
}

/// The number typed in the input that fired `e`: finite and at least `min`.
pub fn number(e: &Event, min: f64) -> Option<f64> {
    typed(e).and_then(Result::ok).filter(|v| v.is_finite() && *v >= min)
}

/// A change handler for one figure: a value in its range is applied with `f` to a copy of `base`
/// and emitted; anything else leaves the settings as they are and says why in `refusal`, naming
/// the field by `label`.
pub fn set_figure(base: &Pricing, onchange: &Callback<Pricing>, refusal: &UseStateHandle<Option<Message>>, which: Figure, label: Message, f: fn(&mut Pricing, f64)) -> Callback<Event> {
    let (base, onchange, refusal) = (base.clone(), onchange.clone(), refusal.clone());
    Callback::from(move |e: Event| match typed(&e).unwrap_or_else(|| Err(message!("form-empty"))).and_then(|v| which.check(v)) {
        Ok(v) => {
            refusal.set(None);
            let mut next = base.clone();
            f(&mut next, v);
            onchange.emit(next)
        }
        Err(why) => refusal.set(Some(message!("form-field-refused", field = label.clone(), why = why))),
    })
}

/// The refusal line of a group of fields (`group` names it for styling and tests), if any.
pub fn refusal_line(w: &Words, refusal: &Option<Message>, group: &'static str) -> Html {
    match refusal {
        Some(why) => html! { <p class={classes!("refusal", group)} role="alert">{say!(w, "not-changed", why = w.tell(why))}</p> },
        None => html! {},
    }
}

/// The note a panel shows while its figures are still those of the document before the last edit.
pub fn updating_note(w: &Words, updating: bool) -> Html {
    if updating {
        html! { <p class="updating-note" role="status">{say!(w, "updating-note")}</p> }
    } else {
        html! {}
    }
}
