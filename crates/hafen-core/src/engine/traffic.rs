//! Traffic as a flow: requests per second, spread over the answering replicas, integrated between
//! events (no event per request, so long runs stay fast).

use super::ids::SvcId;
use super::world::World;
use super::Sim;
use crate::run::FlowPoint;
use crate::time::{SimDuration, SimTime};

/// Running totals and current rates.
#[derive(Clone, Debug, Default)]
pub(crate) struct Flow {
    /// Requests per second into the entry service.
    pub rps: f64,
    /// The entry service.
    pub entry: Option<SvcId>,
    /// Current load per service [requests/s].
    pub load: Vec<f64>,
    /// Current rate of requests per service that succeed end to end [requests/s].
    pub ok_rate: Vec<f64>,
    /// Requests answered, per service [count].
    pub served: Vec<f64>,
    /// Requests failed, per service [count].
    pub failed: Vec<f64>,
    /// Whether each service receives more requests than its answering replicas can take.
    pub overloaded: Vec<bool>,
    /// Time each service spent over capacity [ms].
    pub overload_time: Vec<SimDuration>,
    /// Time the totals are integrated up to.
    pub last: SimTime,
    /// Per service, whenever its rates change.
    pub series: Vec<Vec<FlowPoint>>,
    /// The services the traffic reaches (the entry and, transitively, its dependencies), in
    /// dependency order; the others carry no load whatever happens.
    pub reached: Vec<SvcId>,
    /// Whether every service's first rates were recorded.
    pub started: bool,
    /// The world's endpoint change count the rates were last computed for.
    seen: u64,
    /// The traffic into the entry service changed: the rates must be recomputed.
    stale: bool,
}

impl Flow {
    /// No requests yet through `n` services; `rps` [requests/s] into `entry`, reaching `reached`.
    pub(crate) fn new(rps: f64, entry: Option<SvcId>, n: usize, reached: Vec<SvcId>) -> Self {
        Flow {
            rps,
            entry,
            load: vec![0.0; n],
            ok_rate: vec![0.0; n],
            served: vec![0.0; n],
            failed: vec![0.0; n],
            overloaded: vec![false; n],
            overload_time: vec![SimDuration::ZERO; n],
            last: SimTime::ZERO,
            series: vec![Vec::new(); n],
            reached,
            started: false,
            seen: 0,
            stale: true,
        }
    }

    /// Whether the rates must be recomputed: the traffic or an endpoint count changed since.
    pub(crate) fn stale(&self, world: &World) -> bool {
        self.stale || world.endpoint_changes() != self.seen
    }

    /// Sets the requests per second into the entry service; returns what it was.
    pub(crate) fn set_rps(&mut self, rps: f64) -> f64 {
        self.stale = true;
        std::mem::replace(&mut self.rps, rps)
    }
}

impl Sim<'_> {
    /// Records the endpoint counts where they changed and recomputes the traffic rates from them.
    pub(super) fn refresh_rates(&mut self) {
        // The rates were constant since the last refresh: the totals catch up in one step.
        self.integrate(self.now);
        let touched = self.world.take_touched();
        self.observe(touched);
        self.compute_rates();
        self.flow.seen = self.world.endpoint_changes();
        self.flow.stale = false;
    }

    /// Adds what flowed since the last integration to the totals.
    pub(crate) fn integrate(&mut self, now: SimTime) {
        let span = now.since(self.flow.last);
        let dt = span.as_secs_f64();
        self.flow.last = now;
        if dt <= 0.0 {
            return;
        }
        let f = &mut self.flow;
        for (time, &over) in f.overload_time.iter_mut().zip(&f.overloaded) {
            if over {
                *time = time.saturating_add(span);
            }
        }
        for (i, &load) in f.load.iter().enumerate() {
            let ok = f.ok_rate.get(i).copied().unwrap_or(0.0);
            if let Some(s) = f.served.get_mut(i) {
                *s += ok * dt;
            }
            if let Some(x) = f.failed.get_mut(i) {
                *x += (load - ok).max(0.0) * dt;
            }
        }
    }

    /// Recomputes loads and success rates from the current replicas.
    ///
    /// The entry service receives the traffic; each service spreads what it receives round-robin over
    /// its endpoints (requests to an endpoint that cannot answer fail), answers at most
    /// `capacity_rps` per answering replica, and calls each dependency once per request it handles.
    /// A request succeeds when the service and, recursively, all its dependencies succeed.
    pub(crate) fn compute_rates(&mut self) {
        let n = self.sc.topology.services.len();
        let mut load = vec![0.0f64; n];
        let mut local_ok = vec![0.0f64; n];
        let mut overloaded = vec![false; n];
        if let Some(e) = self.flow.entry {
            load[e.index()] = self.flow.rps;
        }
        // Parents before children: the reverse of the dependency order. A service the traffic does
        // not reach keeps zero load and zero successful requests: it is computed once, at the start.
        let all = if self.flow.started { None } else { Some(self.order.clone()) };
        let services = all.as_deref().unwrap_or(&self.flow.reached);
        for &si in services.iter().rev() {
            let i = si.index();
            let l = load[i];
            let (e, a) = self.world.endpoints_of(si);
            let (e, a) = (f64::from(e), f64::from(a));
            let cap = self.service(si).capacity_rps.map(f64::from);
            let handled = if e <= 0.0 || l <= 0.0 {
                0.0
            } else {
                let reaching = l * a / e;
                match cap {
                    Some(c) if reaching > a * c => {
                        overloaded[i] = true;
                        a * c
                    }
                    _ => reaching,
                }
            };
            local_ok[i] = if l > 0.0 { handled / l } else if a > 0.0 { 1.0 } else { 0.0 };
            for &d in &self.deps[i] {
                load[d.index()] += handled;
            }
        }
        // Children before parents: success includes the dependencies'.
        let mut success = vec![0.0f64; n];
        for &si in services {
            let i = si.index();
            let mut s = local_ok[i];
            for &d in &self.deps[i] {
                s *= success[d.index()];
            }
            success[i] = s;
        }
        let ok_rate: Vec<f64> = load.iter().zip(&success).map(|(l, s)| l * s).collect();
        let now = self.flow.last;
        for &si in services {
            let i = si.index();
            let series = &mut self.flow.series[i];
            let (l, ok) = (load[i], ok_rate[i]);
            if series.last().is_some_and(|p| p.ok_rate == ok && p.load == l) {
                continue;
            }
            let (served, failed) = (self.flow.served[i], self.flow.failed[i]);
            let point = FlowPoint { t: now, served, failed, ok_rate: ok, load: l };
            match series.last_mut() {
                Some(p) if p.t == now => *p = point,
                _ => series.push(point),
            }
        }
        self.flow.ok_rate = ok_rate;
        self.flow.load = load;
        self.flow.overloaded = overloaded;
        self.flow.started = true;
    }
}
