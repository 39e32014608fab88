//! The availability record: each service's endpoints and answering endpoints over time (what the
//! report's availability is computed from), and the trace's entries when a service stops or starts
//! being able to answer, its dependencies included.

use super::ids::SvcId;
use super::Sim;
use crate::cause::Cause;
use crate::run::TraceKind;
use crate::time::SimTime;

/// What the record keeps, per service.
pub(crate) struct Outages {
    /// Per service: (time, endpoints, endpoints able to serve), appended on change.
    pub(super) avail: Vec<Vec<(SimTime, u32, u32)>>,
    /// Per service: whether it can answer, its dependencies included (what the report's outages
    /// follow), as the trace last said it.
    up: Vec<bool>,
}

impl Outages {
    /// An empty record of `n` services, each said to be up.
    pub(crate) fn new(n: usize) -> Self {
        Outages { avail: vec![Vec::new(); n], up: vec![true; n] }
    }
}

impl Sim<'_> {
    /// Records each service's endpoints and answering endpoints where they changed; where that
    /// changes whether a service can answer, itself or through a dependency, says so.
    pub(super) fn observe(&mut self, services: impl IntoIterator<Item = SvcId>) {
        let mut flipped = false;
        for si in services {
            let (e, a) = self.world.endpoints_of(si);
            let prev = self.outages.avail[si.index()].last().map(|&(_, pe, pa)| (pe, pa));
            if prev == Some((e, a)) {
                continue;
            }
            flipped |= prev.is_none_or(|(_, pa)| (pa > 0) != (a > 0));
            self.outages.avail[si.index()].push((self.now, e, a));
        }
        if flipped {
            self.say_outages();
        }
    }

    /// Logs each service that stopped or started being able to answer, its dependencies included,
    /// as the report's outages count it (`run::report`): up when one of its endpoints answers and
    /// every service it depends on is up. Dependencies first, so a service's entry follows its
    /// dependency's; a dependency's outage is named as the consequence names it (the first of its
    /// `depends_on` that is down).
    fn say_outages(&mut self) {
        for k in 0..self.order.len() {
            let si = self.order[k];
            let own = self.outages.avail[si.index()].last().is_some_and(|&(_, _, a)| a > 0);
            let via = if own { self.deps[si.index()].iter().copied().find(|d| !self.outages.up[d.index()]) } else { None };
            let up = own && via.is_none();
            if up == self.outages.up[si.index()] {
                continue;
            }
            self.outages.up[si.index()] = up;
            let name = self.service_name(si);
            if up {
                let answering = self.outages.avail[si.index()].last().map_or(0, |&(_, _, a)| a);
                self.log(TraceKind::ServiceUp, &name, Cause::ServiceUp { service: name.clone(), answering });
            } else {
                let via = via.map(|d| self.service_name(d));
                self.log(TraceKind::ServiceDown, &name, Cause::ServiceDown { service: name.clone(), via });
            }
        }
    }
}
