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
//! A pod uses CPU in proportion to the requests it receives (its request at `capacity_rps`), but
//! never more than it can get: its CPU limit, or without one what its node has not promised to other
//! pods (a modelling choice, labelled in the README).
//!
//! Both run lazily: a scrape or sync is queued for the next tick after anything it reads changed,
//! and again at every tick while a decision is held back (scale-up limit, scale-down window, a pod's
//! first sample not yet a window old). The decisions are those of syncing every period.

use super::ids::{RepId, SvcId};
use crate::cause::{Cause, HpaCalc, HpaStep};
use crate::run::TraceKind;
use super::deployment::percent_up;
use super::{Ev, Sim};
use crate::time::{SimDuration, SimTime};

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
}

impl Hpa {
    pub(crate) fn new(sync_phase: u64, scrape_phase: u64) -> Self {
        Hpa { sync_phase, scrape_phase, sync_armed: false, scrape_armed: false, changed: true, loads: Vec::new() }
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
            Tick::Scrape => (&mut h.scrape_armed, h.scrape_phase, Ev::MetricsScrape),
            Tick::Sync => (&mut h.sync_armed, h.sync_phase, Ev::HpaSync),
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
        if !self.quorum {
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
        // Scale-up: at most max(+4 pods, +100 %) per period, no stabilization window.
        let up_limit = current.saturating_add(t.hpa_scale_up_pods).max(current.saturating_add(percent_up(current, t.hpa_scale_up_percent)));
        let mut want = bounded.min(up_limit);
        let mut again = warming || want < bounded;
        // Scale-down: the highest recommendation of the stabilization window. Ticks skipped while
        // nothing changed would each have recommended what the last sync did: the latest stands for all.
        let st = &mut self.svcs[si.index()];
        let period = t.hpa_sync;
        if let Some(&(last_at, last)) = st.hpa_recs.last() {
            let skipped = SimTime(now.as_millis().saturating_sub(period.as_millis()));
            if skipped > last_at {
                st.hpa_recs.push((skipped, last));
            }
        }
        st.hpa_recs.retain(|&(at, _)| now.since(at) < t.hpa_scale_down_window);
        st.hpa_recs.push((now, want));
        if want < current {
            let held = st.hpa_recs.iter().map(|&(_, r)| r).max().unwrap_or(current).min(current);
            again |= held > want;
            want = held;
        }
        if want == current {
            return again;
        }
        st.desired = want;
        let name = self.service_name(si);
        let step = if want > current {
            let limit = (want < bounded).then_some((t.hpa_scale_up_pods, t.hpa_scale_up_percent, t.hpa_sync));
            HpaStep::Up { calc: how, limit }
        } else {
            HpaStep::Down { window: t.hpa_scale_down_window }
        };
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
