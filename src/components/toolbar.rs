//! The top bar: preset, platforms shown, zones, operator reaction, undo and redo, and the
//! scenario (share, download, open). On a phone all but the preset, undo, redo and clear are in a
//! "⋯ More" menu (the platforms' summary above the diagrams shows what is compared); elsewhere the menu's button is hidden and
//! its commands stand in the bar.

use hafen_core::text::Words;
use crate::state::PRESETS;
use hafen_core::locale::Lang;
use hafen_core::say;
use hafen_core::{OperatorPreset, PlatformKind, SimDuration};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What the toolbar shows and does.
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
    pub onpresent: Callback<String>,
    /// The title of the story written into the document, if it has one.
    pub story: Option<AttrValue>,
    /// The page's language and how to change it (the language menu).
    pub tongue: Option<crate::i18n::Tongue>,
    /// The hidden file input that Open… clicks.
    pub picker: NodeRef,
    /// The More menu is open (on a phone).
    pub more: bool,
    /// Open (true) or close the More menu.
    pub onmore: Callback<bool>,
}

fn select_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default()
}

/// The bar. A view, not a component of its own (each component type costs the page ~1.2 KB
/// gzipped of wasm); its parent holds its language and file-picker hooks.
pub fn toolbar(w: &Words, props: &ToolbarProps) -> Html {
    let tongue = props.tongue.clone();
    let onpreset = props.onpreset.reform(|e: Event| select_value(&e));
    let onzones = props.onzones.reform(|e: Event| select_value(&e).parse().unwrap_or(0));
    let onoperator = props.onoperator.reform(|e: Event| OperatorPreset::from_id(&select_value(&e)).unwrap_or(OperatorPreset::OnCall).reaction());
    let picker = props.picker.clone();
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
            <label class="check" title={locked.then(|| say!(w, "toolbar-at-least-title"))}>
                <input type="checkbox" checked={props.shown.contains(&kind)} disabled={locked} data-platform={kind.id()} {onchange} />{kind.label()}
            </label>
        }
    });
    let more = props.more;
    let ontoggle = props.onmore.reform(move |_: MouseEvent| !more);
    // Esc closes the menu and gives the focus back to its button.
    let onkeydown = {
        let onmore = props.onmore.clone();
        Callback::from(move |e: KeyboardEvent| {
            if more && e.key() == "Escape" {
                onmore.emit(false);
                crate::browser::focus_first(&[".more-button"]);
            }
        })
    };
    // A command chosen in the menu closes it.
    let onchosen = props.onmore.reform(|_: MouseEvent| false);
    html! {
        <div class="toolbar" role="toolbar" aria-label={say!(w, "toolbar-aria")} {onkeydown}>
            <label>{say!(w, "toolbar-preset")}{" "}
                <select class="preset" onchange={onpreset} aria-label={say!(w, "toolbar-preset")}>
                    if !PRESETS.iter().any(|(id, _)| props.preset == *id) {
                        <option value="" selected=true disabled=true>{say!(w, "toolbar-your-scenario")}</option>
                    }
                    { for PRESETS.iter().map(|(id, label)| html! { <option value={*id} selected={props.preset == *id}>{if *id == "large" { say!(w, "preset-large") } else { label.to_string() }}</option> }) }
                </select>
            </label>
            <button class="undo" onclick={props.onundo.reform(|_| ())} disabled={!props.can_undo} title={say!(w, "toolbar-undo-title")} aria-label={say!(w, "toolbar-undo-title")}>{"↶"}</button>
            <button class="redo" onclick={props.onredo.reform(|_| ())} disabled={!props.can_redo} title={say!(w, "toolbar-redo-title")} aria-label={say!(w, "toolbar-redo-title")}>{"↷"}</button>
            <button class="reset" onclick={props.onclear.reform(|_| ())} disabled={props.faults == 0}>{say!(w, "toolbar-clear", count = props.faults)}</button>
            <button class="more-button" aria-expanded={more.to_string()} aria-controls="toolbar-more" onclick={ontoggle}>{say!(w, "toolbar-more")}</button>
            <div class={classes!("more", more.then_some("open"))} id="toolbar-more">
            <fieldset class="platforms"><legend>{say!(w, "toolbar-compare")}</legend>{ for platforms }
                if at_least {
                    <span class="note at-least">{say!(w, "toolbar-at-least")}</span>
                }
            </fieldset>
            <label>{say!(w, "toolbar-zones")}{" "}
                <select class="zones" onchange={onzones}>
                    { for [0u32, 2, 3].iter().map(|z| html! { <option value={z.to_string()} selected={props.zones == *z || (props.zones == 1 && *z == 0)}>{if *z == 0 { say!(w, "toolbar-zones-none") } else { z.to_string() }}</option> }) }
                </select>
            </label>
            if let Some(t) = tongue {
                // The language's own name says what the menu is; its label is for screen readers.
                <label class="lang"><span class="sr-only">{say!(w, "toolbar-language")}</span>
                    <select class="language" aria-label={say!(w, "toolbar-language")} onchange={t.choose.reform(|e: Event| Lang::from_tag(&select_value(&e)).unwrap_or_default())}>
                        { for Lang::ALL.iter().map(|l| html! { <option value={l.tag()} lang={l.tag()} selected={w.lang() == *l}>{l.endonym()}</option> }) }
                        // The pseudo-locale is not offered, but named while it is in use, so the menu says what the page shows.
                        if w.lang().pseudo() {
                            <option value={w.lang().tag()} selected=true>{w.lang().endonym()}</option>
                        }
                    </select>
                </label>
            }
            <label title={say!(w, "toolbar-operator-title")}>{say!(w, "toolbar-operator")}{" "}
                <select class="operator" onchange={onoperator}>
                    { for OperatorPreset::ALL.iter().map(|p| html! { <option value={p.id()} selected={current_op == Some(*p)}>{hafen_core::text::operator_preset(w, *p)}</option> }) }
                    if current_op.is_none() {
                        <option selected=true disabled=true>{w.duration(props.operator)}</option>
                    }
                </select>
            </label>
            // "Present…" says what the menu is; its label is for screen readers.
            <label title={say!(w, "toolbar-stories-title")}><span class="sr-only">{say!(w, "toolbar-stories")}</span>
                <select class="stories" aria-label={say!(w, "toolbar-stories-aria")} onchange={{
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
                    <option value="" selected=true>{say!(w, "toolbar-present")}</option>
                    { for hafen_core::story::builtin::IDS.iter().map(|id| html! { <option value={*id}>{hafen_core::text::story::story_title(w, id)}</option> }) }
                    <option value={hafen_core::story::DOCUMENT}>{ match &props.story {
                        Some(title) => say!(w, "toolbar-document-story", title = title.as_str()),
                        None => say!(w, "toolbar-document-whole"),
                    } }</option>
                </select>
            </label>
            <span class="file-commands" onclick={onchosen}>
            <button class="share" onclick={props.onshare.reform(|_| ())} title={say!(w, "toolbar-share-title")}>{say!(w, "toolbar-share")}</button>
            <button class="download" onclick={props.ondownload.reform(|_| ())} title={say!(w, "toolbar-download-title")}>{say!(w, "toolbar-download")}</button>
            <button class="open" onclick={pick} title={say!(w, "toolbar-open-title")}>{say!(w, "toolbar-open")}</button>
            </span>
            </div>
            <span class="spacer" />
            <input type="file" class="open-file" accept=".yaml,.yml,application/yaml,text/yaml" ref={picker} onchange={onpicked} tabindex="-1" aria-hidden="true" />
        </div>
    }
}
