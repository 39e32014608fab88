//! The page: settings, the two platforms side by side, the shared timeline, the defaults in force.

use super::defaults_table::DefaultsTable;
use super::platform_panel::PlatformPanel;
use super::timeline::Timeline;
use crate::state::{Action, AppState};
use hafen_core::{OperatorPreset, PlatformKind, RestartPolicy, SimTime};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The whole application.
#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_operator = dispatch.reform(|e: Event| {
        let id = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
        Action::SetOperator(OperatorPreset::from_id(&id).unwrap_or(OperatorPreset::OnCall))
    });
    let on_reset = dispatch.reform(|_: MouseEvent| Action::Reset);
    let on_seek = dispatch.reform(Action::SetCursor);

    let mut event_times: Vec<SimTime> =
        state.sides.iter().filter_map(|s| s.run.as_ref().ok()).flat_map(|r| r.trace.iter().map(|e| e.t)).collect();
    event_times.sort_unstable();
    event_times.dedup();

    let panels = state.sides.iter().map(|side| {
        let platform = side.platform;
        let onkill = dispatch.reform(move |node: String| Action::KillNode { platform, node });
        let oncrash = dispatch.reform(move |service: String| Action::Crash { platform, service });
        let onrestart = (platform == PlatformKind::Compose).then(|| dispatch.reform(Action::SetComposeRestart));
        let onseek = on_seek.clone();
        html! {
            <PlatformPanel
                key={platform.id()}
                side={side.clone()}
                cursor={state.cursor}
                restart={state.compose_restart}
                fault_count={state.faults_of(platform).count()}
                {onkill} {oncrash} {onrestart} {onseek} />
        }
    });

    let timings = state.sides.iter().find_map(|s| s.scenario.as_ref()).map(|s| (s.timings.clone(), s.platform.kubernetes_version));

    html! {
        <div class="app">
            <header class="topbar">
                <h1>{"Hafen"}</h1>
                <p class="tagline">{"FeastFlow — frontend, backend, PostgreSQL — on Docker Compose and on Kubernetes. Break something and compare."}</p>
                <div class="settings">
                    <label>
                        {"Operator reaction "}
                        <select aria-describedby="operator-note" onchange={on_operator}>
                            { for OperatorPreset::ALL.iter().map(|p| html! {
                                <option value={p.id()} selected={*p == state.operator}>{p.label()}</option>
                            }) }
                        </select>
                    </label>
                    <span id="operator-note" class="note">{"a product setting, not a platform default: how long until a person notices and acts"}</span>
                    <button class="reset" onclick={on_reset} disabled={state.faults.is_empty()}>{"Reset faults"}</button>
                </div>
                <p class="hint">{format!("Faults happen at the time cursor, now at {}. Move it with the timeline below.", state.cursor)}</p>
            </header>
            <main class="sides">{ for panels }</main>
            <Timeline cursor={state.cursor} end={state.end()} events={event_times} onseek={on_seek.clone()} />
            if let Some((timings, version)) = timings {
                <DefaultsTable rows={timings.rows(version)} />
            }
            <footer class="footer">
                {"Every timing is the documented default of Kubernetes, Docker and Docker Swarm (table above, with sources); start-up times are properties of the example application. Nothing leaves your browser."}
            </footer>
        </div>
    }
}

/// Restart policy options for the Compose side, exported for the panel.
pub fn restart_options() -> impl Iterator<Item = RestartPolicy> {
    RestartPolicy::ALL.into_iter()
}
