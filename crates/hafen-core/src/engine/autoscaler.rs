//! The HorizontalPodAutoscaler and the metrics pipeline it reads.
//!
//! metrics-server scrapes every pod's CPU use every `metrics_resolution` (15 s as its released
//! manifest installs it); the controller syncs every `hpa_sync` (15 s) and reads the latest scrape,
//! so a load change reaches a decision one scrape and one sync later. The replica count follows
//! pkg/controller/podautoscaler/replica_calculator.go:
//!
//! - deleted pods are ignored; pods not running yet or not Ready, and pods whose sample was taken
//!   less than one metric window after they became Ready (within the CPU initialization period), are
//!   *unready*; running pods without a sample are *missing*;
//! - usage ratio = Σ usage / Σ requests of the Ready pods with samples ÷ target;
//! - without unready (on a scale-up) or missing pods: within the tolerance nothing changes, else
//!   `ceil(ratio × Ready pods)`;
//! - otherwise unready pods count 0 % on a scale-up, missing ones 0 % on a scale-up and 100 % on a
//!   scale-down, the ratio is recomputed over all of them, and no change is made when that ends
//!   within the tolerance or flips the direction.
//!
//! The recommendation is then normalised (pkg/controller/podautoscaler/horizontal.go
//! `reconcileAutoscaler`). Replicas outside [min, max] (a manual `kubectl scale`) are set to the
//! bound at once. Otherwise, for an HPA without `spec.behavior` (what Hafen's export writes unless
//! the scenario sets `behavior`), `normalizeDesiredReplicas`: the highest recommendation of the
//! downscale stabilization window (`stabilizeRecommendation`, applied to every step, so a scale-up
//! held back by the limit is remembered), at most max(2 × current, 4) (`calculateScaleUpLimit`);
//! with `spec.behavior`, `normalizeDesiredReplicasWithBehaviors`: the current replicas raised to
//! the lowest recommendation of the scale-up window (default 0 s) or lowered to the highest of the
//! scale-down window (default the controller's 300 s) (`stabilizeRecommendationWithBehaviors`); a
//! scale-up at most the larger of the scaleUp policies (default +4 pods and +100 % per 15 s)
//! counted from the replicas at the start of the policies' period (`calculateScaleUpLimitWithScalingRules`);
//! a scale-down unlimited by the default policy (100 % per 15 s). The controller stores each
//! recommendation before min/max clamp it; Hafen stores it clamped, which changes no result (the
//! windows take a max or a min, and clamping is monotone).
//! A recommendation exactly one window old is outside it: real syncs come each period *after* the
//! previous one finished, so the one a window back is a moment older than the window.
//!
//! A pod uses CPU in proportion to the requests it receives (its request at `capacity_rps`), but
//! never more than it can get: its CPU limit, or without one what its node has not promised to other
//! pods (a modelling choice, labelled in the README).
//!
//! Both run lazily: a scrape or sync is queued for the next tick after anything it reads changed,
//! and again at every tick while a decision is held back (scale-up limit, a stabilization window,
//! a pod's first sample not yet a window old). The decisions are those of syncing every period.

use super::ids::{RepId, SvcId};
use crate::cause::{Cause, HpaCalc, HpaHeld, HpaLimit, HpaStep};
use crate::defaults::{K8S_HPA_BEHAVIOR_PERIOD, K8S_HPA_LEGACY_SCALE_UP_FACTOR, K8S_HPA_LEGACY_SCALE_UP_MINIMUM, K8S_HPA_SCALE_UP_WINDOW};
use crate::run::TraceKind;
use super::deployment::percent_up;
use super::controllers::Controllers;
use super::Sim;
use crate::time::{SimDuration, SimTime};
use crate::topology::Service;

/// The autoscaler's two clocks' ticks.
#[derive(Clone, Copy)]
pub(crate) enum Ev {
    /// The HPA controller syncs.
    Sync,
    /// metrics-server scrapes the kubelets.
    Scrape,
}

/// Handles a tick.
pub(super) fn handle(sim: &mut Sim<'_>, ev: Ev) {
    match ev {
        Ev::Sync => sim.hpa_sync(),
        Ev::Scrape => sim.metrics_scrape(),
    }
}

/// The autoscaler's clock and what it saw last.
pub(crate) struct Hpa {
    /// Phase of the controller's sync ticks [ms].
    sync_phase: u64,
    /// Phase of metrics-server's scrapes [ms].
    scrape_phase: u64,
    sync_armed: bool,
    scrape_armed: bool,
    /// A pod of an autoscaled service changed (state, placement, desired count) since the last look.
    pub changed: bool,
    /// Loads when last looked at [requests/s].
    loads: Vec<f64>,
    /// What each service's HPA remembers, by service.
    history: Vec<History>,
}

/// What one service's HPA remembers between syncs.
#[derive(Default)]
struct History {
    /// Recommendations of the longest stabilization window: (time, replicas).
    recs: Vec<(SimTime, u32)>,
    /// With `behavior`: its steps within the policies' period: (time, replicas added; negative
    /// when removed).
    steps: Vec<(SimTime, i64)>,
}

impl Hpa {
    /// The autoscaler of `services`, with the controllers' desired replicas at the start; its
    /// clocks tick at `sync_phase` and `scrape_phase` [ms] plus whole periods.
    pub(crate) fn new(sync_phase: u64, scrape_phase: u64, services: &[Service], controllers: &Controllers) -> Self {
        // The HPA controller starts its recommendation history with the current replicas
        // (pkg/controller/podautoscaler: the first reconcile stores currentReplicas), so a
        // scale-down waits a full stabilization window.
        let history = services
            .iter()
            .zip(SvcId::all(services.len()))
            .map(|(s, si)| History { recs: if s.autoscale.is_some() { vec![(SimTime::ZERO, controllers.get(si).desired)] } else { Vec::new() }, steps: Vec::new() })
            .collect();
        Hpa { sync_phase, scrape_phase, sync_armed: false, scrape_armed: false, changed: true, loads: Vec::new(), history }
    }

    /// Service `si`'s history; a missing one is a broken invariant and fails loudly.
    fn history_mut(&mut self, si: SvcId) -> &mut History {
        let n = self.history.len();
        self.history.get_mut(si.index()).unwrap_or_else(|| si.missing(n))
    }
}

/// The next tick of phase + k × period at or after `now` (`strict`: after `now`).
fn next_tick(now: SimTime, phase: u64, period: SimDuration, strict: bool) -> SimTime {
    let p = period.as_millis().max(1);
    let now = now.as_millis();
    if now < phase {
        return SimTime(phase);
    }
    let at = phase + (now - phase).div_ceil(p) * p;
    SimTime(if strict && at == now { at + p } else { at })
}

/// The autoscaler's two clocks.
#[derive(Clone, Copy)]
enum Tick {
    Scrape,
    Sync,
}

/// How the calculator sees one pod.
enum PodView {
    Ready(f64),
    Unready,
    Missing,
}

impl Sim<'_> {
    /// After each event: arms the scrape and sync ticks when a pod, a desired count or (with
    /// `rates_moved`, the loads were recomputed) a service's load changed.
    pub(crate) fn autoscaler_after_event(&mut self, rates_moved: bool) {
        let loads_moved = rates_moved && self.hpa.as_ref().is_some_and(|h| h.loads != self.flow.load);
        let Some(h) = self.hpa.as_mut() else { return };
        if h.changed || loads_moved {
            h.changed = false;
            h.loads.clone_from(&self.flow.load);
            self.arm_scrape(false);
            self.arm_sync(false);
        }
    }

    fn arm_scrape(&mut self, strict: bool) {
        self.arm(Tick::Scrape, strict);
    }

    fn arm_sync(&mut self, strict: bool) {
        self.arm(Tick::Sync, strict);
    }

    /// Queues the next scrape or sync tick unless one is queued.
    fn arm(&mut self, tick: Tick, strict: bool) {
        let now = self.now;
        let period = match tick {
            Tick::Scrape => self.t.metrics_resolution,
            Tick::Sync => self.t.hpa_sync,
        };
        let Some(h) = self.hpa.as_mut() else { return };
        let (armed, phase, ev) = match tick {
            Tick::Scrape => (&mut h.scrape_armed, h.scrape_phase, Ev::Scrape),
            Tick::Sync => (&mut h.sync_armed, h.sync_phase, Ev::Sync),
        };
        if *armed {
            return;
        }
        *armed = true;
        self.push(next_tick(now, phase, period, strict), ev);
    }

    /// CPU a pod uses now [millicores]: its share of the service's requests at its request per
    /// `capacity_rps`, at most its limit or what its node has not promised to other pods.
    fn pod_cpu(&self, rep: RepId, endpoints: &[u32]) -> f64 {
        let r = self.world.rep(rep);
        let svc = self.service(r.service());
        if !(r.app_up() && r.in_endpoints()) {
            return 0.0;
        }
        let e = f64::from(endpoints[r.service().index()].max(1));
        let load = self.flow.load[r.service().index()];
        let request = f64::from(svc.cpu_millis);
        let demand = svc.capacity_rps.map_or(0.0, |c| load / e / f64::from(c.max(1)) * request);
        let node_free = r.node().map(|n| self.world.node(n)).map_or(request, |n| {
            (f64::from(self.sc.platform.node_cpu_millis) - n.cpu_used as f64 + request).max(request)
        });
        let most = svc.cpu_limit.map_or(node_free, f64::from);
        demand.min(most)
    }

    /// metrics-server scrapes every running pod of the autoscaled services.
    pub(crate) fn metrics_scrape(&mut self) {
        if let Some(h) = self.hpa.as_mut() {
            h.scrape_armed = false;
        }
        let (endpoints, _) = self.endpoint_counts();
        let now = self.now;
        let mut moved = false;
        let autoscaled: Vec<RepId> = self.service_ids()
            .filter(|&si| self.service(si).autoscale.is_some())
            .flat_map(|si| self.world.of_service(si))
            .collect();
        for rep in autoscaled {
            let r = self.world.rep(rep);
            let running = r.process_up && self.node_alive(r.node());
            let sample = running.then(|| (now, self.pod_cpu(rep, &endpoints)));
            let r = self.world.rep_mut(rep);
            if r.metric.map(|(_, v)| v) != sample.map(|(_, v)| v) {
                moved = true;
            }
            r.metric = sample;
        }
        if moved {
            self.arm_sync(false);
        }
    }

    /// One controller sync over every autoscaled service.
    pub(crate) fn hpa_sync(&mut self) {
        if let Some(h) = self.hpa.as_mut() {
            h.sync_armed = false;
        }
        if !self.quorum.held() {
            // Without the API server nothing is decided; the sync after the quorum returns catches up.
            return;
        }
        let mut again = false;
        for si in self.service_ids() {
            again |= self.hpa_sync_service(si);
        }
        if again {
            self.arm_scrape(true);
            self.arm_sync(true);
        }
    }

    /// Returns whether a decision is held back, so the next tick must look again.
    fn hpa_sync_service(&mut self, si: SvcId) -> bool {
        let t = self.t;
        let now = self.now;
        let svc = self.service(si);
        let Some(a) = svc.autoscale.clone() else { return false };
        let request = f64::from(svc.cpu_millis.max(1));
        let current = self.svc_state(si).desired;
        // How the replica calculator sees each pod.
        let mut views = Vec::new();
        let mut warming = false;
        for r in self.world.live_of(si).into_iter().map(|r| self.world.rep(r)) {
            let running = r.process_up && r.node().is_some();
            let view = match (running, r.metric) {
                (false, _) => PodView::Unready,
                (true, None) => PodView::Missing,
                (true, Some((at, _))) if r.started_at.is_some_and(|s| at < s) => PodView::Missing,
                (true, Some((at, cpu))) => {
                    let ready = r.ready_since.is_some();
                    let initializing = r.pod_start.is_some_and(|p| p.plus(t.hpa_cpu_initialization_period) > now);
                    let unready = if initializing {
                        let early = r.ready_since.is_some_and(|since| at < since.plus(t.metrics_resolution));
                        warming |= ready && early;
                        !ready || early
                    } else {
                        !ready && !r.ever_ready
                    };
                    if unready {
                        PodView::Unready
                    } else {
                        PodView::Ready(cpu)
                    }
                }
            };
            views.push(view);
        }
        let ready: Vec<f64> = views.iter().filter_map(|v| if let PodView::Ready(c) = v { Some(*c) } else { None }).collect();
        let unready = views.iter().filter(|v| matches!(v, PodView::Unready)).count();
        let missing = views.iter().filter(|v| matches!(v, PodView::Missing)).count();
        if ready.is_empty() {
            // "did not receive metrics for any ready pods": no decision until a pod is Ready.
            return warming;
        }
        let tolerance = f64::from(t.hpa_tolerance_percent) / 100.0;
        let target = f64::from(a.cpu_percent) / 100.0;
        let utilisation = ready.iter().sum::<f64>() / (ready.len() as f64 * request);
        let ratio = utilisation / target;
        let rebalance = unready > 0 && ratio > 1.0;
        let (raw, how) = if !rebalance && missing == 0 {
            if (1.0 - ratio).abs() <= tolerance {
                (current, None)
            } else {
                let n = (ratio * ready.len() as f64).ceil().clamp(0.0, f64::from(u32::MAX)) as u32;
                (n, Some(HpaCalc::Ready { ratio, pods: ready.len(), n }))
            }
        } else {
            let mut total = ready.iter().sum::<f64>();
            let mut pods = ready.len();
            if missing > 0 {
                if ratio < 1.0 {
                    total += request * missing as f64;
                }
                pods += missing;
            }
            if rebalance {
                pods += unready;
            }
            let new_ratio = total / (pods as f64 * request) / target;
            let flips = (ratio < 1.0 && new_ratio > 1.0) || (ratio > 1.0 && new_ratio < 1.0);
            let n = (new_ratio * pods as f64).ceil().clamp(0.0, f64::from(u32::MAX)) as u32;
            if (1.0 - new_ratio).abs() <= tolerance || flips || (new_ratio < 1.0 && n > current) || (new_ratio > 1.0 && n < current) {
                (current, None)
            } else {
                (n, Some(HpaCalc::Rebalanced { ratio: new_ratio, pods, unready: rebalance.then_some(unready), n }))
            }
        };
        let bounded = raw.clamp(a.min, a.max);
        let Some(hpa) = self.hpa.as_mut() else { panic!("engine invariant broken: no autoscaler to sync") };
        let hist = hpa.history_mut(si);
        let st = self.controllers.get_mut(si);
        if current < a.min || current > a.max {
            // "Current number of replicas below Spec.MinReplicas" (or above max): set to the bound,
            // no normalisation and no recommendation stored.
            st.desired = bounded;
            let name = self.service_name(si);
            let step = HpaStep::ToBounds { min: a.min, max: a.max };
            let cause = Cause::Autoscale { service: name.clone(), from: current, to: bounded, cpu_percent: utilisation * 100.0, ready: ready.len(), scrape: t.metrics_resolution, target_percent: a.cpu_percent, step };
            self.log(TraceKind::Autoscale, &name, cause);
            self.mark_dirty(si);
            return true;
        }
        // The stabilization windows (see the module's doc); `up_window` only with `behavior`.
        let (up_window, down_window) = match &a.behavior {
            None => (None, t.hpa_scale_down_window),
            Some(b) => (Some(b.scale_up_window.unwrap_or(K8S_HPA_SCALE_UP_WINDOW)), b.scale_down_window.unwrap_or(t.hpa_scale_down_window)),
        };
        let keep = up_window.unwrap_or(SimDuration::ZERO).max(down_window);
        // Ticks skipped while nothing changed would each have recommended what the last sync did:
        // the latest stands for all.
        let period = t.hpa_sync;
        if let Some(&(last_at, last)) = hist.recs.last() {
            let skipped = SimTime(now.as_millis().saturating_sub(period.as_millis()));
            if skipped > last_at {
                hist.recs.push((skipped, last));
            }
        }
        hist.recs.retain(|&(at, _)| now.since(at) < keep);
        let within = |w: SimDuration| hist.recs.iter().filter(move |&&(at, _)| now.since(at) < w).map(|&(_, r)| r);
        let highest = within(down_window).fold(bounded, u32::max);
        let (stabilized, held) = match up_window {
            // horizontal.go `stabilizeRecommendation`: the highest of the window, both ways.
            None => (highest, (highest > bounded).then_some(HpaHeld::Highest { replicas: highest, window: down_window })),
            // `stabilizeRecommendationWithBehaviors`: the current replicas, raised to the lowest
            // recommendation of the scale-up window, or lowered to the highest of the scale-down
            // window (lowest ≤ this one ≤ highest).
            Some(up) => {
                let lowest = within(up).fold(bounded, u32::min);
                if current < lowest {
                    (lowest, (lowest < bounded).then_some(HpaHeld::Lowest { replicas: lowest, window: up }))
                } else {
                    (current.min(highest), None)
                }
            }
        };
        hist.recs.push((now, bounded));
        let mut want = stabilized;
        let mut limit = None;
        if stabilized > current {
            let most = match &a.behavior {
                None => {
                    // `calculateScaleUpLimit`: max(2 × current, 4).
                    let l = current.saturating_mul(K8S_HPA_LEGACY_SCALE_UP_FACTOR).max(K8S_HPA_LEGACY_SCALE_UP_MINIMUM);
                    (l, HpaLimit::Legacy { current, limit: l })
                }
                Some(b) => {
                    // `calculateScaleUpLimitWithScalingRules`, selectPolicy Max: from the replicas
                    // at the start of the policies' period (its steps undone).
                    let per = K8S_HPA_BEHAVIOR_PERIOD;
                    hist.steps.retain(|&(at, _)| now.since(at) < per);
                    let moved: i64 = hist.steps.iter().map(|&(_, n)| n).sum();
                    let start = u32::try_from((i64::from(current) - moved).max(0)).unwrap_or(u32::MAX);
                    let pods = b.scale_up_pods.unwrap_or(t.hpa_scale_up_pods);
                    let percent = b.scale_up_percent.unwrap_or(t.hpa_scale_up_percent);
                    let l = start.saturating_add(pods).max(start.saturating_add(percent_up(start, percent))).max(current);
                    (l, HpaLimit::Policies { start, pods, percent, period: per, limit: l })
                }
            };
            if stabilized > most.0 {
                want = most.0;
                limit = Some(most.1);
            }
        }
        // Look again at the next tick while the window or the limit holds the decision away from
        // what the metrics say: it changes as recommendations age or the limit grows.
        let again = warming || stabilized != bounded || want != stabilized;
        if want == current {
            return again;
        }
        st.desired = want;
        if a.behavior.is_some() {
            // `storeScaleEvent` keeps steps only for an HPA with behavior, and those of the
            // policies' period are all that count.
            hist.steps.retain(|&(at, _)| now.since(at) < K8S_HPA_BEHAVIOR_PERIOD);
            hist.steps.push((now, i64::from(want) - i64::from(current)));
        }
        let name = self.service_name(si);
        let step = if want > current { HpaStep::Up { calc: how, held, limit } } else { HpaStep::Down { window: down_window } };
        let cause = Cause::Autoscale {
            service: name.clone(),
            from: current,
            to: want,
            cpu_percent: utilisation * 100.0,
            ready: ready.len(),
            scrape: t.metrics_resolution,
            target_percent: a.cpu_percent,
            step,
        };
        self.log(TraceKind::Autoscale, &name, cause);
        self.mark_dirty(si);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_phase_plus_whole_periods() {
        let p = SimDuration::from_secs(15);
        assert_eq!(next_tick(SimTime(0), 4_000, p, false), SimTime(4_000));
        assert_eq!(next_tick(SimTime(4_000), 4_000, p, false), SimTime(4_000));
        assert_eq!(next_tick(SimTime(4_000), 4_000, p, true), SimTime(19_000));
        assert_eq!(next_tick(SimTime(5_000), 4_000, p, false), SimTime(19_000));
    }
}
