# Hafen's English messages: the fallback for every other catalog, and the command line's language.
#
# A key is written literally where the code says it (say!(words, "key", …)); a test checks that
# every key here is used and that de.ftl and nb.ftl have the same keys with the same variables.
# Technical terms stay as the systems spell them: Pod, Deployment, NotReady, CrashLoopBackOff.

## Trace causes: why each entry of the event log happened.

cause-exit-crashed = crashed
cause-exit-broken-release = crashed (broken release)
cause-exit-killed-after-grace = killed after its grace period
cause-exit-killed-by-startup-probe = killed by its startup probe
cause-exit-killed-by-liveness-while-starting = killed by its liveness probe before it finished starting

cause-task-exited = { $rep } { $how }
cause-task-unhealthy-while-starting = { $rep } unhealthy while starting
cause-task-unhealthy = { $rep } unhealthy
cause-task-lost-with-node = { $rep } lost with { $node }

cause-created-replicaset-short = the ReplicaSet of { $service } has { $have } of { $desired } pods: { $rep } created
cause-created-rolling-update = rolling update of { $service } to { $version } (maxSurge { $surge }): { $rep } created
cause-created-statefulset-recreates = the StatefulSet recreates { $rep }
cause-created-statefulset-recreates-detached = the StatefulSet recreates { $rep }; its ReadWriteOnce volume is force-detached from the dead node after { $detach } (maxWaitForUnmountDuration)
cause-created-swarm-task = Swarm creates task { $rep }
cause-created-swarm-task-for-replicas = Swarm creates task { $rep } (replicas: { $desired })
cause-created-swarm-update = service update replaces { $old }: task { $rep } with { $version }
cause-created-compose-starts = Compose starts { $rep }

cause-deleted-deployment-scaled-down = scaled down to { $desired } replicas
cause-deleted-rolling-update-old = old pod scaled down by the rolling update to { $version } (maxUnavailable { $unavailable })
cause-deleted-statefulset-scaled-down = StatefulSet scaled down to { $desired }
cause-deleted-statefulset-update = StatefulSet rolling update to { $version }: replaced one pod at a time, highest ordinal first
cause-deleted-swarm-scaled-down = service scaled down to { $desired }
cause-deleted-swarm-update-stop-first = service update to { $version }: stopped first (--update-order stop-first, parallelism 1)
cause-deleted-operator-rollback = deleted by the operator so the StatefulSet recreates it with the previous version
cause-deleted-compose-scaled-down = scaled down

# "Pending: no ready node has …": the resources, then each clause that applies.
cause-unschedulable = Pending: no ready node has { $cpu } m CPU and { $memory } MiB memory free
cause-unschedulable-pinned = (pinned to { $node })
cause-unschedulable-gpu = and a GPU
cause-unschedulable-volume = ; it must run on { $node } where its local volume lives (Swarm volumes are node-local)
cause-unschedulable-ready = ; { $ready } of { $nodes } nodes ready

cause-ignored-kill-no-such-node = kill { $node }: no such running node
cause-ignored-kill-no-node-running = kill the node running { $service }: no such running node
cause-ignored-restore-no-such-node = restore { $node }: no such node
cause-ignored-crash-nothing-running = crash { $service }: no replica of { $service } is running
cause-ignored-hang-nothing-running = hang { $service }: no replica of { $service } is running
cause-ignored-already-down = { $node } is already down
cause-ignored-already-up = { $node } is already up

cause-hpa-ready = ceil({ $ratio } × { $pods } Ready pods) = { $n }
cause-hpa-rebalanced = ceil({ $ratio } × { $pods } pods) = { $n }
cause-hpa-rebalanced-unready = ceil({ $ratio } × { $pods } pods, { $unready } not Ready at 0 %) = { $n }

cause-release-new = release { $version } of { $service }: `{ $command }`
cause-release-rollback = rollback to { $version } of { $service }: `{ $command }`
cause-release-config = configuration change of { $service }: `{ $command }`
cause-strategy-compose = stops the old container(s), then starts new ones: no replica answers in between
cause-strategy-swarm = rolling update, one task at a time, stop-first, pause on failure
cause-strategy-rolling = rolling update: maxSurge { $surge } ({ $surge_percent } %), maxUnavailable { $unavailable } ({ $unavailable_percent } %), new pods take traffic only once Ready
cause-strategy-statefulset = StatefulSet rolling update, one pod at a time from the highest ordinal

cause-trace-cut = trace cut after { $max } entries; downtime and request counts still cover the whole run
cause-run-stopped = run stopped at { $at } after { $events } engine events: shorten the scenario or the failure loop
cause-service-down = { $service } down: no replica can answer
cause-service-up = { $service } serving again ({ $answering } replica(s) answering)
cause-scheduled = { $created }; { $rep } on { $node }
cause-scheduled-spread = { $created }; { $rep } on { $node } (spread, most free resources)
cause-scheduled-now-fits = { $rep }: scheduled on { $node } now that it fits
cause-pending = { $rep } { $unschedulable }
cause-pending-created = { $created }; { $rep } { $unschedulable }
cause-zone-down = { $zone } fails: { $nodes } node(s)
cause-zone-up = { $zone } is back: { $nodes } node(s)
cause-crash = { $rep }: the process exits (crash)
cause-traffic = traffic into { $entry } changes from { $from } to { $to } requests/s
cause-container-started = { $rep }: container started ({ $version }); the application needs { $startup } to start
cause-broken-release = { $rep }: release { $version } is broken and exits right after start-up
cause-app-answers = { $rep }: application answers requests
cause-app-up-waiting-readiness = { $rep }: application answers; waiting for the next readiness probe
cause-app-up-waiting-healthcheck = { $rep }: application answers; waiting for the next health check
cause-startup-passed-ready = { $rep }: startup probe passed; Ready, in the Service endpoints
cause-readiness-passed = { $rep }: readiness probe passed; Ready, in the Service endpoints (probes every { $period }, periodSeconds)
cause-healthcheck-passed = { $rep }: health check passed; the task is running and joins the routing mesh (HEALTHCHECK every { $period })
cause-hang = { $rep }: the application stops answering; its process keeps running, so it still looks alive
cause-kubelet-restarts-at-once = { $rep }: container { $how }; the pod is not Ready and leaves the Service endpoints; kubelet restarts it at once (first restart has no back-off)
cause-crash-loop-back-off = { $rep }: container { $how } again; CrashLoopBackOff: restart in { $delay } (kubelet back-off starts at { $initial }, doubles, max { $max })
cause-startup-probe-failed = { $rep }: startup probe failed { $threshold } times (every { $period }): the application needs { $startup }, more than the startup probe allows (failureThreshold × periodSeconds = { $allowed }); the kubelet kills and restarts it
cause-liveness-failed-while-starting = { $rep }: liveness probe failed { $threshold } times while the application was still starting (it needs { $startup }; probes every { $period } from the container's start, initialDelaySeconds { $delay_seconds }): the kubelet kills and restarts it, so it never comes up. A startupProbe or an initialDelaySeconds longer than its start-up would let it start
cause-liveness-failed-while-starting-delayed = { $rep }: liveness probe failed { $threshold } times while the application was still starting (it needs { $startup }; probes every { $period } from { $delay } after its start, initialDelaySeconds { $delay_seconds }): the kubelet kills and restarts it, so it never comes up. A startupProbe or an initialDelaySeconds longer than its start-up would let it start
cause-readiness-failed = { $rep }: readiness probe failed { $threshold } times (every { $period }, timeout { $timeout }); NotReady, out of the Service endpoints
cause-liveness-failed = { $rep }: liveness probe failed { $threshold } times (every { $period }); kubelet kills the container: the hung process ignores SIGTERM and is killed after terminationGracePeriodSeconds ({ $grace })
cause-no-restart-policy = { $rep }: container { $how }; restart: { $policy } (Docker's default) so nothing restarts it until an operator acts ({ $reaction } reaction)
cause-docker-restarts = { $rep }: container { $how }; restart: { $policy } restarts it after { $delay } (Docker's restart delay starts at { $initial }, doubles, max { $max })
cause-unhealthy-while-starting-swarm = { $rep }: HEALTHCHECK failed { $retries } times while the application was still starting (it needs { $startup }; checks every { $interval }, start period { $start_period }): unhealthy; Swarm shuts the task down and starts another, which starts just as slowly. A HEALTHCHECK start period longer than its start-up would let it start
cause-unhealthy-while-starting-compose = { $rep }: HEALTHCHECK failed { $retries } times while the application was still starting (it needs { $startup }; checks every { $interval }, start period { $start_period }): unhealthy; Docker and Compose never restart an unhealthy container, so it keeps starting and answers once up
cause-unhealthy-swarm = { $rep }: HEALTHCHECK failed { $retries } times (interval { $interval }, timeout { $timeout }): unhealthy; Swarm shuts the task down and replaces it
cause-unhealthy-compose = { $rep }: HEALTHCHECK failed { $retries } times (interval { $interval }, timeout { $timeout }): unhealthy; Docker and Compose never restart an unhealthy container, so it keeps receiving requests until an operator acts
cause-update-paused = { $service }: the updated task failed; the update is paused (--update-failure-action pause)
cause-task-failed = { $failure }; Swarm starts a new task for the slot after { $delay } (--restart-delay, restart condition any)
cause-task-failed-no-quorum = { $failure }; no manager quorum, so nothing replaces it
cause-host-down = { $node } stops: all { $containers } container(s) are down until the host is back; restart policies cannot act while it is off; an operator acts after { $reaction }
cause-swarm-node-down = { $node } stops: its { $tasks } task(s) stop answering, but the routing mesh still sends them requests until the gossip layer declares the node dead (seconds), and the managers reschedule only after { $grace } missed heartbeats
cause-kube-node-down = { $node } stops: its { $pods } pod(s) stop answering, but the control plane still routes to them until it notices the silence
cause-swarm-node-noticed = { $node } down: no heartbeat for { $silent } ({ $missed } missed heartbeats of { $heartbeat }); its tasks leave the routing mesh
cause-node-not-ready = { $node } NotReady: no status for { $silent } (node-monitor-grace-period { $grace }, Kubernetes { $version }); its pods leave the Service endpoints; taint node.kubernetes.io/unreachable added, eviction after { $toleration } (tolerationSeconds)
cause-host-back = { $node } is back; the Docker daemon restarts every container (restart policies)
cause-host-back-some-unrestarted = { $node } is back; the daemon restarts containers with a restart policy and the operator runs `docker compose up -d` for the rest
cause-host-back-by-operator = operator brings { $node } back after { $reaction }; the Docker daemon restarts every container (restart policies)
cause-host-back-by-operator-some-unrestarted = operator brings { $node } back after { $reaction }; the daemon restarts containers with a restart policy and the operator runs `docker compose up -d` for the rest
cause-kubelet-back = { $node } is back: the kubelet starts and posts its status
cause-swarm-node-back = { $node } is back; it sends heartbeats again
cause-swarm-node-back-by-operator = operator brings { $node } back after { $reaction }: it holds a stateful service's local volume; it sends heartbeats again
cause-pod-removed-confirmed = { $rep }: { $node } confirms the pod stopped; it is removed
cause-old-task-shut-down = { $rep }: its slot already runs elsewhere; the old task is shut down
cause-node-ready-again-untainted = { $node } Ready again; taint removed
cause-node-ready-again = { $node } ready again
cause-pod-evicted-stateful = { $rep } deleted after { $toleration } on unreachable { $node } (tolerationSeconds) but stays Terminating: a StatefulSet does not replace a pod until its node confirms it stopped or someone force-deletes it
cause-pod-evicted = { $rep } evicted: { $node } unreachable for { $toleration } (tolerationSeconds); stays Terminating on the dead node, the ReplicaSet replaces it
cause-mesh-removed = { $node } declared dead by the gossip layer (memberlist: a probe every { $probe_interval }, suspicion timeout { $suspicion_mult } × max(1, log10 nodes) probe intervals): the routing mesh stops sending requests to its { $tasks } task(s); the managers reschedule only when its heartbeats are overdue
cause-swarm-quorum-back = swarm has a majority of managers again ({ $up } of { $managers }); the orchestrator catches up
cause-swarm-quorum-lost = swarm lost its manager quorum: { $up } of { $managers } managers up, { $needed } needed; no task is rescheduled or restarted until a majority is back (running tasks keep running)
cause-etcd-quorum-lost = etcd lost its quorum: { $up } of { $members } control-plane nodes up, { $needed } needed; the API server stops answering: no node is marked NotReady, nothing is evicted, scheduled or scaled until a majority is back; running pods keep running and kubelets still restart crashed containers
cause-etcd-quorum-back = etcd has a majority again ({ $up } of { $members }); the controllers catch up
cause-terminating = { $rep }: { $why }
cause-endpoint-removed = { $rep }: its removal from the Service endpoints reached kube-proxy ({ $propagation } after the delete); requests sent to it meanwhile failed, as it stopped at SIGTERM (no preStop pause covers the propagation)
cause-rollout-complete-pods = { $service }: rollout to { $version } complete ({ $pods } of { $pods } pods Ready)
cause-rollout-complete = { $service }: rollout to { $version } complete
cause-swarm-update-complete = { $service }: service update to { $version } complete
cause-rollout-stalled = { $service }: rollout made no progress for { $deadline } (progressDeadlineSeconds): Progressing=False, ProgressDeadlineExceeded; Kubernetes does not roll back by itself
cause-volume-attached = { $rep }: volume force-detached from the dead node and attached here
cause-operator-force-deletes = operator force-deletes { $rep } after { $reaction } (kubectl delete pod --force --grace-period=0; operator reaction)
cause-operator-rolls-back-compose = operator notices the broken release after { $reaction } and pins the previous image and runs `docker compose up -d` (back to { $previous })
cause-operator-rolls-back-swarm = operator notices the broken release after { $reaction } and runs `docker service rollback { $service }` (back to { $previous })
cause-operator-rolls-back-kubernetes = operator notices the broken release after { $reaction } and runs `kubectl rollout undo { $service }` (back to { $previous })
cause-operator-restarts = operator notices after { $reaction } and runs { $command }
cause-operator-restarts-hung = operator notices after { $reaction } and runs { $command }; the hung process ignores SIGTERM and is killed after { $grace }
cause-compose-config-change = configuration change: edit .env, `docker compose restart`: every service restarts at once
cause-volume-expanded = { $service }: PersistentVolumeClaim expanded to { $gib } GiB online (storage class with allowVolumeExpansion); no restart
cause-volume-resized-by-hand = { $service }: volume resized to { $gib } GiB by hand: back up, stop, resize, restart, restore (assumed { $took }; not a platform default)
cause-volume-restored = { $service }: volume resized and data restored; starting again
cause-compose-scale-refused = `docker compose up --scale { $service }={ $replicas }` fails: replicas cannot share one published host port; a reverse proxy is needed first
cause-scale = `{ $command }`
cause-scale-autoscaled = `{ $command }`; the autoscaler may change it again at its next sync
cause-autoscale = HorizontalPodAutoscaler scales { $service } from { $from } to { $to }: CPU { $cpu } % of requests over { $ready } Ready pod(s) at metrics-server's last scrape (every { $scrape }) vs target { $target } %
cause-autoscale-up = { $autoscale }: { $calc }
cause-autoscale-up-limited = { $autoscale }: { $calc }; held to { $to } by the scale-up limit max(+{ $pods }, +{ $pct } %) per { $per }
cause-autoscale-down = { $autoscale }; the highest recommendation of the { $window } stabilization window

## Choosing the language

lang-unreachable = { $language } could not be loaded ({ $why }); the page stays as it was.
lang-unreadable = { $language } could not be read ({ $why }); the page stays as it was.
dismiss = Dismiss

## The event log

log-latest = { $platform } at { $at }: { $cause }
log-seek = show the diagrams at this moment
log-summary = What happened ({ $past } of { $all } events so far)
log-summary-next = What happened ({ $past } of { $all } events so far); next at { $next }
log-earlier = … { $count } earlier events

## Replica states, as the platforms show them

state-running = Running
state-starting-not-ready = Starting (not Ready)
state-starting = Starting
state-not-ready = NotReady
state-hung = Running, not answering
state-crash-loop-back-off = CrashLoopBackOff
state-restarting = Restarting
state-exited = Exited
state-unknown-node-lost = Unknown (node lost)
state-down-host-off = Down (host off)
state-terminating = Terminating
state-pending = Pending

## The palette and the operator presets

palette-frontend = Frontend
palette-backend = Backend / API
palette-worker = Worker
palette-postgres = PostgreSQL
palette-redis = Redis
palette-queue = Message queue
palette-ingress = Ingress / proxy
palette-gpu-worker = GPU worker
operator-on-call = on-call (15 min)
operator-office-hours = office hours (4 h)
operator-weekend = weekend (48 h)

## The diagrams

node-ready = Ready
node-host-down = DOWN
node-down-unnoticed = down, unnoticed
node-swarm-down = Down
node-not-ready = NotReady
node-swarm-unnoticed = down; Swarm has not noticed yet
node-control-plane-unnoticed = down; the control plane has not noticed yet
node-restore = Restore { $node }
node-kill = Kill { $node }
spof-tag = SPOF
spof-title = single point of failure
pod-title = { $name }: { $state }
pod-title-spof = { $name }: { $state }; { $spof }
diagram-node-summary = { $node } { $state }: { $count }
diagram-all-ready = all { $count } nodes Ready
diagram-some-ready = { $ready } Ready · { $others }
diagram-users = users: { $rps } req/s → { $entry }
diagram-nobody-answers = ✕ nobody answers
diagram-pending = Not on any node (Pending):
diagram-aria = { $platform } diagram: { $nodes }
palette = Palette
palette-add = + Add
palette-summary = services and worker nodes: drag onto a diagram, or press
palette-item-title = Drag onto a diagram, or press to add a { $item }
palette-node = Worker node
palette-node-title = Drag onto a cluster, or press to add a worker node
palette-help = Drag a replica onto a node to pin it there, a node out of its cluster to remove it. Select a replica, service or node to change it: Enter opens it, Delete removes it.

## Dragging

drag-add-on = add { $item } on { $node }
drag-add = add { $item }
drag-add-where = + { $item }: drop on a diagram
drag-node-to-swarm = add a worker node to the swarm
drag-node-to-kubernetes = add a worker node to the Kubernetes cluster
drag-node-to-cluster = add a worker node to the cluster
drag-node-where = + worker node: drop on a cluster
drag-pin = pin { $service } to { $node }
drag-pin-where = pin { $service } to …: drop on a node of a cluster
drag-remove = remove { $node }
drag-remove-where = remove { $node }: drop outside the cluster

## Consequences and availability

so-far = up { $share } of the first { $elapsed }
so-far-down = up { $share } of the first { $elapsed } (down { $down })
run-stopped-note = Run stopped at { $at } of { $duration }: it needed more than { $events } engine events (many replicas failing and restarting for a long time, or restart delays of 0 s). Every figure here covers 00:00–{ $at } only.
finding-stopped = stopped by choice (0 replicas): not running, and no service depends on it
finding-stopped-dependents = stopped by choice (0 replicas): not running, so { $dependents } cannot answer
finding-stopped-failed = ; { $failed } requests to it failed
finding-down = down { $duration } ({ $start } → { $end })
finding-down-not-back = down since { $start }, not back by the end of the run ({ $end })
finding-down-via = down { $duration } ({ $start } → { $end }) because { $dependency } was down
finding-down-not-back-via = down since { $start }, not back by the end of the run ({ $end }) because { $dependency } was down
finding-down-operator = : down until an operator acts (operator reaction { $reaction })
finding-down-unless-stopped = ; with `restart: unless-stopped` Docker would have restarted it after { $delay } and it would answer { $startup } later
finding-failed = { $failed } of { $total } requests failed ({ $answered } answered)
finding-failed-no-downtime = no downtime, but { $failed } of { $total } requests failed ({ $answered } answered)
finding-rollout-stalled = its rollout stalled: the new version never became Ready (progressDeadlineSeconds), the old replicas kept serving
finding-dead-endpoint = no downtime, but a dead replica stayed in the load balancer for { $time } (the same as { $like_outage } of full outage)
finding-others-kept-serving = no downtime and no failed requests: the other replicas kept serving
finding-unaffected = unaffected
finding-back-at = all replicas back at { $at }
finding-not-back = not back to full strength by the end of the run
finding-still-failing = { $count } replica(s) still { $state } at the end
failed-overloaded-it = it
failed-overloaded = { $service } received more requests than its replicas could answer for { $time }
failed-overloaded-capacity = { $service } received more requests than its replicas could answer ({ $capacity } requests/s per replica) for { $time }
failed-dead-endpoint-of = a dead replica stayed in { $service }'s load balancer for { $time } (the same as { $like_outage } of full outage)
failed-dead-endpoint = a dead replica stayed in its load balancer for { $time } (the same as { $like_outage } of full outage)
failed-downtime = every request during the downtime above

## The command line's summary

summary-heading = { $scenario } on { $platform } (seed { $seed }, { $duration }):
summary-service = service
summary-downtime = downtime
summary-time-up = time up
summary-requests-ok = requests ok
summary-failed = failed req.
summary-served = served req.
summary-no-requests = no requests
summary-stopped = stopped

## A platform's column

platform-brief-compose = Compose · one host
platform-brief-swarm = Swarm · { $nodes } nodes
platform-brief-kubernetes = Kubernetes · { $nodes } nodes
platform-title-compose = Docker Compose on one host
platform-title-swarm = Docker Swarm on { $nodes } nodes{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU node" }
       *[other] { " + " }{ $gpu } GPU nodes
    } ({ $managers } managers)
platform-title-kubernetes-self-hosted = Kubernetes on { $nodes } worker nodes{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU node" }
       *[other] { " + " }{ $gpu } GPU nodes
    } + { $control_plane ->
        [one] 1 control-plane node
       *[other] { $control_plane } control-plane nodes
    } (self-hosted)
platform-title-kubernetes-managed = Kubernetes on { $nodes } worker nodes{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU node" }
       *[other] { " + " }{ $gpu } GPU nodes
    } (managed control plane)
platform-cannot-simulate = This setup cannot be simulated: { $why }
platform-sub-compose = one Docker daemon; { $policies }; a person repairs what they cannot
platform-sub-swarm = heartbeats every { $heartbeat }, down after { $missed } missed, tasks restarted after { $restart }
platform-sub-kubernetes = v{ $version }; NotReady after { $grace } of silence, eviction after { $toleration }
restart-policy-all = restart policy: { $policy }
restart-policy-all-default = restart policy: { $policy } — Docker's default
restart-policy-some = restart: { $policy } ({ $services })
restart-policy-some-default = restart: { $policy } — Docker's default ({ $services })
counters-no-requests = no requests yet
counters-answered = { $share } answered
counters-downtime = downtime
counters-failed = failed requests
counters-failed-of = { $failed } of { $total }
counters-requests = requests
counters-time = time
counters-for = for
counters-down-now = { $service } (DOWN now)
consequences-idle = Nothing has failed yet. Kill a node, crash a service, or pick an action above.
consequences-aria = Consequences over the whole run
consequences-more = { $count } more services

## Availability

availability-target-refused = the uptime target is a percentage, e.g. 99.9
availability-no-traffic = no traffic
availability-budget-used = { $share } % of { $budget }
availability-no-spof = none
availability-repair = { $service } crash { $crash }, node { $node }
availability-aria = Availability
availability-heading = What availability it buys
availability-node-mtbf = Node fails every (h)
availability-replica-mtbf = A replica crashes every (h)
availability-target = Uptime target %
availability-simulated = This scenario, simulated: { $entry } and what it depends on
availability-simulated-first = This scenario, simulated: the first service and what it depends on
availability-time-up = time up
availability-downtime = downtime
availability-requests-answered = requests answered
availability-failed-requests = failed requests
availability-note-kinds = Time up counts the moments a replica could answer; requests answered also counts requests lost to overload or to a dead replica still in the load balancer. Below: a year estimated from failure rates.
availability-note-rates = Failure rates are your assumptions. Repair times come from the simulation with the documented defaults (operator reaction included where the platform does not heal). Replicas in parallel: 1 − (1 − a)ⁿ; the entry and what it depends on in series.
availability-estimated = Estimated over a year: availability users see (the entry service and its dependencies)
availability-availability = availability
availability-nines = nines
availability-down-month = down / month
availability-down-year = down / year
availability-budget = error budget used
availability-spof = single points of failure
availability-repair-times = Repair times from the simulation

## Charts

chart-break-even = break-even: month { $month }
chart-cumulative-aria = Total cost over time per platform; the figures are in the cost table.
chart-cumulative-title = Total cost over time (EUR, middle of each range)
chart-month = month
chart-infrastructure = infrastructure
chart-people = people
chart-downtime = downtime
chart-breakdown-aria = Monthly cost breakdown per platform; the figures are in the cost table.
chart-breakdown-title = Cost per month (EUR)
chart-needs-rate = The charts need one currency: enter a USD per EUR rate.
chart-distribution-aria = Distribution of yearly downtime per platform; median and 95th percentile are in the table.
chart-distribution-title = Yearly downtime users see, simulated years (minutes)
chart-distribution-x = minutes of downtime in the year
chart-distribution-y = years

## The toolbar

toolbar-aria = Settings
toolbar-preset = Preset
toolbar-your-scenario = Your scenario
preset-large = Large cluster (50 nodes, 500 pods)
toolbar-compare = Compare
toolbar-at-least = (two at least)
toolbar-at-least-title = Hafen compares: two platforms at least stay shown
toolbar-zones = Zones
toolbar-zones-none = none
toolbar-operator = Operator reacts in
toolbar-operator-title = A product setting, not a platform default: how long until a person notices and acts
toolbar-stories = Stories
toolbar-stories-title = Step through a story, full screen, with a clicker: one from the design documents, or the document's own (P presents the document's story, else the preset's)
toolbar-stories-aria = Present a story
toolbar-present = Present…
toolbar-document-story = This document's story: { $title }
toolbar-document-whole = This document, in one step
toolbar-language = Language
toolbar-undo = ↶ Undo
toolbar-undo-title = Undo (Ctrl+Z)
toolbar-redo = ↷ Redo
toolbar-redo-title = Redo (Ctrl+Shift+Z)
toolbar-clear = Clear faults ({ $count })
toolbar-share = Share…
toolbar-share-title = The link to this scenario, an iframe for a wiki page, pictures of the diagrams
toolbar-download = ⇩ Download
toolbar-download-title = Save this scenario as a YAML file (the format hafen-sim reads)
toolbar-open = Open…
toolbar-open-title = Open a scenario file or a docker-compose.yml (or drop one on the page)

## Tabs and the timeline

tabs-aria = Views
tab-platforms = Platforms
tab-costs = Costs
tab-availability = Availability
tab-advisor = Do we need Kubernetes?
tab-timings = Timings
tab-commands = Commands
tab-files = Files
timeline-aria = Time
timeline-play = ▶ Play
timeline-pause = ❚❚ Pause
timeline-play-title = Play / pause (Space)
timeline-speed = Speed
timeline-prev = ◀ prev
timeline-prev-title = Previous event (Shift+N)
timeline-next = next ▶
timeline-next-title = Jump to the next event (N)
timeline-slider = Simulated time
timeline-of = of { $end }

## The header and the actions

tagline = one application on Docker Compose, Docker Swarm and Kubernetes: what fails, what heals, what it costs
actions-aria = Faults and operations
actions-at = At { $at }, on every platform:
action-kill-title = Power off (key K); on Compose this is the one host
action-crash = Crash { $service }
action-crash-title = One replica's process exits (key C)
action-hang = Hang { $service }
action-hang-title = One replica stops answering, its process stays (key H)
action-deploy = Deploy { $service } v2
action-deploy-broken = Deploy broken { $service } v2
action-spike = Traffic spike ×4 ({ $to }/s)
action-fail-zone = Fail { $zone }
action-config = Configuration change
graph-service = { $service }: { $replicas } replica(s)
graph-service-entry = { $service }: { $replicas } replica(s); users call this
graph-meta-entry = ×{ $replicas } · users call this
graph-aria = Application: { $services }
