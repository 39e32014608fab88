//! The engine's runs behind the availability estimates (three single-failure simulations per
//! service and one deploy, per platform: about 450 runs on the Large cluster) computed in slices
//! after an edit, never inside it: the edit shows at once, the figures follow, and an edit
//! meanwhile cancels the work for the old document. The Availability, Costs and Advisor tabs are
//! derived from the same runs ([`use_economics`]).

use crate::state::{economics, Economics, EstimateKey, Shared};
use crate::work::{run_in_slices, EVENTS_PER_CALL};
use hafen_core::availability::{Estimation, Repairs};
use hafen_core::document::Pricing;
use hafen_core::{PerPlatform, PlatformKind, Scenario};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The runs for one document, per platform.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimates {
    /// What they were computed for.
    pub key: EstimateKey,
    /// Per platform.
    pub platforms: Shared<PerPlatform<Repairs>>,
}

/// The runs the page can use.
#[derive(Clone, Debug, PartialEq)]
pub struct EstimatesView {
    /// The newest finished runs (for an earlier document while `current` is false).
    pub latest: Option<Estimates>,
    /// Whether `latest` belongs to the document on screen.
    pub current: bool,
}

/// The runs for `doc`, computed in slices; made again when anything they depend on changes (not
/// for faults, the situation or the pricing inputs). Not begun while `wait` holds (the diagrams'
/// own runs come first); work begun for the same key goes on through a wait.
#[hook]
pub fn use_estimates(doc: &Shared<Scenario>, wait: bool) -> EstimatesView {
    // Derived once per document (the page renders every animation frame).
    let key = (*use_memo(doc.clone(), |doc| EstimateKey::of(doc))).clone();
    let latest = use_state(|| None::<Estimates>);
    let cancel = use_mut_ref(|| Rc::new(Cell::new(false)));
    // The key the work under way (or done) is for.
    let begun = use_mut_ref(|| None::<EstimateKey>);
    {
        let cancel = cancel.clone();
        use_effect_with((), move |_| move || cancel.borrow().set(true));
    }
    {
        let latest = latest.clone();
        use_effect_with((key.clone(), wait), move |(key, wait)| {
            if begun.borrow().as_ref() == Some(key) {
                return;
            }
            // Work for another document is of no use now.
            cancel.borrow().set(true);
            *begun.borrow_mut() = None;
            if *wait {
                return;
            }
            let flag = Rc::new(Cell::new(false));
            *cancel.borrow_mut() = flag.clone();
            *begun.borrow_mut() = Some(key.clone());
            let key = key.clone();
            let mut jobs: Vec<(PlatformKind, Estimation)> = PlatformKind::ALL.iter().rev().map(|&k| (k, key.estimation(k))).collect();
            let mut done: Vec<(PlatformKind, Repairs)> = Vec::new();
            let setter = latest.setter();
            run_in_slices(
                move || {
                    let Some((_, job)) = jobs.last_mut() else { return true };
                    if job.advance(EVENTS_PER_CALL) {
                        if let Some((kind, job)) = jobs.pop() {
                            done.push((kind, job.finish()));
                        }
                    }
                    if jobs.is_empty() {
                        let mut take = |k: PlatformKind| done.iter().position(|(d, _)| *d == k).map(|i| done.swap_remove(i).1);
                        if let Some(platforms) = PerPlatform::try_from_fn(&mut take) {
                            setter.set(Some(Estimates { key: key.clone(), platforms: Shared(Rc::new(platforms)) }));
                        }
                        return true;
                    }
                    false
                },
                flag,
            );
        });
    }
    let current = latest.as_ref().is_some_and(|e| e.key == key);
    EstimatesView { latest: (*latest).clone(), current }
}

/// The runs for `doc` ([`use_estimates`]) and the availability, costs and advice derived from the
/// newest of them with the situation of `doc` and the pricing inputs `costs` (derived again only
/// when one of them changes); begun once `wait` is over.
#[hook]
pub fn use_economics(doc: &Shared<Scenario>, costs: &Pricing, wait: bool) -> (EstimatesView, Option<Shared<Economics>>) {
    let estimates = use_estimates(doc, wait);
    // Not keyed on the whole document: a fault (the most common edit) changes no figure.
    let economics = use_memo((estimates.latest.clone(), costs.clone(), doc.situation.clone()), |(latest, costs, situation)| {
        latest.as_ref().map(|e| Shared(Rc::new(economics(situation, &e.key, &e.platforms, costs))))
    });
    (estimates, (*economics).clone())
}
