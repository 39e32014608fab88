//! The shared time cursor: a scrubber plus previous/next event.

use hafen_core::SimTime;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The moment shown [ms].
    pub cursor: SimTime,
    /// End of the simulated runs [ms].
    pub end: SimTime,
    /// Moments where something happened on any side, sorted [ms].
    pub events: Vec<SimTime>,
    /// Move the cursor.
    pub onseek: Callback<SimTime>,
}

/// The timeline bar.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let oninput = props.onseek.reform(|e: InputEvent| {
        let v = e.target_dyn_into::<HtmlInputElement>().and_then(|i| i.value().parse::<u64>().ok()).unwrap_or(0);
        SimTime(v.saturating_mul(1_000))
    });
    let prev = props.events.iter().rev().find(|&&t| t < props.cursor).copied();
    let next = props.events.iter().find(|&&t| t > props.cursor).copied();
    let jump = |to: Option<SimTime>| {
        let cb = props.onseek.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(t) = to {
                cb.emit(t)
            }
        })
    };
    html! {
        <div class="timeline" role="group" aria-label="Time">
            <button class="prev" onclick={jump(prev)} disabled={prev.is_none()}>{"◀ previous event"}</button>
            <input type="range" min="0" max={(props.end.as_millis() / 1_000).to_string()} step="1"
                value={(props.cursor.as_millis() / 1_000).to_string()} {oninput}
                aria-label="Simulated time" aria-valuetext={props.cursor.clock()} />
            <output class="clock" aria-live="polite">{props.cursor.clock()}</output>
            <button class="next" onclick={jump(next)} disabled={next.is_none()}>{"next event ▶"}</button>
            <span class="end">{format!("of {}", props.end.clock())}</span>
        </div>
    }
}
