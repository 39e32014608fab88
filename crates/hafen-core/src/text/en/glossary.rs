//! The terms the causes and stories use, each explained in a sentence or two with where it is
//! documented: shown where the term appears (hover or keyboard focus).

/// A glossary entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// The term as the systems spell it.
    pub term: &'static str,
    /// The spellings that are marked in a text, longest first where one contains another.
    pub matches: &'static [&'static str],
    /// What it means.
    pub explanation: &'static str,
    /// Where it is documented.
    pub source: &'static str,
}

/// Every entry.
pub const GLOSSARY: [Term; 12] = [
    Term {
        term: "NotReady",
        matches: &["NotReady"],
        explanation: "The node controller's verdict on a node whose kubelet has sent no status for the grace period (50 s from Kubernetes 1.32). Its pods leave the Service endpoints; they are not moved yet.",
        source: "Kubernetes docs, Nodes: node status and heartbeats; kube-controller-manager --node-monitor-grace-period",
    },
    Term {
        term: "eviction",
        matches: &["eviction", "evicted"],
        explanation: "Deleting the pods of a node that stays unreachable, once their toleration runs out, so that their controllers create replacements elsewhere.",
        source: "Kubernetes docs, Taint-based evictions",
    },
    Term {
        term: "toleration",
        matches: &["tolerationSeconds", "toleration"],
        explanation: "How long a pod stays bound to a node with a not-ready or unreachable taint: 300 s unless the pod says otherwise, added by the DefaultTolerationSeconds admission plugin.",
        source: "Kubernetes docs, Taints and Tolerations; DefaultTolerationSeconds admission plugin",
    },
    Term {
        term: "CrashLoopBackOff",
        matches: &["CrashLoopBackOff"],
        explanation: "A container that keeps exiting is restarted after a growing pause: 10 s, doubling up to 5 minutes, reset after 10 minutes of running.",
        source: "Kubernetes docs, Pod lifecycle: container restart policy",
    },
    Term {
        term: "readiness probe",
        matches: &["readiness probe", "readiness"],
        explanation: "A check the kubelet runs on a container: while it fails, the pod is taken out of its Service's endpoints and gets no requests. It never restarts anything.",
        source: "Kubernetes docs, Liveness, Readiness and Startup Probes",
    },
    Term {
        term: "liveness probe",
        matches: &["liveness probe", "liveness"],
        explanation: "A check the kubelet runs on a container: after failureThreshold failures in a row (3, every 10 s by default) the container is killed and restarted.",
        source: "Kubernetes docs, Liveness, Readiness and Startup Probes",
    },
    Term {
        term: "endpoints",
        matches: &["endpoints"],
        explanation: "The addresses of the ready pods behind a Service (EndpointSlices); kube-proxy sends the Service's requests only to them.",
        source: "Kubernetes docs, EndpointSlices",
    },
    Term {
        term: "StatefulSet",
        matches: &["StatefulSet"],
        explanation: "A controller for pods with a stable name and their own volume (postgres-0). It never runs two pods of the same name, so it does not replace one on an unreachable node until the node confirms it stopped or someone force-deletes it.",
        source: "Kubernetes docs, StatefulSets: pod identity; Force Delete StatefulSet Pods",
    },
    Term {
        term: "ReadWriteOnce",
        matches: &["ReadWriteOnce"],
        explanation: "A volume access mode: the volume is attached to one node at a time. After a node dies it is detached by force only after 6 minutes (maxWaitForUnmountDuration).",
        source: "Kubernetes docs, Persistent Volumes: access modes; attach/detach controller",
    },
    Term {
        term: "quorum",
        matches: &["quorum"],
        explanation: "A majority of managers, (N/2)+1 of N. Without it a Swarm (or etcd under Kubernetes) makes no changes: running tasks keep running, nothing is rescheduled.",
        source: "Docker docs, Administer and maintain a swarm: maintain the quorum of managers",
    },
    Term {
        term: "restart policy",
        matches: &["restart policy", "restart: no", "restart: unless-stopped"],
        explanation: "What Docker does when a container's process exits: `no` (the default) nothing, `on-failure`, `always` or `unless-stopped` restart it after a pause from 100 ms, doubling. Docker never restarts a container for being unhealthy.",
        source: "Docker docs, Start containers automatically (restart policies)",
    },
    Term {
        term: "HEALTHCHECK",
        matches: &["HEALTHCHECK"],
        explanation: "A command Docker runs in a container (every 30 s, 3 failures by default) to mark it healthy or unhealthy. Swarm replaces an unhealthy task; plain Docker only reports it.",
        source: "Dockerfile reference, HEALTHCHECK; Docker Swarm services",
    },
];

/// A text cut into plain runs and glossary terms, in order: `(run, Some(term))` for a marked term.
/// Each term is marked once, where it first appears; matches inside a word are not marked.
pub fn gloss(text: &str) -> Vec<(&str, Option<&'static Term>)> {
    // The first occurrence of each entry, as (start, end, entry), without overlaps.
    let mut found: Vec<(usize, usize, &'static Term)> = Vec::new();
    for t in &GLOSSARY {
        // The earliest; of two starting together the longer ("readiness probe", not "readiness").
        let first = t.matches.iter().filter_map(|m| whole_word(text, m).map(|i| (i, i + m.len()))).min_by_key(|&(a, b)| (a, std::cmp::Reverse(b)));
        if let Some((a, b)) = first {
            if found.iter().all(|(x, y, _)| b <= *x || a >= *y) {
                found.push((a, b, t));
            }
        }
    }
    found.sort_by_key(|(a, _, _)| *a);
    let mut out = Vec::new();
    let mut at = 0;
    for (a, b, t) in found {
        if a > at {
            out.push((&text[at..a], None));
        }
        out.push((&text[a..b], Some(t)));
        at = b;
    }
    if at < text.len() {
        out.push((&text[at..], None));
    }
    out
}

/// Where `word` first stands as a word of its own in `text`.
fn whole_word(text: &str, word: &str) -> Option<usize> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut from = 0;
    while let Some(i) = text[from..].find(word).map(|i| i + from) {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        if !is_word(before) && !is_word(after) {
            return Some(i);
        }
        from = i + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_marked_once_as_whole_words() {
        let parts = gloss("After NotReady the pods are evicted; NotReady again. A StatefulSets word.");
        let marked: Vec<_> = parts.iter().filter_map(|(s, t)| t.map(|t| (*s, t.term))).collect();
        assert_eq!(marked, vec![("NotReady", "NotReady"), ("evicted", "eviction")]);
        assert_eq!(parts.iter().map(|(s, _)| *s).collect::<String>(), "After NotReady the pods are evicted; NotReady again. A StatefulSets word.");
        // Of two matches at one place, the longer.
        let parts = gloss("backend-3: readiness probe passed");
        assert!(parts.contains(&("readiness probe", Some(&GLOSSARY[4]))), "{parts:?}");
    }
}
