//! The shared timeline: play/pause, speed, step to the previous/next event, and a scrubber.

use crate::state::Speed;
use hafen_core::SimTime;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use hafen_core::say;
use hafen_core::text::Words;
use yew::prelude::*;

/// What the timeline shows and does.
pub struct TimelineProps {
    /// The moment shown [ms].
    pub cursor: SimTime,
    /// End of the simulated runs [ms].
    pub end: SimTime,
    /// Whether time runs.
    pub playing: bool,
    /// Playback speed.
    pub speed: Speed,
    /// Move the cursor.
    pub onseek: Callback<SimTime>,
    /// Play or pause.
    pub ontoggle: Callback<()>,
    /// Change speed.
    pub onspeed: Callback<Speed>,
    /// Jump to the next event.
    pub onnext: Callback<()>,
    /// Jump to the previous event.
    pub onprev: Callback<()>,
    /// Something happened before the cursor.
    pub has_prev: bool,
    /// Something happens after the cursor.
    pub has_next: bool,
}

/// The timeline bar. A view, not a component of its own (each component type costs the page ~1.2 KB gzipped of wasm): its props change with every frame anyway.
pub fn timeline(w: &Words, props: &TimelineProps) -> Html {
    let oninput = props.onseek.reform(|e: InputEvent| {
        let v = e.target_dyn_into::<HtmlInputElement>().and_then(|i| i.value().parse::<u64>().ok()).unwrap_or(0);
        SimTime(v.saturating_mul(1_000))
    });
    let onspeed = props.onspeed.reform(|e: Event| {
        let v = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
        Speed::from_param(&v).unwrap_or(Speed::X10)
    });
    html! {
        <div class="timeline" role="group" aria-label={say!(w, "timeline-aria")}>
            <button class="play" id="play" onclick={props.ontoggle.reform(|_| ())} aria-pressed={props.playing.to_string()} title={say!(w, "timeline-play-title")}>
                {if props.playing { say!(w, "timeline-pause") } else { say!(w, "timeline-play") }}
            </button>
            <select class="speed" aria-label={say!(w, "timeline-speed")} onchange={onspeed}>
                { for Speed::ALL.iter().map(|s| html! { <option value={s.label().trim_end_matches('×').to_string()} selected={*s == props.speed}>{s.label()}</option> }) }
            </select>
            <button class="prev" onclick={props.onprev.reform(|_| ())} disabled={!props.has_prev} title={say!(w, "timeline-prev-title")}>{say!(w, "timeline-prev")}</button>
            <button class="next" onclick={props.onnext.reform(|_| ())} disabled={!props.has_next} title={say!(w, "timeline-next-title")}>{say!(w, "timeline-next")}</button>
            <input type="range" min="0" max={(props.end.as_millis() / 1_000).to_string()} step="1"
                value={(props.cursor.as_millis() / 1_000).to_string()} {oninput}
                aria-label={say!(w, "timeline-slider")} aria-valuetext={props.cursor.clock()} />
            <output class="clock">{props.cursor.clock()}</output>
            <span class="end">{say!(w, "timeline-of", end = props.end)}</span>
        </div>
    }
}
