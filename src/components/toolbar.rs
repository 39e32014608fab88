//! The top bar: preset, platforms shown, zones, operator reaction, undo and redo, and the
//! scenario (share, download, open).

use crate::state::PRESETS;
use hafen_core::{OperatorPreset, PlatformKind, SimDuration};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// Current preset id.
    pub preset: String,
    /// Platforms shown.
    pub shown: Vec<PlatformKind>,
    /// Zones the clusters' nodes are spread over (0 = none).
    pub zones: u32,
    /// Operator reaction in force.
    pub operator: SimDuration,
    /// Undo possible.
    pub can_undo: bool,
    /// Redo possible.
    pub can_redo: bool,
    /// Faults injected.
    pub faults: usize,
    /// Open a preset.
    pub onpreset: Callback<String>,
    /// Show or hide a platform.
    pub onshow: Callback<(PlatformKind, bool)>,
    /// Set zones.
    pub onzones: Callback<u32>,
    /// Set the operator reaction.
    pub onoperator: Callback<SimDuration>,
    /// Undo.
    pub onundo: Callback<()>,
    /// Redo.
    pub onredo: Callback<()>,
    /// Remove every fault.
    pub onclear: Callback<()>,
    /// Save the document as a scenario file.
    pub ondownload: Callback<()>,
    /// Open a scenario file.
    pub onopen: Callback<web_sys::File>,
    /// Open the Share dialog.
    pub onshare: Callback<()>,
    /// Present a story: a built-in one's id, or `document` for the one the document tells.
    #[prop_or_default]
    pub onpresent: Callback<String>,
    /// The title of the story written into the document, if it has one.
    #[prop_or_default]
    pub story: Option<AttrValue>,
}

fn select_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default()
}

/// The bar.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let onpreset = props.onpreset.reform(|e: Event| select_value(&e));
    let onzones = props.onzones.reform(|e: Event| select_value(&e).parse().unwrap_or(0));
    let onoperator = props.onoperator.reform(|e: Event| OperatorPreset::from_id(&select_value(&e)).unwrap_or(OperatorPreset::OnCall).reaction());
    let picker = use_node_ref();
    let pick = {
        let picker = picker.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = picker.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let onopen = props.onopen.clone();
    let onpicked = Callback::from(move |e: Event| {
        if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
            if let Some(f) = i.files().and_then(|f| f.get(0)) {
                // The same file picked again is a change too.
                i.set_value("");
                onopen.emit(f);
            }
        }
    });
    let current_op = OperatorPreset::ALL.into_iter().find(|p| p.reaction() == props.operator);
    // Hafen compares: the last two shown cannot be unchecked, and the toolbar says so.
    let at_least = props.shown.len() <= crate::state::MIN_SHOWN;
    let platforms = PlatformKind::ALL.into_iter().map(|kind| {
        let cb = props.onshow.clone();
        let locked = at_least && props.shown.contains(&kind);
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
            cb.emit((kind, on))
        });
        html! {
            <label class="check" title={locked.then_some("Hafen compares: two platforms at least stay shown")}>
                <input type="checkbox" checked={props.shown.contains(&kind)} disabled={locked} data-platform={kind.id()} {onchange} />{kind.label()}
            </label>
        }
    });
    html! {
        <div class="toolbar" role="toolbar" aria-label="Settings">
            <label>{"Preset "}
                <select class="preset" onchange={onpreset} aria-label="Preset">
                    if !PRESETS.iter().any(|(id, _)| props.preset == *id) {
                        <option value="" selected=true disabled=true>{"Your scenario"}</option>
                    }
                    { for PRESETS.iter().map(|(id, label)| html! { <option value={*id} selected={props.preset == *id}>{*label}</option> }) }
                </select>
            </label>
            <fieldset class="platforms"><legend>{"Compare"}</legend>{ for platforms }
                if at_least {
                    <span class="note at-least">{"(two at least)"}</span>
                }
            </fieldset>
            <label>{"Zones "}
                <select class="zones" onchange={onzones}>
                    { for [0u32, 2, 3].iter().map(|z| html! { <option value={z.to_string()} selected={props.zones == *z || (props.zones == 1 && *z == 0)}>{if *z == 0 { "none".to_string() } else { z.to_string() }}</option> }) }
                </select>
            </label>
            <label title="A product setting, not a platform default: how long until a person notices and acts">{"Operator reacts in "}
                <select class="operator" onchange={onoperator}>
                    { for OperatorPreset::ALL.iter().map(|p| html! { <option value={p.id()} selected={current_op == Some(*p)}>{hafen_core::text::en::operator_preset(*p)}</option> }) }
                    if current_op.is_none() {
                        <option selected=true disabled=true>{props.operator.human()}</option>
                    }
                </select>
            </label>
            <label title="Step through a story, full screen, with a clicker: one from the design documents, or the document's own (P presents the document's story, else the preset's)">{"Stories "}
                <select class="stories" aria-label="Present a story" onchange={{
                    let onpresent = props.onpresent.clone();
                    Callback::from(move |e: Event| {
                        if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                            let id = sel.value();
                            sel.set_value("");
                            if !id.is_empty() {
                                onpresent.emit(id);
                            }
                        }
                    })
                }}>
                    <option value="" selected=true>{"Present…"}</option>
                    { for hafen_core::story::builtin::IDS.iter().map(|id| html! { <option value={*id}>{hafen_core::text::en::story_title(id)}</option> }) }
                    <option value={hafen_core::story::DOCUMENT}>{ match &props.story {
                        Some(title) => format!("This document's story: {title}"),
                        None => "This document, in one step".to_string(),
                    } }</option>
                </select>
            </label>
            <span class="spacer" />
            <button class="undo" onclick={props.onundo.reform(|_| ())} disabled={!props.can_undo} title="Undo (Ctrl+Z)">{"↶ Undo"}</button>
            <button class="redo" onclick={props.onredo.reform(|_| ())} disabled={!props.can_redo} title="Redo (Ctrl+Shift+Z)">{"↷ Redo"}</button>
            <button class="reset" onclick={props.onclear.reform(|_| ())} disabled={props.faults == 0}>{format!("Clear faults ({})", props.faults)}</button>
            <button class="share" onclick={props.onshare.reform(|_| ())} title="The link to this scenario, an iframe for a wiki page, pictures of the diagrams">{"Share…"}</button>
            <button class="download" onclick={props.ondownload.reform(|_| ())} title="Save this scenario as a YAML file (the format hafen-sim reads)">{"⇩ Download"}</button>
            <button class="open" onclick={pick} title="Open a scenario file or a docker-compose.yml (or drop one on the page)">{"Open…"}</button>
            <input type="file" class="open-file" accept=".yaml,.yml,application/yaml,text/yaml" ref={picker} onchange={onpicked} tabindex="-1" aria-hidden="true" />
        </div>
    }
}
