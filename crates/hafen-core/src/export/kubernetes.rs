//! A document as Kubernetes manifests, one multi-document YAML for `kubectl apply -f`: a
//! Namespace, a ConfigMap the containers read their settings from, per service a Deployment (or
//! a StatefulSet with a ReadWriteOnce volume claim template, when stateful) with the scenario's
//! replicas, requests, CPU limit, probes (TCP on the service's port, with the scenario's
//! timings; unset ones keep Kubernetes' defaults), preStop pause and node pin, a Service (headless
//! for a StatefulSet), a HorizontalPodAutoscaler (autoscaling/v2) where autoscaled (with
//! `spec.behavior` exactly when the scenario sets one), and an Ingress for the service users call.

use super::compose::{data_path, image, port, slug};
use super::quoted;
use crate::defaults::{Timings, K8S_HPA_BEHAVIOR_PERIOD, K8S_HPA_SCALE_UP_WINDOW};
use crate::document::Document;
use crate::time::SimDuration;
use crate::topology::{HpaBehavior, Probe};
use std::fmt::Write as _;

/// Whole seconds for a probe field, at least 1 (Kubernetes counts in seconds).
fn seconds(d: SimDuration) -> u64 {
    d.as_millis().div_ceil(1000).max(1)
}

fn probe(o: &mut String, field: &str, p: &Probe, port: u16) {
    let _ = writeln!(o, "          {field}:");
    let _ = writeln!(o, "            tcpSocket: {{ port: {port} }}");
    if let Some(d) = p.initial_delay {
        let _ = writeln!(o, "            initialDelaySeconds: {}", d.as_millis() / 1000);
    }
    if let Some(d) = p.period {
        let _ = writeln!(o, "            periodSeconds: {}", seconds(d));
    }
    if let Some(d) = p.timeout {
        let _ = writeln!(o, "            timeoutSeconds: {}", seconds(d));
    }
    if let Some(n) = p.failure_threshold {
        let _ = writeln!(o, "            failureThreshold: {n}");
    }
}

/// Names for every service, unique after being made DNS labels ("api_v2" → "api-v2").
/// `spec.behavior`, written only when the scenario sets it (an HPA without it scales by the
/// controller's older rule, max(2 × current, 4) per sync): every field as Hafen simulates it, the
/// defaults the API server would fill in written out (pkg/apis/autoscaling/v2/defaults.go).
fn behavior(o: &mut String, b: &HpaBehavior, t: &Timings) {
    let whole = |d: SimDuration| d.as_millis().div_ceil(1000);
    let per = whole(K8S_HPA_BEHAVIOR_PERIOD);
    let pods = b.scale_up_pods.unwrap_or(t.hpa_scale_up_pods);
    let percent = b.scale_up_percent.unwrap_or(t.hpa_scale_up_percent);
    let _ = writeln!(o, "  behavior:\n    scaleUp:\n      stabilizationWindowSeconds: {}", whole(b.scale_up_window.unwrap_or(K8S_HPA_SCALE_UP_WINDOW)));
    // The API refuses a policy of value 0 and rules without a policy: a 0 from the timings drops
    // its policy, and with both at 0 scaling up is disabled, as Hafen simulates it.
    let mut policies: Vec<String> = [("Pods", pods), ("Percent", percent)].iter().filter(|(_, v)| *v > 0).map(|(k, v)| format!("        - {{ type: {k}, value: {v}, periodSeconds: {per} }}")).collect();
    let select = if policies.is_empty() {
        policies.push(format!("        - {{ type: Pods, value: 1, periodSeconds: {per} }}"));
        "Disabled"
    } else {
        "Max"
    };
    let _ = writeln!(o, "      selectPolicy: {select}\n      policies:\n{}", policies.join("\n"));
    let _ = writeln!(o, "    scaleDown:\n      stabilizationWindowSeconds: {}", whole(b.scale_down_window.unwrap_or(t.hpa_scale_down_window)));
    let _ = writeln!(o, "      selectPolicy: Max\n      policies:\n        - {{ type: Percent, value: 100, periodSeconds: {per} }}");
}


/// The manifests.
pub fn manifests(doc: &Document) -> String {
    let sc = &doc.scenario;
    let ns = slug(&sc.name);
    let app = ns.clone();
    let config = format!("{}-config", app.chars().take(56).collect::<String>().trim_end_matches('-'));
    let names = crate::fields::kube_names(&sc.topology.services);
    let mut o = String::new();
    let _ = writeln!(o, "# {}: written by Hafen from its scenario, for `kubectl apply -f THIS_FILE` (Kubernetes {}).", sc.name.replace('\n', " "), sc.platform.kubernetes_version);
    if sc.topology.services.iter().any(|s| s.image.is_none()) {
        let _ = writeln!(o, "# Images not given are placeholders (registry.example.com) or the usual public image: replace them with yours.");
    }
    let _ = writeln!(o, "# Probes check the service's TCP port.");
    let _ = writeln!(o, "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}");
    let _ = writeln!(o, "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {config}\n  namespace: {ns}\ndata:");
    let _ = writeln!(o, "  APP_NAME: {}", quoted(&sc.name));
    for (s, name) in sc.topology.services.iter().zip(&names) {
        let p = port(s);
        let labels = format!("{{ app.kubernetes.io/name: {name}, app.kubernetes.io/part-of: {app} }}");
        let workload = if s.is_statefulset() { "StatefulSet" } else { "Deployment" };
        let _ = writeln!(o, "---\napiVersion: apps/v1\nkind: {workload}\nmetadata:\n  name: {name}\n  namespace: {ns}\n  labels: {labels}\nspec:");
        let _ = writeln!(o, "  replicas: {}", s.replicas);
        if s.is_statefulset() {
            let _ = writeln!(o, "  serviceName: {name}");
        }
        let _ = writeln!(o, "  selector:\n    matchLabels: {{ app.kubernetes.io/name: {name} }}");
        let _ = writeln!(o, "  template:\n    metadata:\n      labels: {labels}\n    spec:");
        if let Some(n) = &s.node {
            let _ = writeln!(o, "      nodeSelector: {{ kubernetes.io/hostname: {} }}", quoted(n));
        }
        let _ = writeln!(o, "      containers:\n        - name: {name}\n          image: {}", quoted(&image(&sc.name, s)));
        let _ = writeln!(o, "          ports: [{{ containerPort: {p} }}]");
        let _ = writeln!(o, "          envFrom: [{{ configMapRef: {{ name: {config} }} }}]");
        let _ = writeln!(o, "          resources:\n            requests: {{ cpu: {}m, memory: {}Mi }}", s.cpu_millis, s.memory_mib);
        let limits: Vec<String> = [
            s.cpu_limit.map(|l| format!("cpu: {l}m")),
            s.memory_limit.map(|l| format!("memory: {l}Mi")),
            s.gpu.then(|| "nvidia.com/gpu: 1".to_string()),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !limits.is_empty() {
            let _ = writeln!(o, "            limits: {{ {} }}", limits.join(", "));
        }
        if let Some(pr) = &s.startup_probe {
            probe(&mut o, "startupProbe", pr, p);
        }
        if let Some(pr) = &s.liveness {
            probe(&mut o, "livenessProbe", pr, p);
        }
        if let Some(pr) = &s.readiness {
            probe(&mut o, "readinessProbe", pr, p);
        }
        if let Some(d) = s.pre_stop {
            let _ = writeln!(o, "          lifecycle:\n            preStop:\n              sleep: {{ seconds: {} }}", seconds(d));
        }
        if s.is_statefulset() {
            let _ = writeln!(o, "          volumeMounts: [{{ name: data, mountPath: {} }}]", data_path(s));
            let _ = writeln!(o, "  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: [ReadWriteOnce]");
            let _ = writeln!(o, "        resources:\n          requests: {{ storage: {}Gi }}", s.volume_gib.unwrap_or(10));
        }
        let _ = writeln!(o, "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\n  namespace: {ns}\n  labels: {labels}\nspec:");
        if s.is_statefulset() {
            let _ = writeln!(o, "  clusterIP: None");
        }
        let _ = writeln!(o, "  selector: {{ app.kubernetes.io/name: {name} }}\n  ports: [{{ port: {p}, targetPort: {p} }}]");
        if let Some(a) = &s.autoscale {
            let _ = writeln!(o, "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: {name}\n  namespace: {ns}\nspec:");
            let _ = writeln!(o, "  scaleTargetRef: {{ apiVersion: apps/v1, kind: {workload}, name: {name} }}");
            let _ = writeln!(o, "  minReplicas: {}\n  maxReplicas: {}", a.min.max(1), a.max.max(a.min.max(1)));
            let _ = writeln!(o, "  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: {{ type: Utilization, averageUtilization: {} }}", a.cpu_percent.max(1));
            if let Some(b) = &a.behavior {
                behavior(&mut o, b, &sc.timings);
            }
        }
    }
    if let Some((s, name)) = sc.traffic.as_ref().and_then(|t| sc.topology.services.iter().zip(&names).find(|(s, _)| s.name == t.entry)) {
        let _ = writeln!(o, "---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  rules:");
        let _ = writeln!(o, "    - host: {app}.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix");
        let _ = writeln!(o, "            backend:\n              service: {{ name: {name}, port: {{ number: {} }} }}", port(s));
    }
    o
}
