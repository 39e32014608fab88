//! Kubernetes: the kubelet's restarts and probes, the node lifecycle controller's taints and
//! evictions, Deployments and StatefulSets, the HorizontalPodAutoscaler, graceful deletion with
//! endpoint propagation and preStop, and a self-hosted control plane's etcd.

use super::super::ids::{NodeId, RepId, SvcId};
use super::super::{operator, Sim};
use super::Platform;
use crate::cause::{Cause, Exit, Release};
use crate::defaults::Timings;
use crate::run::TraceKind;
use crate::time::{SimDuration, SimTime};
use crate::topology::{PlatformKind, Service};

/// Kubernetes.
pub(crate) struct Kubernetes;

impl Platform for Kubernetes {
    fn heartbeat(&self, t: &Timings) -> SimDuration {
        t.node_status_update
    }

    fn control_plane_tainted(&self) -> bool {
        true
    }

    fn autoscales(&self) -> bool {
        true
    }

    fn desired_at_start(&self, s: &Service) -> u32 {
        let desired = s.replicas_on(PlatformKind::Kubernetes);
        match &s.autoscale {
            Some(a) => desired.clamp(a.min, a.max),
            None => desired,
        }
    }

    fn replica_name(&self, s: &Service, slot: u32, number: u32) -> String {
        if s.stateful {
            format!("{}-{}", s.name, slot)
        } else {
            format!("{}-{}", s.name, number + 1)
        }
    }

    fn probe_defaults(&self, t: &Timings) -> (SimDuration, u32, SimDuration) {
        (t.probe_period, t.probe_failure_threshold, t.probe_timeout)
    }

    fn readiness_probes(&self) -> bool {
        true
    }

    fn stop_grace(&self, t: &Timings) -> SimDuration {
        t.termination_grace
    }

    fn restart_after_exit(&self, sim: &mut Sim<'_>, rep: RepId, name: &str, how: Exit) {
        sim.kubelet_restart_after_exit(rep, name, how);
    }

    fn container_started(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, base: SimTime, up: SimTime, epoch: u32) -> bool {
        sim.kubelet_container_started(rep, svc, base, up, epoch)
    }

    fn hung(&self, sim: &mut Sim<'_>, rep: RepId, svc: &Service, epoch: u32) -> bool {
        // The kubelet's probe ticks run from the pod's start across restarts.
        let base = sim.world.rep(rep).pod_start.unwrap_or(SimTime::ZERO);
        sim.kubelet_probes_hung(rep, svc, base, epoch)
    }

    fn endpoints_lag_deletion(&self) -> bool {
        true
    }

    fn node_died(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, epoch: u32, on_node: &[RepId]) {
        let cause = Cause::KubeNodeDown { node: name.to_string(), pods: on_node.len() };
        sim.cluster_node_down(node, name, epoch, on_node, |s, last| s.kube_silence_noticed(last), cause);
        sim.update_quorum();
        let reaction = sim.t.operator_reaction;
        for &rep in on_node {
            let stateful = sim.rep_service(rep).stateful;
            if let (true, Some(e)) = (stateful, sim.rep_epoch(rep)) {
                sim.push(sim.now.plus(reaction), operator::Ev::ForceDeletes { rep, epoch: e });
            }
        }
    }

    fn node_not_ready(&self, sim: &mut Sim<'_>, node: NodeId) {
        if !sim.quorum.held() {
            // The node controller needs the API server; it acts once the control plane is back.
            return;
        }
        sim.kube_node_not_ready(node);
    }

    fn node_back(&self, sim: &mut Sim<'_>, node: NodeId, name: &str, epoch: u32, on_node: Vec<RepId>, _by_operator: bool) {
        sim.kube_node_back(node, name, epoch, on_node);
    }

    fn confirm_stopped(&self, sim: &mut Sim<'_>, rep: RepId, node_name: &str) -> (TraceKind, Cause) {
        (TraceKind::PodRemoved, Cause::PodRemovedConfirmed { rep: sim.rep_name(rep), node: node_name.to_string() })
    }

    fn taints_unreachable(&self) -> bool {
        true
    }

    fn quorum_changed(&self, sim: &mut Sim<'_>, quorum: bool, up: usize, managers: usize) {
        sim.k8s_quorum_changed(quorum, up, managers);
    }

    fn reconcile(&self, sim: &mut Sim<'_>, si: SvcId) {
        if sim.service(si).stateful {
            sim.reconcile_statefulset(si);
        } else {
            sim.reconcile_deployment(si);
        }
    }

    fn roll_out(&self, sim: &mut Sim<'_>, si: SvcId, release: Release, command: String, _rollback: bool) {
        let id = sim.svc_state(si).rollouts;
        sim.kube_roll_out(si, id, release, command);
    }

    fn before_rollback(&self, sim: &mut Sim<'_>, si: SvcId) {
        if sim.service(si).stateful {
            sim.delete_unready_for_rollback(si);
        }
    }

    fn resize_volume(&self, sim: &mut Sim<'_>, si: SvcId, gib: u32) {
        // A PersistentVolumeClaim is expanded online.
        let name = sim.service_name(si);
        sim.log(TraceKind::VolumeResize, &name, Cause::VolumeExpanded { service: name.clone(), gib });
    }

    fn scale(&self, sim: &mut Sim<'_>, si: SvcId, replicas: u32) {
        let autoscaled = sim.service(si).autoscale.is_some();
        sim.scale_desired(si, replicas, autoscaled);
    }
}
