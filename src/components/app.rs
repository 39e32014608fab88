//! The page: toolbar, palette, the application graph, the platforms side by side on one timeline,
//! the inspector. Holds the reducer; the animation loop, shortcuts, drag session and estimates are
//! hooks (`crate::hooks`), the browser glue is `crate::browser`.

use super::actions_bar::{actions_bar, ActionsBarProps};
use super::app_graph::AppGraph;
use super::advisor_panel::{advisor_panel, AdvisorPanelProps};
use super::availability_panel::AvailabilityPanel;
use super::commands_panel::commands_panel;
use super::cost_panel::{cost_panel, CostPanelProps};
use super::defaults_table::defaults_table;
use super::inspector::{inspector, InspectorProps};
use super::manifests_panel::ManifestsPanel;
use super::notice_bar::notice_bar;
use super::palette::{palette, PaletteProps};
use super::share_dialog::ShareDialog;
use super::platform_panel::{platform_panel, PlatformPanelProps};
use super::platform_summary::platform_summary;
use super::tabs::tabs;
use super::timeline::{timeline, TimelineProps};
use super::toast::toast;
use super::toolbar::{toolbar, ToolbarProps};
use crate::hooks::use_action::use_handlers;
use crate::hooks::use_animation::use_animation;
use crate::hooks::use_drag::use_drag;
use crate::hooks::use_estimates::use_economics;
use crate::hooks::use_files::use_files;
use crate::hooks::use_persistence::use_persistence;
use crate::hooks::use_runs::use_runs;
use crate::hooks::use_share::use_share;
use crate::hooks::use_shortcuts::use_shortcuts;
use crate::presenting::Presentation;
use crate::state::{AppState, Panel, Selection};
use yew::prelude::*;

/// Moves the keyboard focus to Play.
fn focus_play() {
    crate::browser::focus_first(&["#play"]);
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Present a story (the toolbar's Stories menu, or P).
    #[prop_or_default]
    pub onpresent: Callback<Presentation>,
}

/// What presenting `which` shows ([`hafen_core::story::DOCUMENT`]: the story the document tells);
/// `None`: P, which presents the document's own story if it has one, else the preset's built-in
/// story, else the document in one step.
fn presentation(state: &AppState, which: Option<&str>) -> Presentation {
    let builtin = match which {
        Some(id) => Some(id),
        // A document opened from a link or this browser's storage (after a reload, or back from
        // presenting) no longer knows its preset: its application's name tells.
        None if state.doc.story.is_none() => Some(if state.preset.is_empty() { hafen_core::presets::named(&state.doc.scenario.name).unwrap_or_default() } else { state.preset.as_str() }),
        None => None,
    };
    builtin.and_then(Presentation::builtin).unwrap_or_else(|| Presentation::of_document(&state.document()))
}

/// The whole application.
#[component]
pub fn App(props: &AppProps) -> Html {
    let words = crate::i18n::use_words();
    // The toolbar's language menu and the file input its Open… clicks.
    let tongue = crate::i18n::use_tongue();
    let picker = use_node_ref();
    // Why the last figure typed on the Costs tab was refused.
    let cost_refusal = use_state(|| None::<hafen_core::text::message::Message>);
    // … and on the advisor's.
    let advisor_refusal = use_state(|| None::<hafen_core::text::message::Message>);
    // Whether the toolbar's More menu is open.
    let more = use_state_eq(|| false);
    let state = use_reducer(crate::persist::open_page);
    let dispatcher = state.dispatcher();
    use_runs(&state);
    use_animation(state.playing, dispatcher.clone());
    use_persistence(&state, dispatcher.clone());
    let files = use_files(&state);
    let share = use_share(&state);
    let onpresent_key = {
        let (onpresent, state) = (props.onpresent.clone(), state.clone());
        Callback::from(move |_: ()| onpresent.emit(presentation(&state, None)))
    };
    let onstory = {
        let (onpresent, state) = (props.onpresent.clone(), state.clone());
        Callback::from(move |id: String| onpresent.emit(presentation(&state, Some(&id))))
    };
    use_shortcuts(dispatcher.clone(), state.selected.clone(), onpresent_key);
    let (ghost, ondragstart) = use_drag(dispatcher.clone());
    // Drawn again when the page's width changes: the phone's summary comes (or goes) with the
    // width that shows it, paused too.
    let page = use_node_ref();
    let _ = crate::hooks::use_width::use_width(page.clone());

    // Callbacks made once: children that do not follow the cursor are not redrawn while playing.
    let on = use_handlers(dispatcher.clone());
    let faulted = !state.doc.scenario.faults.is_empty();
    // Costs and availability: estimated in slices after each edit (never inside it).
    let (estimates, economics) = use_economics(&state.doc.scenario, &state.doc.pricing, state.recomputing());
    let updating = !estimates.current;
    // The operator's answers to the document's actions, once per document: under each platform
    // and in the Commands tab.
    let commands = use_memo(state.doc.scenario.clone(), |doc| hafen_core::commands::rows(doc));
    let panels = state.sides.iter().map(|side| {
        // Single points of failure only from estimates of the document on screen.
        let spof: Vec<String> = economics
            .as_ref()
            .filter(|_| estimates.current)
            .map(|e| e.platforms.get(side.platform).0.services.iter().filter(|s| s.single_point_of_failure).map(|s| s.name.clone()).collect())
            .unwrap_or_default();
        platform_panel(&words, &PlatformPanelProps { side: side.clone(), commands: commands.clone(), cursor: state.cursor, selected: state.selected.clone(), faulted, spof,
            onselect: on.select.clone(), onpower: on.power.clone(), onseek: on.seek.clone(), ondragstart: ondragstart.clone(), brief: false, zoom: 1.0 })
    });
    // The phone's summary of the platforms (drawn on narrow screens only).
    let summary = platform_summary(&words, &state.sides, state.cursor);
    let doc = &state.doc.scenario;
    let target_service = match &state.selected {
        Some(Selection::Service(s)) => Some(s.clone()),
        _ => doc.topology.services.iter().find(|s| s.kind == hafen_core::ServiceKind::Backend).or_else(|| doc.topology.services.first()).map(|s| s.name.clone()),
    };
    let target_node = state.kill_target();
    let cols = state.sides.len();
    // The economics are derived whichever tab is in front; only the one shown is drawn.
    // The tab in front other than the platforms, if it draws here (the availability panel, once
    // estimated, is drawn below and kept while other tabs are in front).
    // The tab in front other than the platforms, drawn again only when what it shows changes (not
    // with every frame while playing).
    let economics_view = {
        let (words, on, refusals, latest, commands) = (words.clone(), on.clone(), (cost_refusal.clone(), advisor_refusal.clone()), estimates.latest.clone(), commands.clone());
        let runs = latest.as_ref().map(|e| e.platforms.clone());
        use_memo(
            (state.panel, economics.clone(), state.doc.pricing.clone(), updating, words.lang(), ((*cost_refusal).clone(), (*advisor_refusal).clone()), state.doc.scenario.clone(), state.doc.shown.clone(), runs),
            move |(panel, economics, costs, updating, _, _, doc, shown, _)| match (*panel, economics.clone()) {
                (Panel::Platforms, _) | (Panel::Availability, Some(_)) => None,
                (Panel::Costs, Some(eco)) => Some(cost_panel(&words, &CostPanelProps { settings: costs.clone(), economics: eco, updating: *updating, onchange: on.costs.clone(), refusal: refusals.0 })),
                (Panel::Costs | Panel::Availability, None) => Some(html! {
                    <section class="economics-part estimating" aria-live="polite"><p class="updating-note">{hafen_core::say!(words, "app-estimating")}</p></section>
                }),
                (Panel::Advisor, eco) => Some(advisor_panel(&words, &AdvisorPanelProps { doc: doc.clone(), runs: latest, economics: eco, updating: *updating, costs: costs.clone(), onsituation: on.situation.clone(), ontraffic: on.traffic.clone(), refusal: refusals.1 })),
                (Panel::Timings, _) => Some(defaults_table(&words, &doc.timings, doc.platform.kubernetes_version)),
                (Panel::Commands, _) => Some(commands_panel(&words, doc, shown, &commands)),
                (Panel::Manifests, _) => Some(html! { <ManifestsPanel doc={doc.clone()} /> }),
            },
        )
    };
    // The availability panel stays mounted behind the other tabs: a Monte Carlo run goes on (and
    // its results wait) while the user looks elsewhere.
    let availability = economics.clone().map(|eco| html! {
        <div class="economics" hidden={state.panel != Panel::Availability}>
            <AvailabilityPanel settings={state.doc.pricing.clone()} economics={eco} {updating} onchange={on.costs.clone()} doc={state.doc.scenario.clone()}
                sides={state.sides.clone()} onsituation={on.situation.clone()} />
        </div>
    });
    html! {
        <div class="app" ref={page}>
            <button class="skip" onclick={Callback::from(|_: MouseEvent| focus_play())}>{hafen_core::say!(words, "app-skip")}</button>
            // In a short window (a 640×480 frame, 150 % zoom) the header scrolls away with the body,
            // so the diagrams can fill the window; otherwise this wrapper is not a box at all.
            <div class="scroller">
            <header class="topbar">
                <h1>{"Hafen"}<span class="tagline">{" — "}{hafen_core::say!(words, "tagline")}</span></h1>
                { toolbar(&words, &ToolbarProps { preset: state.preset.clone(), shown: state.doc.shown.clone(), zones: doc.platform.zones, operator: doc.timings.operator_reaction,
                    can_undo: state.can_undo(), can_redo: state.can_redo(), faults: doc.faults.len(),
                    onpreset: on.preset.clone(), onshow: on.show.clone(), onzones: on.zones.clone(), onoperator: on.operator.clone(),
                    onundo: on.undo.clone(), onredo: on.redo.clone(), onclear: on.clear.clone(),
                    ondownload: files.download.clone(), onopen: files.open.clone(), onshare: share.onopen.clone(), onpresent: onstory, story: state.doc.story.as_ref().map(|w| AttrValue::from(w.title.clone())),
                    tongue: tongue.clone(), picker: picker.clone(), more: *more, onmore: { let more = more.clone(); Callback::from(move |open| more.set(open)) } }) }
                if let Some(notice) = state.notice.clone() {
                    { notice_bar(&words, &notice, &on.fresh, &on.dismiss_notice) }
                }
                { tabs(&words, state.panel, &on.panel) }
            </header>
            <div class="body">
                // The platforms stay mounted behind another tab: coming back to them is a style
                // change, not 4,500 replicas drawn anew.
                <div class="workspace" hidden={state.panel != Panel::Platforms}>
                        { palette(&words, &PaletteProps { ondragstart: ondragstart.clone(), onadd: on.add.clone(), onaddnode: on.add_node.clone() }) }
                        <div class="middle">
                            <div class="graph-row">
                                <AppGraph doc={state.doc.scenario.clone()} selected={state.selected.clone()} onselect={on.select.clone()} />
                            </div>
                            { actions_bar(&words, &ActionsBarProps { cursor: state.cursor, service: target_service, node: target_node, rps: doc.traffic.as_ref().map(|t| t.rps),
                                zones: doc.platform.zone_names(), onfault: on.fault.clone() }) }
                            { summary }
                            <main class={classes!("sides", format!("cols-{cols}"))} aria-busy={state.recomputing().then_some("true")}>{ for panels }</main>
                        </div>
                        { inspector(&words, &InspectorProps { doc: state.doc.scenario.clone(), selected: state.selected.clone(), refusal: state.refusal.clone(), onedit: on.edit.clone(), onfault: on.fault.clone(), onclose: on.deselect.clone() }) }
                </div>
                if let Some(view) = (*economics_view).clone() {
                    <div class="economics">{ view }</div>
                }
                { availability.unwrap_or_default() }
                <footer class="footer">
                    {hafen_core::say!(words, "app-footer")}
                </footer>
            </div>
            </div>
            if let Some(removed) = state.removed.clone() {
                { toast(&words, &removed, &on.undo, &on.dismiss) }
            }
            { timeline(&words, &TimelineProps { cursor: state.cursor, end: state.end(), playing: state.playing, speed: state.speed, onseek: on.seek.clone(),
                ontoggle: on.toggle.clone(), onspeed: on.speed.clone(), onnext: on.next.clone(), onprev: on.prev.clone(),
                has_prev: state.has_prev(), has_next: state.has_next() }) }
            if let Some((link, snippet)) = share.texts.clone() {
                <ShareDialog {link} {snippet} time={AttrValue::from(state.cursor.clock())} status={share.status.clone()}
                    oncopy={share.oncopy.clone()} onpicture={share.onpicture.clone()} onclose={share.onclose.clone()} />
            }
            <div class="drag-ghost" ref={ghost} aria-hidden="true"></div>
        </div>
    }
}
